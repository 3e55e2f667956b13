// The unified social credit code (GB 32100-2015) that names an organisation, such as a psychiatric hospital: 18 characters, the last a check character.

const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character of the first 17 characters. */
export function creditCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARACTERS.indexOf(body[i]!) * WEIGHTS[i]!;
  return CHARACTERS[(31 - (sum % 31)) % 31]!;
}

/** Whether `code` is a unified social credit code: its shape (registration authority, division, organisation code) and its check character. */
export function isCreditCode(code: string): boolean {
  return SHAPE.test(code) && creditCodeCheck(code) === code[17];
}
