// What a case's history implies beyond its transitions: assessments, the service agreement, services delivered and the employment hand-off.
import { addMonths, dayOf, dayOfInstant, instantOf, isoDate, isoTimestamp } from './calendar.js';
import type { TimedStep } from './referral-journey.js';
import { Random } from './random.js';
import type { ConsentGrantor, DbEmploymentHandoffRow, DbReferralAssessmentRow, DbServiceAgreementRow, DbServiceRecordRow, ServiceForm } from './tables.js';

export interface CaseRecords {
  referral_assessment: DbReferralAssessmentRow[];
  service_agreement: DbServiceAgreementRow[];
  service_record: DbServiceRecordRow[];
  employment_handoff: DbEmploymentHandoffRow[];
}

export interface CaseContext {
  seed: number;
  referralId: string;
  pid: string;
  today: number;
  /** Direct-service staff of each institution, who record the services. */
  directStaff: ReadonlyMap<string, readonly string[]>;
  /** Service forms each institution offers. */
  serviceForms: ReadonlyMap<string, readonly ServiceForm[]>;
  /** The registry records a guardian, who then signs the service agreement with the person. */
  hasGuardian: boolean;
}

/**
 * Who signs a consent or the service agreement: the person and the guardian where the registry
 * records one, the person alone otherwise (notice §6-7). The drawn signature is drawn all the
 * same, so that every later draw of the stream stays as it was.
 */
export const signedBy = (hasGuardian: boolean, _drawn: ConsentGrantor): ConsentGrantor => (hasGuardian ? 'PATIENT_AND_GUARDIAN' : 'PATIENT');

/** Services are recorded only from the platform's start: older months would be invisible anyway. */
const SERVICES_FROM = dayOf('2023-01-01');
/** Most months in service see services; a few are missed (holidays, illness), so not every case is standardized. */
const MONTH_SERVED_SHARE = 0.8;
const PERIODIC_ASSESSMENT_MONTHS = 6;

/**
 * Draws from a stream of its own (seed, referral id), so that the person's main stream,
 * and with it every other seeded row, stays as it was.
 */
export function buildCaseRecords(steps: readonly TimedStep[], context: CaseContext): CaseRecords {
  const random = Random.for(context.seed, 'case-records', context.referralId);
  const records: CaseRecords = { referral_assessment: [], service_agreement: [], service_record: [], employment_handoff: [] };
  let institutionId: string | null = null;
  let countyCode = '';
  steps.forEach((step, k) => {
    if (step.institutionId !== undefined) institutionId = step.institutionId;
    if (step.countyCode) countyCode = step.countyCode;
    const day = dayOfInstant(step.at);
    const forms = (institutionId && context.serviceForms.get(institutionId)) || ['DAY_TRAINING'];
    if (step.to === 'ASSESSED')
      records.referral_assessment.push(assessment(context.referralId, 'INTAKE', day, random.chance(0.5) ? forms.slice(0, 1) : forms.slice(0, 2)));
    if (step.to === 'IN_SERVICE' && step.from === 'ASSESSED') {
      // After a transfer the new institution signs again; its agreement replaces the old one.
      records.service_agreement = [];
      records.service_agreement.push({
        referral_id: context.referralId,
        signed_on: isoDate(day),
        signed_by: signedBy(context.hasGuardian, random.pick(['PATIENT', 'GUARDIAN', 'PATIENT_AND_GUARDIAN'] as const)),
        service_forms: [...forms],
        recorded_at: endOfOfficeDay(day),
      });
    }
    if (step.to === 'IN_SERVICE' && step.from === 'RELAPSE_REFERRED') records.referral_assessment.push(assessment(context.referralId, 'REASSESSMENT', day, []));
    if (step.to === 'IN_SERVICE' && institutionId) {
      const next = steps[k + 1];
      const until = next ? dayOfInstant(next.at) : context.today;
      addServicePeriod(random, records, context, institutionId, forms, day, until);
    }
    if (step.to === 'REFERRED_OUT') {
      const exit = exitAssessment(random, context.referralId, day, step.outcome);
      records.referral_assessment.push(exit);
      if (step.outcome === 'EMPLOYMENT' || step.outcome === 'SHELTERED_EMPLOYMENT') {
        records.employment_handoff.push(handoff(random, context, step, steps[k + 1], countyCode, exit));
      }
    }
  });
  return records;
}

