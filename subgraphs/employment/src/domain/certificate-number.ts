// The 20-character disability certificate number (DOMAIN.md §2): citizen ID, category digit, grade digit; and its keyed digest.
import { createHmac } from 'node:crypto';
import { parseCitizenId } from '#platform/identity/citizen-id.js';
import type { Problem } from '#platform/i18n/messages.js';
import type { DisabilityCategory } from '../generated/resolvers-types.js';

/** GB/T 26341-2010 order of the categories, as the certificate's 19th character numbers them (6 = mental). */
export const CATEGORY_BY_DIGIT: Readonly<Record<string, DisabilityCategory>> = {
  '1': 'VISUAL',
  '2': 'HEARING',
  '3': 'SPEECH',
  '4': 'PHYSICAL',
  '5': 'INTELLECTUAL',
  '6': 'MENTAL',
  '7': 'MULTIPLE',
};

export interface CertificateNumber {
  /** The whole number, normalised (upper-case X). */
  value: string;
  /** The 18-character citizen ID it starts with, validated. */
  citizenId: string;
  category: DisabilityCategory;
  /** 1 (most severe) to 4. */
  grade: number;
}

export type CertificateNumberResult = { ok: true; number: CertificateNumber } | { ok: false; problem: Problem };

/** Reads a certificate number; problems are described without echoing any part of it. */
export function parseCertificateNumber(input: string, today: Date = new Date()): CertificateNumberResult {
  const text = input.trim().toUpperCase();
  if (text.length !== 20) return { ok: false, problem: { key: 'employment.certificateLength' } };
  const citizen = parseCitizenId(text.slice(0, 18), today);
  if (!citizen.ok) return { ok: false, problem: { key: 'employment.certificateCitizenId', params: { problem: citizen.problem } } };
  const category = CATEGORY_BY_DIGIT[text[18]!];
  if (!category) return { ok: false, problem: { key: 'employment.certificateCategory' } };
  const gradeDigit = text[19]!;
  if (!/^[1-4]$/.test(gradeDigit)) return { ok: false, problem: { key: 'employment.certificateGrade' } };
  return { ok: true, number: { value: `${citizen.id.value}${text.slice(18)}`, citizenId: citizen.id.value, category, grade: Number(gradeDigit) } };
}

/** The digest's own key, derived from the agencies' linkage key so that it is never the pid key itself. */
function digestKey(linkageKey: Buffer): Buffer {
  return createHmac('sha256', linkageKey).update('disability-certificate-number').digest();
}

/** HMAC-SHA-256 of the normalised number, hex: lets a number be checked against the record without keeping it. */
export function certificateDigest(number: string, linkageKey: Buffer): string {
  return createHmac('sha256', digestKey(linkageKey)).update(number, 'utf8').digest('hex');
}
