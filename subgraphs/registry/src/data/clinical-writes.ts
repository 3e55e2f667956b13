// The registry's clinical writes; each runs inside the caller's transaction, beside its audit row.
import type { Db } from '#platform/database/db.js';
import { refreshRegistryStatistics } from './statistics.js';
import type {
  DischargeAssessmentInput,
  FollowUpCondition,
  FollowUpMode,
  Insight,
  MedicationAdherence,
  SocialFunctionInput,
} from '../generated/resolvers-types.js';

/** Locks the patient row: writes about one person queue behind each other. */
export async function lockPatient(db: Db, pid: string): Promise<{ registered_on: string; county_code: string; has_guardian: boolean } | null> {
  const row = await db('patient')
    .select('registered_on', 'county_code', db.raw('guardian_name is not null as has_guardian'))
    .where({ pid })
    .forUpdate()
    .first();
  return row ?? null;
}

/** A new risk grade becomes the patient's current one only when it is the latest assessment. */
async function recordRiskAssessment(db: Db, pid: string, assessedOn: string, grade: number, source: 'FOLLOW_UP' | 'RELAPSE'): Promise<void> {
  await db('risk_assessment').insert({ pid, assessed_on: assessedOn, grade, source });
  await db.raw(
    `update patient set current_risk_grade = ?, updated_at = now()
      where pid = ? and not exists (select 1 from risk_assessment where pid = ? and assessed_on > ?)`,
    [grade, pid, pid, assessedOn],
  );
}

export interface NewFollowUp {
  pid: string;
  date: string;
  mode: FollowUpMode;
  riskLevel: number;
  symptomsResolved: boolean;
  insight: Insight;
  socialFunction: SocialFunctionInput;
  medicationAdherence: MedicationAdherence;
  adverseReactions: boolean;
  hospitalizedSinceLastVisit: boolean;
  condition: FollowUpCondition;
  nextDueOn: string;
}

export async function insertFollowUp(db: Db, visit: NewFollowUp): Promise<void> {
  await db('follow_up').insert({
    pid: visit.pid,
    visit_date: visit.date,
    mode: visit.mode,
    risk_grade: visit.riskLevel,
    symptoms_resolved: visit.symptomsResolved,
    insight: visit.insight,
    social_function: JSON.stringify(visit.socialFunction),
    medication_adherence: visit.medicationAdherence,
    adverse_reactions: visit.adverseReactions,
    hospitalized_since_last: visit.hospitalizedSinceLastVisit,
    condition: visit.condition,
    next_due_on: visit.nextDueOn,
  });
  await recordRiskAssessment(db, visit.pid, visit.date, visit.riskLevel, 'FOLLOW_UP');
  await refreshRegistryStatistics(db, [visit.pid], visit.date);
}

/** True when the person has a stay that is still open or overlaps the day. */
export async function staysOverlapping(db: Db, pid: string, day: string): Promise<boolean> {
  const row = await db('hospitalization')
    .where({ pid })
    .where('admitted_on', '<=', day)
    .where((q) => q.whereNull('discharged_on').orWhere('discharged_on', '>=', day))
    .first('id');
  return row !== undefined;
}

export async function hasOpenStay(db: Db, pid: string): Promise<boolean> {
  return (await db('hospitalization').where({ pid }).whereNull('discharged_on').first('id')) !== undefined;
}

export async function insertAdmission(db: Db, pid: string, hospitalName: string, admittedOn: string): Promise<number> {
  const [row] = (await db('hospitalization').insert({ pid, hospital_name: hospitalName, admitted_on: admittedOn }).returning('id')) as {
    id: number | string;
  }[];
  await refreshRegistryStatistics(db, [pid], admittedOn);
  return Number(row!.id);
}

export async function updateDischarge(
  db: Db,
  id: number,
  dischargedOn: string | null,
  assessment: DischargeAssessmentInput | null,
  today: string,
): Promise<void> {
  await db('hospitalization')
    .where({ id })
    .update({
      ...(dischargedOn ? { discharged_on: dischargedOn } : {}),
      ...(assessment
        ? {
            recommends_community_rehab: assessment.recommendsCommunityRehab,
            willing_to_work: assessment.willingToWork,
            able_to_work: assessment.ableToWork,
            needs_support: assessment.needsSupport,
            assessed_on: today,
          }
        : {}),
    });
}

export interface NewRelapse {
  pid: string;
  occurredOn: string;
  riskLevel: number;
  handledBy: string;
  handling: string;
  admitted: boolean;
}

export async function insertRelapse(db: Db, relapse: NewRelapse): Promise<void> {
  await db('relapse').insert({
    pid: relapse.pid,
    occurred_on: relapse.occurredOn,
    risk_grade: relapse.riskLevel,
    handled_by: relapse.handledBy,
    handling: relapse.handling,
    admitted: relapse.admitted,
  });
  await recordRiskAssessment(db, relapse.pid, relapse.occurredOn, relapse.riskLevel, 'RELAPSE');
  await refreshRegistryStatistics(db, [relapse.pid], relapse.occurredOn);
}

export async function updateManagementStatus(db: Db, pid: string, status: string, since: string): Promise<void> {
  await db('patient').where({ pid }).update({ management_status: status, status_since: since, updated_at: db.fn.now() });
  await refreshRegistryStatistics(db, [pid]);
}
