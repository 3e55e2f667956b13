// Placements: started under the placement rules (dates, job coach, one full-time job at a time, the referral it follows), and ended.
import { writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { badInput } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { EmploymentContext } from '../../context.js';
import { employerById } from '../../data/employers.js';
import { fullTimePeriodsOf, insertPlacement, placementForUpdate, updatePlacementEnd } from '../../data/placements.js';
import { acknowledgedReferralOf } from '../../data/referrals.js';
import { fullTimeClash, type NewPlacement, placementProblem } from '../../domain/placement-rules.js';
import type { MutationResolvers, StartPlacementInput } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyArg, idArg, notFound, pastDateArg, pidArg, textArg, uuidArg, writablePerson, writableRegion } from './write-context.js';
import { explain, t } from '#platform/i18n/request-language.js';

/** What the record says for a self-employed person instead of an employer's name. */
const SELF_EMPLOYED = '个体经营';

/** The input as a placement the rules can judge, with the arguments checked for shape. */
function newPlacementArg(input: StartPlacementInput): NewPlacement {
  const placement: NewPlacement = {
    kind: input.kind,
    employerId: input.employerId ? uuidArg(input.employerId, 'input.employerId') : null,
    startedOn: pastDateArg(input.startedOn, 'input.startedOn'),
    endedOn: input.endedOn ?? null,
    fullTime: input.fullTime,
    jobCoach: input.jobCoach ? textArg(input.jobCoach, 'input.jobCoach', 64) : null,
  };
  const problem = placementProblem(placement);
  if (problem) throw badInput(explain(problem), problem.argument);
  return placement;
}

/** The employer's name for the record, or NOT_FOUND for an employer that is unknown or outside the caller's region. */
async function employerNameOf(trx: Db, ctx: EmploymentContext, employerId: string | null): Promise<string> {
  if (employerId === null) return SELF_EMPLOYED;
  const employer = await employerById(trx, employerId);
  if (!employer || !(await writableRegion(ctx, { fieldName: 'startPlacement' }, employer.countyCode))) notFound('thing.employer');
  return employer.name;
}

export const startPlacement: NonNullable<MutationResolvers['startPlacement']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const placement = newPlacementArg(input);
  const countyCode = await countyArg(ctx, 'Mutation.startPlacement', input.countyCode, 'input.countyCode');
  const referralId = input.referralId ? uuidArg(input.referralId, 'input.referralId') : null;
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'startPlacement', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const employerName = await employerNameOf(trx, ctx, placement.employerId);
    await writablePerson(trx, ctx, pid, info);
    if (fullTimeClash(placement, await fullTimePeriodsOf(trx, pid))) {
      throw badInput(t('employment.placementOverlaps'), 'input.startedOn');
    }
    if (referralId !== null && !(await acknowledgedReferralOf(trx, pid, referralId))) {
      throw badInput(t('employment.referralNotAcknowledged'), 'input.referralId');
    }
    await insertPlacement(trx, { ...placement, pid, employerName, countyCode, referralId });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['placement'] }]);
    return { person: { pid } };
  });
};

export const endPlacement: NonNullable<MutationResolvers['endPlacement']> = async (_parent, { input }, ctx, info) => {
  const id = idArg(input.placementId, 'input.placementId');
  const endedOn = pastDateArg(input.endedOn, 'input.endedOn');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'endPlacement', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const placement = await placementForUpdate(trx, id);
    if (!placement || !(await writableRegion(ctx, info, placement.countyCode))) notFound('thing.placement');
    // A fixed-term placement may end early; one whose last day has passed has ended already.
    if (placement.endedOn !== null && placement.endedOn < chinaToday()) throw badInput(t('employment.placementEnded'), 'input.placementId');
    if (endedOn < placement.startedOn) throw badInput(t('employment.placementEndBeforeStart'), 'input.endedOn');
    await updatePlacementEnd(trx, id, endedOn);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: placement.pid, fields: ['placement'] }]);
    return { person: { pid: placement.pid } };
  });
};
