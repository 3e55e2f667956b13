import { describe, expect, it } from 'vitest';
import { icd10Problem } from './diagnosis-codes.js';

describe('icd10Problem', () => {
  it('accepts codes of the category', () => {
    expect(icd10Problem('SCHIZOPHRENIA', 'F20.0')).toBeNull();
    expect(icd10Problem('BIPOLAR_DISORDER', 'F31')).toBeNull();
    expect(icd10Problem('INTELLECTUAL_DISABILITY_MENTAL_DISORDER', 'F71.1')).toBeNull();
  });
  it('refuses a code of another category', () => {
    expect(icd10Problem('SCHIZOPHRENIA', 'F31.2')).toEqual({ key: 'registry.icd10Category', params: { category: 'SCHIZOPHRENIA' } });
  });
  it('refuses a malformed code', () => {
    expect(icd10Problem('SCHIZOPHRENIA', 'f20')).toEqual({ key: 'registry.icd10Format' });
  });
});
