// Mutation.issueCertificate: the number must be valid and the person's own; only its keyed digest is kept.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { derivePid } from '#platform/identity/pid.js';
import { certificateExists, insertCertificate } from '../../data/certificates.js';
import { certificateDigest, type CertificateNumber, parseCertificateNumber } from '../../domain/certificate-number.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyArg, pastDateArg, pidArg, writablePerson } from './write-context.js';
import { explain, t } from '#platform/i18n/request-language.js';

/** The number, validated and checked to belong to the person; errors never repeat it. */
function certificateNumberArg(number: string, pid: string, linkageKey: Buffer): CertificateNumber {
  const parsed = parseCertificateNumber(number);
  if (!parsed.ok) throw badInput(t('employment.certificateNumber', { problem: explain(parsed.problem) }), 'input.number');
  if (derivePid(parsed.number.citizenId, linkageKey) !== pid) throw badInput(t('employment.certificateNotOfPerson'), 'input.number');
  return parsed.number;
}

export const issueCertificate: NonNullable<MutationResolvers['issueCertificate']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const number = certificateNumberArg(input.number, pid, ctx.linkageKey);
  const issuedOn = pastDateArg(input.issuedOn, 'input.issuedOn');
  const countyCode = await countyArg(ctx, 'Mutation.issueCertificate', input.countyCode, 'input.countyCode');
  const numberDigest = certificateDigest(number.value, ctx.linkageKey);
  // The receipt keeps a digest of the payload: the number goes in as its digest, never in clear.
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'issueCertificate', payload: { ...input, number: numberDigest } };
  return idempotent(ctx.db, write, async (trx) => {
    await writablePerson(trx, ctx, pid, info);
    if (await certificateExists(trx, pid, numberDigest)) throw graphError(ErrorCode.ALREADY_EXISTS, t('employment.certificateHeld'));
    await insertCertificate(trx, { pid, numberDigest, category: number.category, grade: number.grade, issuedOn, countyCode });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['disability_certificate'] }]);
    return { person: { pid } };
  });
};
