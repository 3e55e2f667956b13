// Region codes as query arguments: validated once, turned into a county-code prefix for SQL.
import { badInput } from './errors.js';
import { divisionPrefix, isDivisionCode } from './division.js';

/** Validates a 6-digit GB/T 2260 code argument and returns the prefix of the counties below it. */
export function regionPrefixArg(code: string, argument = 'regionCode'): string {
  if (!/^\d{6}$/.test(code)) throw badInput(`${argument} must be a 6-digit GB/T 2260 division code`, argument);
  if (!isDivisionCode(code)) throw badInput(`${argument} is not a division in GB/T 2260`, argument);
  return divisionPrefix(code);
}
