// Row shapes of the tables the seeder fills, one interface per table, as the migrations define them.
//
// Timestamps are written as '…+08:00' strings and dates as 'YYYY-MM-DD'; bigserial ids are
// left to the database, which assigns them in insertion order (deterministic, because
// chunks are written one after another).
import type { DbOutboxMessageRow } from '#platform/outbox/outbox.js';

export interface DbPatientRow {
  pid: string;
  /** Always null in demo data: the raw citizen ID is never stored. */
  citizen_id_cipher: null;
  name: string;
  sex: 'M' | 'F';
  birth_date: string;
  county_code: string;
  guardian_name: string | null;
  registered_on: string;
  management_status: ManagementStatus;
  /** The day the management status last changed (registration while ACTIVE). */
  status_since: string;
  current_risk_grade: number;
  created_at: string;
  updated_at: string;
}

export type ManagementStatus = 'ACTIVE' | 'LOST_TO_FOLLOW_UP' | 'MOVED_OUT' | 'DECEASED';

export interface DbDiagnosisRow {
  pid: string;
  category: DiagnosisCategory;
  icd10: string;
  diagnosed_on: string;
}

export type DiagnosisCategory =
  | 'SCHIZOPHRENIA'
  | 'SCHIZOAFFECTIVE_DISORDER'
  | 'PERSISTENT_DELUSIONAL_DISORDER'
  | 'BIPOLAR_DISORDER'
  | 'EPILEPSY_MENTAL_DISORDER'
  | 'INTELLECTUAL_DISABILITY_MENTAL_DISORDER';

export interface DbRiskAssessmentRow {
  pid: string;
  assessed_on: string;
  grade: number;
  source: 'REGISTRATION' | 'FOLLOW_UP';
}

export type FollowUpCondition = 'STABLE' | 'BASICALLY_STABLE' | 'UNSTABLE';

export interface DbFollowUpRow {
  pid: string;
  visit_date: string;
  mode: 'OUTPATIENT' | 'HOME_VISIT' | 'PHONE';
  risk_grade: number;
  insight: 'GOOD' | 'PARTIAL' | 'NONE';
  /** JSON text of SocialFunction (jsonb column). */
  social_function: string;
  medication_adherence: 'REGULAR' | 'INTERMITTENT' | 'NONE';
  adverse_reactions: boolean;
  hospitalized_since_last: boolean;
  condition: FollowUpCondition;
  next_due_on: string;
  recorded_at: string;
}

export interface DbHospitalizationRow {
  pid: string;
  hospital_name: string;
  admitted_on: string;
  discharged_on: string | null;
  recommends_community_rehab: boolean | null;
  /** The discharge rehabilitation assessment's day and readiness flags; null until assessed. */
  assessed_on: string | null;
  willing_to_work: boolean | null;
  able_to_work: boolean | null;
  needs_support: boolean | null;
}

/** A relapse and its emergency handling: a readmission after registration. */
export interface DbRelapseRow {
  pid: string;
  occurred_on: string;
  risk_grade: number;
  handled_by: 'HOSPITAL' | 'COMMUNITY' | 'POLICE';
  handling: 'EMERGENCY_ADMISSION' | 'OUTPATIENT_TREATMENT' | 'CRISIS_INTERVENTION' | 'MEDICATION_ADJUSTMENT';
  admitted: boolean;
  recorded_at: string;
}

export type ConsentScope = 'REFERRAL_UPLOAD' | 'SERVICE_AGREEMENT' | 'EMPLOYMENT_SHARING';
export type ConsentGrantor = 'PATIENT' | 'GUARDIAN' | 'PATIENT_AND_GUARDIAN';

export interface DbConsentRow {
  pid: string;
  scope: ConsentScope;
  granted_by: ConsentGrantor;
  granted_at: string;
  revoked_at: string | null;
}

export interface DbInstitutionRow {
  id: string;
  name: string;
  county_code: string;
  capacity: number;
  service_forms: string[];
  /** JSON text of the published prices, one per service form (jsonb column; defaults to []). */
  prices?: string;
  created_at: string;
}

export type StaffRole = 'PSYCHIATRIST' | 'NURSE' | 'REHAB_THERAPIST' | 'SOCIAL_WORKER';

export interface DbInstitutionStaffRow {
  id: string;
  institution_id: string;
  role: StaffRole;
  qualified: boolean;
  direct_service: boolean;
  created_at: string;
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
  created_at: string;
}

