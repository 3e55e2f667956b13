// Row shapes of the registry's tables, one per table, as knex returns them (dates 'YYYY-MM-DD', timestamps Date, jsonb parsed).
import type {
  ConsentGrantor,
  ConsentScope,
  DiagnosisCategory,
  EmergencyHandling,
  FollowUpCondition,
  FollowUpMode,
  Insight,
  ManagementStatus,
  MedicationAdherence,
  RelapseHandler,
  SocialFunctionInput,
} from '../generated/resolvers-types.js';

export interface DbPatientRow {
  pid: string;
  /** Encrypted citizen ID, or null where the registry keeps none; never sent through the graph. */
  citizen_id_cipher: string | null;
  name: string;
  sex: 'M' | 'F';
  birth_date: string;
  county_code: string;
  guardian_name: string | null;
  registered_on: string;
  management_status: ManagementStatus;
  /** The day the management status last changed (registration while ACTIVE). */
  status_since: string;
  /** The grade of the latest risk assessment. */
  current_risk_grade: number;
  created_at: Date;
  updated_at: Date;
}

export interface DbDiagnosisRow {
  pid: string;
  category: DiagnosisCategory;
  icd10: string;
  diagnosed_on: string;
}

/** What recorded a risk grade: the registration, a follow-up visit or a relapse. */
export type RiskAssessmentSource = 'REGISTRATION' | 'FOLLOW_UP' | 'RELAPSE';

export interface DbRiskAssessmentRow {
  id: number;
  pid: string;
  assessed_on: string;
  grade: number;
  source: RiskAssessmentSource;
}

export interface DbFollowUpRow {
  id: number;
  pid: string;
  visit_date: string;
  mode: FollowUpMode;
  risk_grade: number;
  insight: Insight;
  social_function: SocialFunctionInput;
  medication_adherence: MedicationAdherence;
  adverse_reactions: boolean;
  hospitalized_since_last: boolean;
  condition: FollowUpCondition;
  next_due_on: string;
  symptoms_resolved: boolean;
  recorded_at: Date;
}

export interface DbHospitalizationRow {
  id: number;
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
  id: number;
  pid: string;
  occurred_on: string;
  risk_grade: number;
  handled_by: RelapseHandler;
  handling: EmergencyHandling;
  admitted: boolean;
  recorded_at: Date;
}

export interface DbConsentRow {
  id: number;
  pid: string;
  scope: ConsentScope;
  granted_by: ConsentGrantor;
  granted_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
}
