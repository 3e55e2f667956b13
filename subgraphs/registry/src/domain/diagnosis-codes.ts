// The six managed diagnoses and the ICD-10 codes that belong to each (DOMAIN.md §2 "registry").
import type { Problem } from '#platform/i18n/messages.js';
import type { DiagnosisCategory } from '../generated/resolvers-types.js';

const ICD10_FORMAT = /^[A-Z]\d{2}(\.\d{1,2})?$/;

/** Which ICD-10 codes a category admits; epilepsy-related disorder is coded F06.x (with G40). */
const CATEGORY_CODES: Record<DiagnosisCategory, (code: string) => boolean> = {
  SCHIZOPHRENIA: (c) => c.startsWith('F20'),
  SCHIZOAFFECTIVE_DISORDER: (c) => c.startsWith('F25'),
  PERSISTENT_DELUSIONAL_DISORDER: (c) => c.startsWith('F22'),
  BIPOLAR_DISORDER: (c) => c.startsWith('F31'),
  EPILEPSY_MENTAL_DISORDER: (c) => c.startsWith('F06'),
  INTELLECTUAL_DISABILITY_MENTAL_DISORDER: (c) => /^F7\d/.test(c),
};

/** Null when the code fits the category, else what is wrong with it. */
export function icd10Problem(category: DiagnosisCategory, code: string): Problem | null {
  if (!ICD10_FORMAT.test(code)) return { key: 'registry.icd10Format' };
  if (!CATEGORY_CODES[category](code)) return { key: 'registry.icd10Category', params: { category } };
  return null;
}
