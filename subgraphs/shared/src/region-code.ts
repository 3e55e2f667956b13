// Region codes as query arguments: validated once, turned into a county-code prefix for SQL.
import { badInput } from './errors.js';
import { divisionPrefix, isDivisionCode } from './division.js';

/** The whole country, as tokens name it: every county. */
const NATIONWIDE = '000000';

/** Validates a 6-digit GB/T 2260 code argument (or 000000, the whole country) and returns the prefix of the counties below it. */
export function regionPrefixArg(code: string, argument = 'regionCode'): string {
  if (code === NATIONWIDE) return '';
  if (!/^\d{6}$/.test(code)) throw badInput(`${argument} must be a 6-digit GB/T 2260 division code`, argument);
  if (!isDivisionCode(code)) throw badInput(`${argument} is not a division in GB/T 2260`, argument);
  return divisionPrefix(code);
}