function assessment(referralId: string, kind: DbReferralAssessmentRow['kind'], day: number, forms: readonly ServiceForm[]): DbReferralAssessmentRow {
  return {
    referral_id: referralId,
    kind,
    assessed_on: isoDate(day),
    effect: kind === 'INTAKE' ? null : 'SOME',
    recommended_forms: [...forms],
    team: kind === 'INTAKE' ? JSON.stringify({ psychiatrist: true, nurse: true, rehabTherapist: true, socialWorker: true }) : null,
    illness_stable: null,
    self_care: null,
    social_function: null,
    willing_to_work: null,
    able_to_work: null,
    needs_support: null,
    recorded_at: endOfOfficeDay(day),
  };
}

/** Records are entered at the end of the office day they describe. */
const endOfOfficeDay = (day: number): string => isoTimestamp(instantOf(day, 1050));

/** Services in the months of one stretch in service, and a periodic assessment every six months. */
function addServicePeriod(
  random: Random,
  records: CaseRecords,
  context: CaseContext,
  institutionId: string,
  forms: readonly ServiceForm[],
  from: number,
  until: number,
): void {
  const staff = context.directStaff.get(institutionId) ?? [];
  if (staff.length === 0) return;
  for (let month = 0; ; month++) {
    const monthStart = Math.max(SERVICES_FROM, addMonths(from, month));
    if (monthStart >= until) break;
    const monthEnd = Math.min(until, addMonths(from, month + 1));
    if (monthEnd <= monthStart) continue;
    if (random.chance(MONTH_SERVED_SHARE)) {
      const visits = random.int(1, 3);
      for (let v = 0; v < visits; v++) {
        const serviceDay = random.int(monthStart, monthEnd - 1);
        records.service_record.push({
          referral_id: context.referralId,
          institution_id: institutionId,
          recorded_at: endOfOfficeDay(serviceDay),
          service_date: isoDate(serviceDay),
          service_form: random.pick(forms),
          duration_minutes: random.pick([60, 90, 120, 180, 240]),
          staff_id: random.pick(staff),
        });
      }
    }
    if (month > 0 && month % PERIODIC_ASSESSMENT_MONTHS === 0) {
      records.referral_assessment.push({
        ...assessment(context.referralId, 'PERIODIC', monthStart, []),
        effect: random.pick(['MARKED', 'SOME', 'SOME', 'NONE']),
      });
    }
  }
}

function exitAssessment(random: Random, referralId: string, day: number, outcome: TimedStep['outcome']): DbReferralAssessmentRow {
  const towardsWork = outcome === 'EMPLOYMENT' || outcome === 'SHELTERED_EMPLOYMENT';
  return {
    ...assessment(referralId, 'EXIT', day, []),
    effect: random.chance(0.6) ? 'MARKED' : 'SOME',
    illness_stable: true,
    self_care: true,
    willing_to_work: towardsWork || random.chance(0.3),
    able_to_work: outcome === 'EMPLOYMENT' || (towardsWork && random.chance(0.5)),
    needs_support: outcome === 'SHELTERED_EMPLOYMENT' || random.chance(0.4),
  };
}

/** The platform's outbox row: answered when the case closed on the federation's acknowledgement, received otherwise. */
function handoff(
  random: Random,
  context: CaseContext,
  step: TimedStep,
  next: TimedStep | undefined,
  countyCode: string,
  exit: DbReferralAssessmentRow,
): DbEmploymentHandoffRow {
  const acknowledged = next?.to === 'CLOSED' && next.closeReason === 'HANDOFF_ACKNOWLEDGED';
  const receivedAt = step.at + random.int(5, 120);
  return {
    id: random.uuid(),
    referral_id: context.referralId,
    pid: context.pid,
    county_code: countyCode,
    outcome: step.outcome!,
    willing_to_work: exit.willing_to_work!,
    able_to_work: exit.able_to_work!,
    needs_support: exit.needs_support!,
    handed_over_at: isoTimestamp(step.at),
    status: acknowledged ? 'ACKNOWLEDGED' : 'RECEIVED',
    received_at: isoTimestamp(receivedAt),
    answered_at: acknowledged ? isoTimestamp(next!.at) : null,
    decline_reason: null,
  };
}
