// Mutation.registerPatient: validate, derive the pid, write once; a second registration names the existing pid inside the caller's scope only.
import { parseCitizenId } from '#platform/identity/citizen-id.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { auditRequestOf } from '#platform/graphql/write-args.js';
import { writeAudit } from '#platform/audit/audit.js';
import { derivePid } from '#platform/identity/pid.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { insertPatient } from '../../data/register-patient.js';
import { encryptCitizenId } from '../../domain/citizen-id-cipher.js';
import { icd10Problem } from '../../domain/diagnosis-codes.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { explain, t } from '#platform/i18n/request-language.js';

export const registerPatient: NonNullable<MutationResolvers['registerPatient']> = async (_parent, { input }, ctx, info) => {
  // The CitizenId scalar validated the number already; parsing again gives its parts.
  const citizen = parseCitizenId(input.citizenId);
  if (!citizen.ok) throw badInput(citizen.problem, 'input.citizenId');
  if (!isCountyCode(input.countyCode)) throw badInput(t('input.county', { argument: 'input.countyCode' }), 'input.countyCode');
  if (!(await ctx.access.allows('Mutation.registerPatient', { regionCode: input.countyCode })))
    throw graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument: 'input.countyCode' }));
  const name = input.name.trim();
  if (name.length === 0 || name.length > 64) throw badInput(t('registry.name'), 'input.name');
  if (!Number.isInteger(input.riskLevel) || input.riskLevel < 0 || input.riskLevel > 5)
    throw badInput(t('input.riskGrade', { argument: 'input.riskLevel' }), 'input.riskLevel');
  const icd10 = input.icd10.trim().toUpperCase();
  const problem = icd10Problem(input.diagnosis, icd10);
  if (problem) throw badInput(explain(problem), 'input.icd10');
  const today = chinaToday();
  const registeredOn = input.registeredOn ?? today;
  if (input.diagnosedOn > today || registeredOn > today) throw badInput(t('registry.datesFuture'), 'input.diagnosedOn');
  if (input.diagnosedOn < citizen.id.birthDate) throw badInput(t('registry.diagnosedBeforeBirth'), 'input.diagnosedOn');

  const pid = derivePid(citizen.id.value, ctx.linkageKey);
  const created = await insertPatient(
    ctx.db,
    {
      pid,
      citizenIdCipher: ctx.settings.citizenIdKey ? encryptCitizenId(citizen.id.value, ctx.settings.citizenIdKey) : null,
      name,
      sex: citizen.id.sex,
      birthDate: citizen.id.birthDate,
      countyCode: input.countyCode,
      guardianName: input.guardianName?.trim() || null,
      registeredOn,
      diagnosis: { category: input.diagnosis, icd10, diagnosedOn: input.diagnosedOn },
      riskLevel: input.riskLevel,
    },
    auditRequestOf(ctx, info),
  );
  if (created) return { person: { pid } };
  // DOMAIN.md §6: only a caller who may see the existing record learns its pid; anyone else learns nothing of where it is.
  const existing = await ctx.loaders.patientByPid.load(pid);
  // The refusal is audited once below, as the attempt to register.
  if (existing && (await ctx.access.decide('Query.person', { pid, regionCode: existing.countyCode }, { audit: false })) === 'allow')
    throw graphError(ErrorCode.ALREADY_EXISTS, t('registry.alreadyRegistered'), { pid });
  await writeAudit(ctx.db, auditRequestOf(ctx, info), [{ action: 'REFUSED', pid, fields: ['patient'] }]);
  throw graphError(ErrorCode.REGISTERED_ELSEWHERE, t('registry.registeredElsewhere'));
};
