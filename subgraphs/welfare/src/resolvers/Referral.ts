// A referral on the national platform, with its deadlines and the records the workflow kept on it.
import { badInput } from '#platform/graphql/errors.js';
import { type CursorOwner, decodeCursor, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { countUncoveredDeadline } from '#platform/calendar/calendar-metrics.js';
import {
  chinaDateOf,
  type Deadline,
  dispatchDeadline,
  dispatchDueOn,
  dispatchOverdue,
  needsReReview,
  registrationDeadline,
  registrationDueOn,
  registrationOverdue,
} from '../domain/deadlines.js';
import { waitingDays } from '../domain/waiting.js';
import { periodicAssessmentDueOn } from '../domain/assessment-schedule.js';
import { systemReasonOf } from '../domain/system-reasons.js';
import type { ReferralResolvers, ReferralTransitionResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

/** A referral's services by (date, id), newest first. */
const SERVICES = listCursor('welfare.services', 'string', 'number');

/** Where a page of services starts: after the (date, id) of the previous page's last row. */
function servicePosition(after: string | null | undefined, owner: CursorOwner): { date: string; id: number } | null {
  if (!after) return null;
  const [date, id] = decodeCursor(after, SERVICES, owner);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isSafeInteger(id)) {
    throw badInput(t('input.cursor'), 'after');
  }
  return { date, id };
}

/** A deadline the holiday data does not cover is answered (flagged) and counted, never guessed silently. */
function counted<D extends Deadline | null>(name: string, deadline: D): D {
  if (deadline && !deadline.calendarCovered) countUncoveredDeadline(name);
  return deadline;
}

export const Referral: ReferralResolvers = {
  person: (referral) => ({ pid: referral.pid }),
  regionCode: (referral) => referral.countyCode,
  institution: (referral, _args, ctx) => (referral.institutionId ? ctx.loaders.institutionById.load(referral.institutionId) : null),
  waitingDays: (referral) => waitingDays(referral.registeredAt, referral.acceptedAt, referral.status, new Date()),
  history: (referral, _args, ctx) => ctx.loaders.transitionsByReferralId.load(referral.id),
  consents: (referral, _args, ctx) => ctx.loaders.consentsByReferralId.load(referral.id),
  registrationDueOn: (referral) =>
    registrationDueOn(referral.status === 'SUBMITTED' ? (referral.reviewRequestedAt ?? referral.submittedAt) : referral.submittedAt),
  registrationOverdue: (referral) => registrationOverdue(referral, chinaToday()),
  registrationDeadline: (referral) => counted('registration', registrationDeadline(referral, chinaToday())),
  dispatchDeadline: (referral) => counted('dispatch', dispatchDeadline(referral, chinaToday())),
  dispatchDueOn: (referral) => dispatchDueOn(referral.registeredAt),
  dispatchOverdue: (referral) => dispatchOverdue(referral, chinaToday()),
  needsReReview: async (referral, _args, ctx) => {
    const [latest] = await ctx.loaders.reReviewsByReferralId.load(referral.id);
    return needsReReview(referral, latest?.at ?? null, chinaToday());
  },
  async periodicAssessmentDueOn(referral, _args, ctx) {
    if (referral.status !== 'IN_SERVICE') return null;
    const [history, assessments] = await Promise.all([
      ctx.loaders.transitionsByReferralId.load(referral.id),
      ctx.loaders.assessmentsByReferralId.load(referral.id),
    ]);
    // Service (re)starts when an assessed case starts it: at intake, or after a transfer's new intake.
    const started = history.filter((t) => t.from === 'ASSESSED' && t.to === 'IN_SERVICE').at(-1);
    return periodicAssessmentDueOn(referral.status, started ? chinaDateOf(started.at) : null, assessments, ctx.settings.periodicAssessmentIntervalMonths);
  },
  waitingPosition: (referral, _args, ctx) => ctx.loaders.waitingPositionByReferralId.load(referral.id),
  reReviews: (referral, _args, ctx) => ctx.loaders.reReviewsByReferralId.load(referral.id),
  assessments: (referral, _args, ctx) => ctx.loaders.assessmentsByReferralId.load(referral.id),
  serviceAgreement: (referral, _args, ctx) => ctx.loaders.serviceAgreementByReferralId.load(referral.id),
  employmentHandoff: (referral, _args, ctx) => ctx.loaders.employmentHandoffByReferralId.load(referral.id),
  receivingInstitution: (referral, _args, ctx) => (referral.receivingInstitutionId ? ctx.loaders.institutionById.load(referral.receivingInstitutionId) : null),
  registryStatus: (referral, _args, ctx) => ctx.loaders.registryStatusByPid.load(referral.pid),
  relapseDischargedOn: (referral, _args, ctx) => (referral.status === 'RELAPSE_REFERRED' ? ctx.loaders.relapseDischargeByReferralId.load(referral.id) : null),
  async services(referral, { first, after }, ctx) {
    const size = pageSize(first);
    const rows = await ctx.loaders.servicePage.load({ referralId: referral.id, limit: size + 1, before: servicePosition(after, ctx.caller) });
    return toConnection(
      rows,
      size,
      SERVICES,
      ctx.caller,
      (row) => [row.date, row.id],
      (row) => row,
    );
  },
};

/** A history row: a reason the system wrote is said in the caller's language, a person's own reason as they wrote it. */
export const ReferralTransition: ReferralTransitionResolvers = {
  reason: ({ reason }) => {
    if (reason === null) return null;
    const system = systemReasonOf(reason);
    return system === null ? reason : t(`welfare.systemReason.${system}`);
  },
};
