// Ages in 5-year bands (DOMAIN.md §6): what the graph says about a person's age, to analysts and everyone else.
const BAND_YEARS = 5;
const TOP_BAND_START = 85;

/** Whole years of age on `today` for a birth date, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** "35-39"; "85+" from 85 on. */
export function ageBand(birthDate: string, today: string): string {
  const age = Math.max(0, ageOn(birthDate, today));
  if (age >= TOP_BAND_START) return `${TOP_BAND_START}+`;
  const start = age - (age % BAND_YEARS);
  return `${start}-${start + BAND_YEARS - 1}`;
}
