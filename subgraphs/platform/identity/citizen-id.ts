// GB 11643-1999 citizen identity numbers: parsing and validation, and building valid ones for demo data.
import { isDivisionCode } from '#platform/statistics/division.js';
import { t } from '#platform/i18n/request-language.js';

/** ISO 7064 MOD 11-2 weights for the 17 leading digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export interface CitizenId {
  /** The 18 characters, upper-case X. */
  value: string;
  /** County-level division of first registration, 6 digits. */
  divisionCode: string;
  /** ISO date. */
  birthDate: string;
  sex: 'M' | 'F';
}

export type CitizenIdResult = { ok: true; id: CitizenId } | { ok: false; problem: string };

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * Validates an 18-character citizen ID: shape, division code, birth date (real, not in the
 * future), check character. Problems are described without echoing the ID itself.
 */
export function parseCitizenId(input: string, today: Date = new Date()): CitizenIdResult {
  const value = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, problem: t('input.citizenIdShape') };
  }
  const divisionCode = value.slice(0, 6);
  if (!isDivisionCode(divisionCode)) {
    return { ok: false, problem: t('input.citizenIdDivision') };
  }
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) {
    return { ok: false, problem: t('input.citizenIdBirth') };
  }
  if (birth.getTime() > today.getTime()) {
    return { ok: false, problem: t('input.citizenIdBirthFuture') };
  }
  if (checkCharacter(value) !== value[17]) {
    return { ok: false, problem: t('input.citizenIdCheck') };
  }
  const sequence = Number(value.slice(14, 17));
  return {
    ok: true,
    id: { value, divisionCode, birthDate: birth.toISOString().slice(0, 10), sex: sequence % 2 === 1 ? 'M' : 'F' },
  };
}

/** Builds a valid ID from its parts (sequence 0-999; odd for men). */
export function buildCitizenId(divisionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${divisionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