export type ReferralChannel = 'MEDICAL_INSTITUTION' | 'VOLUNTARY_APPLICATION' | 'THIRD_PARTY_APPLICATION';
export type ReferralOutcome = 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT' | 'OTHER_REHAB_SERVICE' | 'RETURNED_TO_COMMUNITY';
export type CloseReason = 'HANDOFF_ACKNOWLEDGED' | 'RETURNED_TO_COMMUNITY' | 'NOT_SUITABLE' | 'WITHDRAWN' | 'DECEASED' | 'LOST_TO_FOLLOW_UP';

export interface DbReferralRow {
  id: string;
  pid: string;
  channel: ReferralChannel;
  status: string;
  version: number;
  county_code: string;
  institution_id: string | null;
  submitted_at: string;
  registered_at: string | null;
  accepted_at: string | null;
  outcome: ReferralOutcome | null;
  close_reason: CloseReason | null;
  updated_at: string;
  applicant: 'EMPLOYER' | 'VILLAGE_COMMITTEE' | 'RESIDENTS_COMMITTEE' | 'SOCIAL_ORGANISATION' | 'INDIVIDUAL' | null;
  reviewed_at: string | null;
  dispatched_at: string | null;
  referred_out_at: string | null;
  closed_at: string | null;
}

export interface DbReferralAssessmentRow {
  referral_id: string;
  kind: 'INTAKE' | 'PERIODIC' | 'REASSESSMENT' | 'EXIT';
  assessed_on: string;
  effect: 'MARKED' | 'SOME' | 'NONE' | null;
  recommended_forms: string[];
  /** JSON text of the intake team (jsonb column). */
  team: string | null;
  illness_stable: boolean | null;
  self_care: boolean | null;
  willing_to_work: boolean | null;
  able_to_work: boolean | null;
  needs_support: boolean | null;
  recorded_at: string;
}

export interface DbServiceAgreementRow {
  referral_id: string;
  signed_on: string;
  signed_by: ConsentGrantor;
  service_forms: string[];
  recorded_at: string;
}

export interface DbServiceRecordRow {
  referral_id: string;
  institution_id: string;
  service_date: string;
  service_form: string;
  duration_minutes: number;
  staff_id: string;
  recorded_at: string;
}

export interface DbEmploymentHandoffRow {
  id: string;
  referral_id: string;
  pid: string;
  county_code: string;
  outcome: ReferralOutcome;
  willing_to_work: boolean;
  able_to_work: boolean;
  needs_support: boolean;
  handed_over_at: string;
  status: 'PENDING' | 'RECEIVED' | 'ACKNOWLEDGED' | 'DECLINED';
  received_at: string | null;
  answered_at: string | null;
  decline_reason: string | null;
}

export interface DbReferralTransitionRow {
  referral_id: string;
  from_status: string | null;
  to_status: string;
  at: string;
  actor_role: string;
  actor_id: string | null;
  reason: string | null;
}

export interface DbReferralConsentRow {
  referral_id: string;
  scope: ConsentScope;
  granted_by: ConsentGrantor;
  granted_at: string;
  revoked_at: string | null;
}

export type BenefitKind =
  | 'MINIMUM_LIVING_ALLOWANCE'
  | 'EXTREME_POVERTY_SUPPORT'
  | 'TEMPORARY_ASSISTANCE'
  | 'DISABILITY_LIVING_SUBSIDY'
  | 'SEVERE_DISABILITY_NURSING_SUBSIDY'
  | 'GUARDIANSHIP_INCENTIVE';

export interface DbBenefitRow {
  pid: string;
  kind: BenefitKind;
  county_code: string;
  started_on: string;
  ended_on: string | null;
  monthly_amount_cents: number;
}

export type DisabilityCategory = 'VISUAL' | 'HEARING' | 'SPEECH' | 'PHYSICAL' | 'INTELLECTUAL' | 'MENTAL' | 'MULTIPLE';

export interface DbDisabilityCertificateRow {
  pid: string;
  /** Null in demo data: the digest would be derived from the citizen ID, which is not kept. */
  number_digest: null;
  /** County of the person when the certificate was issued. */
  county_code: string;
  category: DisabilityCategory;
  grade: number;
  issued_on: string;
}

export interface DbTrainingCourseRow {
  id: string;
  name: string;
  county_code: string;
}

export interface DbTrainingEnrolmentRow {
  pid: string;
  course_id: string;
  started_on: string;
  completed_on: string | null;
}

export type PlacementKind = 'OPEN_EMPLOYMENT' | 'SUPPORTED_EMPLOYMENT' | 'SHELTERED_EMPLOYMENT' | 'PUBLIC_WELFARE_POST' | 'SELF_EMPLOYMENT';

