// Row shapes of the tables the seeder fills: each agency's own (its data layer's tables.ts), as the seeder writes them.
//
// Timestamps are written as '…+08:00' strings and dates as 'YYYY-MM-DD'; bigserial ids are
// left to the database, which assigns them in insertion order (deterministic, because
// chunks are written one after another).
import type { DbOutboxMessageRow } from '#platform/outbox/outbox.js';
import type { DbCaseHoldingEventRow, DbCaseHoldingRow, DbSharingRevocationEventRow, DbSharingRevocationRow } from './access-facts.js';
import type { TimestampAsText } from '#platform/database/timestamps-as-text.js';
import type * as employment from '../../subgraphs/employment/src/data/tables.js';
import type * as registry from '../../subgraphs/registry/src/data/tables.js';
import type * as welfare from '../../subgraphs/welfare/src/data/tables.js';

/**
 * An agency's row as the seeder writes it: timestamps as ISO text with the China offset, the `Json` (jsonb) columns
 * as JSON text, without the `Filled` columns it leaves to the database (bigserial ids, defaults).
 */
type Seeded<Row, Filled extends keyof Row = never, Json extends keyof Row = never> = {
  [K in Exclude<keyof Row, Filled>]: K extends Json ? (null extends Row[K] ? string | null : string) : TimestampAsText<Row[K]>;
};

export type DbPatientRow = Seeded<registry.DbPatientRow> & {
  /** Always null in demo data: the raw citizen ID is never stored. */
  citizen_id_cipher: null;
};
export type ManagementStatus = DbPatientRow['management_status'];
export type DbDiagnosisRow = Seeded<registry.DbDiagnosisRow>;
export type DiagnosisCategory = DbDiagnosisRow['category'];
export type DbRiskAssessmentRow = Seeded<registry.DbRiskAssessmentRow, 'id'>;
export type DbFollowUpRow = Seeded<registry.DbFollowUpRow, 'id' | 'symptoms_resolved', 'social_function'>;
export type FollowUpCondition = DbFollowUpRow['condition'];
export type DbHospitalizationRow = Seeded<registry.DbHospitalizationRow, 'id'>;
export type DbRelapseRow = Seeded<registry.DbRelapseRow, 'id'>;
export type DbConsentRow = Seeded<registry.DbConsentRow, 'id' | 'revoked_reason'>;

export type DbInstitutionRow = Seeded<welfare.DbInstitutionRow, 'prices'> & {
  /** JSON text of the published prices (jsonb; the database's default is []). */
  prices?: string;
};
export type ServiceForm = DbInstitutionRow['service_forms'][number];
export type DbInstitutionStaffRow = Seeded<welfare.DbInstitutionStaffRow>;
export type DbStaffTrainingRow = Seeded<welfare.DbStaffTrainingRow>;
export type DbSocialWorkerRow = Seeded<welfare.DbSocialWorkerRow>;
export type DbReferralRow = Seeded<welfare.DbReferralRow, 'source_upload_id'>;
export type ReferralChannel = DbReferralRow['channel'];
export type ReferralOutcome = NonNullable<DbReferralRow['outcome']>;
export type CloseReason = NonNullable<DbReferralRow['close_reason']>;
export type DbReferralAssessmentRow = Seeded<welfare.DbReferralAssessmentRow, 'id', 'team'>;
export type DbServiceAgreementRow = Seeded<welfare.DbServiceAgreementRow>;
export type DbServiceRecordRow = Seeded<welfare.DbServiceRecordRow, 'id'>;
export type DbEmploymentHandoffRow = Seeded<welfare.DbEmploymentHandoffRow>;
export type DbReferralTransitionRow = Seeded<welfare.DbReferralTransitionRow, 'id'>;
export type DbReferralConsentRow = Seeded<welfare.DbReferralConsentRow, 'id'>;
export type ConsentGrantor = DbReferralConsentRow['granted_by'];
export type DbBenefitRow = Seeded<welfare.DbBenefitRow, 'id'>;
export type BenefitKind = DbBenefitRow['kind'];

export type DbDisabilityCertificateRow = Seeded<employment.DbDisabilityCertificateRow> & {
  /** Null in demo data: the digest would be derived from the citizen ID, which is not kept. */
  number_digest: null;
  /** County of the person when the certificate was issued. */
  county_code: string;
};
export type DisabilityCategory = DbDisabilityCertificateRow['category'];
export type DbTrainingCourseRow = Seeded<employment.DbTrainingCourseRow>;
export type DbTrainingEnrolmentRow = Seeded<employment.DbTrainingEnrolmentRow, 'id'>;
export type DbPlacementRow = Seeded<employment.DbPlacementRow, 'id' | 'employer_id' | 'full_time' | 'job_coach'>;
export type PlacementKind = DbPlacementRow['kind'];
/** A post-rehabilitation referral as the federation received it from the platform (same id as the platform's hand-off). */
export type DbEmploymentReferralRow = Seeded<employment.DbEmploymentReferralRow, 'decline_reason'>;

/** Every seeded table of each database, in the order rows must be inserted (parents first). */
export const SEEDED_TABLES = {
  registry: ['patient', 'diagnosis', 'risk_assessment', 'follow_up', 'hospitalization', 'relapse', 'consent', 'case_holding'],
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
    'case_holding_event',
    'employment_sharing_revocation',
  ],
  employment: [
    'training_course',
    'disability_certificate',
    'training_enrolment',
    'employment_referral',
    'placement',
    'outbox_message',
    'employment_sharing_revocation',
  ],
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
  case_holding: DbCaseHoldingRow[];
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
  case_holding_event: DbCaseHoldingEventRow[];
  employment_sharing_revocation: DbSharingRevocationEventRow[];
}

export interface EmploymentRows {
  training_course: DbTrainingCourseRow[];
  disability_certificate: DbDisabilityCertificateRow[];
  training_enrolment: DbTrainingEnrolmentRow[];
  employment_referral: DbEmploymentReferralRow[];
  placement: DbPlacementRow[];
  outbox_message: DbOutboxMessageRow[];
  employment_sharing_revocation: DbSharingRevocationRow[];
}

/** Rows for all three databases, for one person or for a chunk of people. */
export interface SeedRows {
  registry: RegistryRows;
  welfare: WelfareRows;
  employment: EmploymentRows;
}

export function emptySeedRows(): SeedRows {
  return {
    registry: { patient: [], diagnosis: [], risk_assessment: [], follow_up: [], hospitalization: [], relapse: [], consent: [], case_holding: [] },
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
      case_holding_event: [],
      employment_sharing_revocation: [],
    },
    employment: {
      training_course: [],
      disability_certificate: [],
      training_enrolment: [],
      employment_referral: [],
      placement: [],
      outbox_message: [],
      employment_sharing_revocation: [],
    },
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
