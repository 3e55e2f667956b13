// Row shapes of the platform's tables the referral workflow keeps, one per table, as knex returns them (dates 'YYYY-MM-DD', timestamps Date, jsonb parsed).
import type {
  AssessmentKind,
  BenefitKind,
  CloseReason,
  ConsentGrantor,
  ConsentScope,
  HandoffStatus,
  ReferralChannel,
  ReferralOutcome,
  ReferralStatus,
  RehabEffect,
  ServiceForm,
  StaffRole,
  ThirdPartyApplicant,
} from '../generated/resolvers-types.js';
import type { ServicePriceRecord } from './institutions.js';

export interface DbInstitutionRow {
  id: string;
  name: string;
  county_code: string;
  capacity: number;
  service_forms: ServiceForm[];
  /** The published prices, one per service form (jsonb, [] by default). */
  prices: ServicePriceRecord[];
  created_at: Date;
}

export interface DbInstitutionStaffRow {
  id: string;
  institution_id: string;
  role: StaffRole;
  qualified: boolean;
  /** Works directly with recipients: the action asks for at least 20 training hours a year. */
  direct_service: boolean;
  created_at: Date;
}

export interface DbStaffTrainingRow {
  staff_id: string;
  year: number;
  hours: number;
}

export interface DbSocialWorkerRow {
  id: string;
  county_code: string;
  /** The subject of the social worker's tokens. */
  subject: string;
  qualified: boolean;
  created_at: Date;
}

export interface DbReferralRow {
  id: string;
  pid: string;
  channel: ReferralChannel;
  status: ReferralStatus;
  version: number;
  county_code: string;
  institution_id: string | null;
  submitted_at: Date;
  registered_at: Date | null;
  accepted_at: Date | null;
  outcome: ReferralOutcome | null;
  close_reason: CloseReason | null;
  updated_at: Date;
  applicant: ThirdPartyApplicant | null;
  reviewed_at: Date | null;
  dispatched_at: Date | null;
  referred_out_at: Date | null;
  closed_at: Date | null;
  /** The registry's upload the referral was imported from; null for referrals submitted here. */
  source_upload_id: string | null;
  /** Whether the person has a guardian, recorded at intake; null where unknown (hospital uploads). */
  has_guardian: boolean | null;
  /** When changed circumstances sent the case back for review: the review deadline counts from here. */
  review_requested_at: Date | null;
  /** Referred out to OTHER_REHAB_SERVICE: the institution that takes the person on (and acknowledges). */
  receiving_institution_id: string | null;
}

export interface DbReferralTransitionRow {
  id: number;
  referral_id: string;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  at: Date;
  actor_role: string;
  actor_id: string | null;
  reason: string | null;
}

export interface DbReferralConsentRow {
  id: number;
  referral_id: string;
  scope: ConsentScope;
  granted_by: ConsentGrantor;
  granted_at: Date;
  revoked_at: Date | null;
}

/** Intake: who of the multidisciplinary team took part. */
export interface AssessmentTeam {
  psychiatrist: boolean;
  nurse: boolean;
  rehabTherapist: boolean;
  socialWorker: boolean;
}

export interface DbReferralAssessmentRow {
  id: number;
  referral_id: string;
  kind: AssessmentKind;
  assessed_on: string;
  effect: RehabEffect | null;
  recommended_forms: ServiceForm[];
  /** Intake only (jsonb). */
  team: AssessmentTeam | null;
  /** Exit and periodic: illness, self-care, social function and readiness for work. */
  illness_stable: boolean | null;
  self_care: boolean | null;
  social_function: boolean | null;
  willing_to_work: boolean | null;
  able_to_work: boolean | null;
  needs_support: boolean | null;
  recorded_at: Date;
}

export interface DbServiceAgreementRow {
  referral_id: string;
  signed_on: string;
  signed_by: ConsentGrantor;
  service_forms: ServiceForm[];
  recorded_at: Date;
}

export interface DbServiceRecordRow {
  id: number;
  referral_id: string;
  institution_id: string;
  service_date: string;
  service_form: ServiceForm;
  duration_minutes: number;
  staff_id: string;
  recorded_at: Date;
}

/** A post-rehabilitation referral to employment in the outbox. */
export interface DbEmploymentHandoffRow {
  id: string;
  referral_id: string;
  pid: string;
  county_code: string;
  outcome: ReferralOutcome;
  willing_to_work: boolean;
  able_to_work: boolean;
  needs_support: boolean;
  handed_over_at: Date;
  status: HandoffStatus;
  received_at: Date | null;
  answered_at: Date | null;
  decline_reason: string | null;
}

export interface DbBenefitRow {
  id: number;
  pid: string;
  kind: BenefitKind;
  county_code: string;
  started_on: string;
  ended_on: string | null;
  monthly_amount_cents: number;
}