export interface DbPlacementRow {
  pid: string;
  kind: PlacementKind;
  employer_name: string;
  county_code: string;
  started_on: string;
  ended_on: string | null;
  /** The acknowledged referral the placement followed. */
  referral_id: string | null;
}

/** A post-rehabilitation referral as the federation received it from the platform (same id as the platform's hand-off). */
export interface DbEmploymentReferralRow {
  id: string;
  referral_id: string;
  pid: string;
  county_code: string;
  outcome: 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT';
  willing_to_work: boolean;
  able_to_work: boolean;
  needs_support: boolean;
  handed_over_at: string;
  received_at: string;
  status: 'RECEIVED' | 'ACKNOWLEDGED';
  answered_at: string | null;
  answered_by: string | null;
  answer_delivered_at: string | null;
}

/** Every seeded table of each database, in the order rows must be inserted (parents first). */
export const SEEDED_TABLES = {
  registry: ['patient', 'diagnosis', 'risk_assessment', 'follow_up', 'hospitalization', 'relapse', 'consent'],
  welfare: [
    'institution',
    'institution_staff',
    'staff_training',
    'social_worker',
    'referral',
    'referral_transition',
    'referral_consent',
    'referral_assessment',
    'service_agreement',
    'service_record',
    'employment_handoff',
    'benefit',
    'outbox_message',
  ],
  employment: ['training_course', 'disability_certificate', 'training_enrolment', 'employment_referral', 'placement', 'outbox_message'],
} as const;

export type SeededDatabase = keyof typeof SEEDED_TABLES;

export interface RegistryRows {
  patient: DbPatientRow[];
  diagnosis: DbDiagnosisRow[];
  risk_assessment: DbRiskAssessmentRow[];
  follow_up: DbFollowUpRow[];
  hospitalization: DbHospitalizationRow[];
  relapse: DbRelapseRow[];
  consent: DbConsentRow[];
}

export interface WelfareRows {
  institution: DbInstitutionRow[];
  institution_staff: DbInstitutionStaffRow[];
  staff_training: DbStaffTrainingRow[];
  social_worker: DbSocialWorkerRow[];
  referral: DbReferralRow[];
  referral_transition: DbReferralTransitionRow[];
  referral_consent: DbReferralConsentRow[];
  referral_assessment: DbReferralAssessmentRow[];
  service_agreement: DbServiceAgreementRow[];
  service_record: DbServiceRecordRow[];
  employment_handoff: DbEmploymentHandoffRow[];
  benefit: DbBenefitRow[];
  outbox_message: DbOutboxMessageRow[];
}

export interface EmploymentRows {
  training_course: DbTrainingCourseRow[];
  disability_certificate: DbDisabilityCertificateRow[];
  training_enrolment: DbTrainingEnrolmentRow[];
  employment_referral: DbEmploymentReferralRow[];
  placement: DbPlacementRow[];
  outbox_message: DbOutboxMessageRow[];
}

/** Rows for all three databases, for one person or for a chunk of people. */
export interface SeedRows {
  registry: RegistryRows;
  welfare: WelfareRows;
  employment: EmploymentRows;
}

export function emptySeedRows(): SeedRows {
  return {
    registry: { patient: [], diagnosis: [], risk_assessment: [], follow_up: [], hospitalization: [], relapse: [], consent: [] },
    welfare: {
      institution: [],
      institution_staff: [],
      staff_training: [],
      social_worker: [],
      referral: [],
      referral_transition: [],
      referral_consent: [],
      referral_assessment: [],
      service_agreement: [],
      service_record: [],
      employment_handoff: [],
      benefit: [],
      outbox_message: [],
    },
    employment: { training_course: [], disability_certificate: [], training_enrolment: [], employment_referral: [], placement: [], outbox_message: [] },
  };
}

/** Appends every table of `source` to `target` (a chunk collecting its people). */
export function appendSeedRows(target: SeedRows, source: SeedRows): void {
  appendTables(target.registry, source.registry);
  appendTables(target.welfare, source.welfare);
  appendTables(target.employment, source.employment);
}

function appendTables<T extends Record<keyof T, object[]>>(target: T, source: T): void {
  for (const table of Object.keys(source) as (keyof T)[]) {
    const list: object[] = target[table];
    // A loop, not push(...rows): spreading a large chunk would overflow the call stack.
    for (const row of source[table]) list.push(row);
  }
}
