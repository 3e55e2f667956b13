// Records kept on a case (re-reviews, consents, the agreement, assessments, services), written and checked inside the caller's transaction.
import type { Db } from '#platform/database/db.js';
import type { AssessmentKind, ConsentGrantor, ConsentScope, RehabEffect, ServiceForm } from '../generated/resolvers-types.js';
import { recordSharingRevocation } from './employment-sharing.js';
import type { AssessmentTeam } from './tables.js';
import { refreshWelfareStatisticsOfReferral } from './statistics.js';

export async function insertReReview(
  db: Db,
  review: { referralId: string; actorId: string; stillWilling: boolean; circumstancesChanged: boolean },
): Promise<void> {
  await db('referral_re_review').insert({
    referral_id: review.referralId,
    at: db.fn.now(),
    actor_id: review.actorId,
    still_willing: review.stillWilling,
    circumstances_changed: review.circumstancesChanged,
  });
}

export async function latestReReviewAt(db: Db, referralId: string): Promise<Date | null> {
  const row = (await db('referral_re_review').where({ referral_id: referralId }).max({ at: 'at' }).first()) as { at: Date | null } | undefined;
  return row?.at ?? null;
}

/** A consent of this scope that nobody has revoked (granted by `grantedBy`, when given). */
export async function hasLiveConsent(db: Db, referralId: string, scope: ConsentScope, grantedBy?: ConsentGrantor): Promise<boolean> {
  const query = db('referral_consent').where({ referral_id: referralId, scope }).whereNull('revoked_at');
  if (grantedBy) query.where({ granted_by: grantedBy });
  return (await query.first('id')) !== undefined;
}

/** Who granted the live consents of this scope (several rows may together cover the person and the guardian). */
export async function liveConsentGrantors(db: Db, referralId: string, scope: ConsentScope): Promise<ConsentGrantor[]> {
  const rows = (await db('referral_consent').where({ referral_id: referralId, scope }).whereNull('revoked_at').select('granted_by')) as {
    granted_by: ConsentGrantor;
  }[];
  return rows.map((row) => row.granted_by);
}

/** A consent of this scope was given and revoked, and none is live: the case was stopped by the revocation. */
export async function consentRevoked(db: Db, referralId: string, scope: ConsentScope): Promise<boolean> {
  const row = (await db('referral_consent')
    .where({ referral_id: referralId, scope })
    .select(db.raw('bool_or(revoked_at is not null) as revoked'), db.raw('bool_or(revoked_at is null) as live'))
    .first()) as { revoked: boolean | null; live: boolean | null } | undefined;
  return row?.revoked === true && row.live !== true;
}

export async function insertReferralConsent(db: Db, consent: { referralId: string; scope: ConsentScope; grantedBy: ConsentGrantor }): Promise<void> {
  await db('referral_consent').insert({ referral_id: consent.referralId, scope: consent.scope, granted_by: consent.grantedBy, granted_at: db.fn.now() });
}

/** Revokes every live consent of the scope; returns how many there were. An EMPLOYMENT_SHARING revocation is told to the federation. */
export async function revokeLiveConsents(db: Db, referralId: string, scope: ConsentScope): Promise<number> {
  const revoked = await db('referral_consent').where({ referral_id: referralId, scope }).whereNull('revoked_at').update({ revoked_at: db.fn.now() });
  if (revoked > 0 && scope === 'EMPLOYMENT_SHARING') await recordSharingRevocation(db, referralId);
  return revoked;
}

/** One agreement per case: signing again (a new institution after a transfer, or new forms) replaces it. */
export async function upsertServiceAgreement(
  db: Db,
  agreement: { referralId: string; signedOn: string; signedBy: ConsentGrantor; serviceForms: ServiceForm[] },
): Promise<void> {
  await db('service_agreement')
    .insert({
      referral_id: agreement.referralId,
      signed_on: agreement.signedOn,
      signed_by: agreement.signedBy,
      service_forms: agreement.serviceForms,
      recorded_at: db.fn.now(),
    })
    .onConflict('referral_id')
    .merge(['signed_on', 'signed_by', 'service_forms', 'recorded_at']);
  await refreshWelfareStatisticsOfReferral(db, agreement.referralId);
}

/** True when the case's agreement was recorded since its latest acceptance: an agreement with the institution that now holds it. */
export async function hasAgreementSinceIntake(db: Db, referralId: string): Promise<boolean> {
  const row = await db('service_agreement as a')
    .where('a.referral_id', referralId)
    .whereRaw(
      `a.recorded_at >= coalesce((select max(t.at) from referral_transition t where t.referral_id = a.referral_id and t.to_status = 'ACCEPTED'), '-infinity'::timestamptz)`,
    )
    .first('a.referral_id');
  return row !== undefined;
}

export interface NewAssessment {
  referralId: string;
  kind: AssessmentKind;
  assessedOn: string;
  effect: RehabEffect | null;
  recommendedForms?: ServiceForm[];
  /** Intake: who of the multidisciplinary team took part. */
  team?: AssessmentTeam;
  /** Exit and periodic: illness, self-care, social function and readiness for work (null where not assessed). */
  exit?: {
    illnessStable?: boolean | null;
    selfCare?: boolean | null;
    socialFunction?: boolean | null;
    willingToWork?: boolean | null;
    ableToWork?: boolean | null;
    needsSupport?: boolean | null;
  };
}

export async function insertAssessment(db: Db, assessment: NewAssessment): Promise<void> {
  await db('referral_assessment').insert({
    referral_id: assessment.referralId,
    kind: assessment.kind,
    assessed_on: assessment.assessedOn,
    effect: assessment.effect,
    recommended_forms: assessment.recommendedForms ?? [],
    team: assessment.team ? JSON.stringify(assessment.team) : null,
    illness_stable: assessment.exit?.illnessStable ?? null,
    self_care: assessment.exit?.selfCare ?? null,
    social_function: assessment.exit?.socialFunction ?? null,
    willing_to_work: assessment.exit?.willingToWork ?? null,
    able_to_work: assessment.exit?.ableToWork ?? null,
    needs_support: assessment.exit?.needsSupport ?? null,
  });
  await refreshWelfareStatisticsOfReferral(db, assessment.referralId);
}

export async function isStaffOf(db: Db, staffId: string, institutionId: string): Promise<boolean> {
  return (await db('institution_staff').where({ id: staffId, institution_id: institutionId }).first('id')) !== undefined;
}

export async function insertServiceRecord(
  db: Db,
  service: { referralId: string; institutionId: string; date: string; serviceForm: ServiceForm; durationMinutes: number; staffId: string },
): Promise<void> {
  await db('service_record').insert({
    referral_id: service.referralId,
    institution_id: service.institutionId,
    service_date: service.date,
    service_form: service.serviceForm,
    duration_minutes: service.durationMinutes,
    staff_id: service.staffId,
  });
  await refreshWelfareStatisticsOfReferral(db, service.referralId);
}
