import { describe, expect, it } from 'vitest';
import { ageBand, ageOn } from './age-band.js';

describe('age bands', () => {
  it('count whole years, the birthday included', () => {
    expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
  });
  it('fall into 5-year bands, 85 and over together', () => {
    expect(ageBand('1990-06-15', '2025-06-14')).toBe('30-34');
    expect(ageBand('1990-06-15', '2025-06-15')).toBe('35-39');
    expect(ageBand('2010-01-01', '2025-01-01')).toBe('15-19');
    expect(ageBand('1940-01-01', '2025-01-01')).toBe('85+');
  });
});
