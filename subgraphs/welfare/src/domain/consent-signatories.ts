// Who must sign a consent or the service agreement (notice §6-7): the person, and the guardian too where the case records one.
import { type Language, message, termIn } from '#platform/i18n/messages.js';
import type { ConsentGrantor } from '../generated/resolvers-types.js';

export type Signatory = 'PATIENT' | 'GUARDIAN';

const SIGNED_BY: Record<ConsentGrantor, readonly Signatory[]> = {
  PATIENT: ['PATIENT'],
  GUARDIAN: ['GUARDIAN'],
  PATIENT_AND_GUARDIAN: ['PATIENT', 'GUARDIAN'],
};

/**
 * The signatories that `grantors` (one signature or several live consents) leave missing.
 * The person always signs; the guardian only where the case records one (hasGuardian true:
 * an unknown guardian, e.g. a hospital upload that does not say, asks for the person only).
 */
export function missingSignatories(hasGuardian: boolean | null, grantors: readonly ConsentGrantor[]): Signatory[] {
  const needed: Signatory[] = hasGuardian === true ? ['PATIENT', 'GUARDIAN'] : ['PATIENT'];
  const signed = new Set(grantors.flatMap((grantor) => SIGNED_BY[grantor]));
  return needed.filter((signatory) => !signed.has(signatory));
}

/** The missing signatories as a reader sees them: 患者本人、监护人, or patient, guardian. */
export const signatoryNames = (language: Language, missing: readonly Signatory[]): string =>
  missing.map((signatory) => termIn(language, 'ConsentGrantor', signatory)).join(message(language, 'text.listSeparator'));
