import { describe, expect, it } from 'vitest';
import { commonPrefix, regionPrefixOf, sumCountiesByRegion } from '#platform/statistics/region-code.js';

describe('region prefixes', () => {
  it("gives the counties' prefix of a province, a city and a county, the empty prefix for the country, and null outside the list", () => {
    expect(regionPrefixOf('000000')).toBe('');
    expect(regionPrefixOf('440000')).toBe('44');
    expect(regionPrefixOf('440300')).toBe('4403');
    expect(regionPrefixOf('440305')).toBe('440305');
    expect(regionPrefixOf('449999')).toBeNull();
  });

  it('finds the longest prefix a region and its children share', () => {
    expect(commonPrefix(['44', '4403', '4404'])).toBe('44');
    expect(commonPrefix(['4403', '4404'])).toBe('440');
    expect(commonPrefix(['440305'])).toBe('440305');
    expect(commonPrefix(['11', '44'])).toBe('');
  });
});

describe('summing counties into regions', () => {
  const rows = [
    { county_code: '440305', people: 3, placed: '1' },
    { county_code: '440306', people: 4, placed: '2' },
    { county_code: '440103', people: 10, placed: '0' },
  ];

  it('adds every county below each prefix, numbers and numeric strings alike, and zeros for no region', () => {
    expect(sumCountiesByRegion(['44', '4403', '440305', '4402', null], rows, ['people', 'placed'])).toEqual([
      { people: 17, placed: 3 },
      { people: 7, placed: 3 },
      { people: 3, placed: 1 },
      { people: 0, placed: 0 },
      { people: 0, placed: 0 },
    ]);
  });
});
