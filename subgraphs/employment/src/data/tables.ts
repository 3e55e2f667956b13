// Row shapes of the employment database, one per table, as knex returns them.
import type { DisabilityCategory, EmployerKind, EmploymentOutcome, EmploymentReferralStatus, PlacementKind } from '../generated/resolvers-types.js';

export interface DbDisabilityCertificateRow {
  pid: string;
  /** Keyed digest of the number; null for records migrated without one. */
  number_digest: string | null;
  category: DisabilityCategory;
  grade: number;
  issued_on: string;
  county_code: string | null;
}

export interface DbTrainingCourseRow {
  id: string;
  name: string;
  county_code: string;
}

export interface DbTrainingEnrolmentRow {
  id: number | string;
  pid: string;
  course_id: string;
  started_on: string;
  completed_on: string | null;
}

export interface DbEmployerRow {
  id: string;
  name: string;
  county_code: string;
  kind: EmployerKind;
  created_at: Date;
}

export interface DbJobRecommendationRow {
  id: number | string;
  pid: string;
  employer_id: string;
  position: string;
  recommended_on: string;
  county_code: string;
}

export interface DbPlacementRow {
  id: number | string;
  pid: string;
  kind: PlacementKind;
  employer_name: string;
  employer_id: string | null;
  county_code: string;
  started_on: string;
  ended_on: string | null;
  full_time: boolean;
  job_coach: string | null;
  referral_id: string | null;
}

export interface DbEmploymentReferralRow {
  id: string;
  referral_id: string;
  pid: string;
  county_code: string;
  outcome: EmploymentOutcome;
  willing_to_work: boolean;
  able_to_work: boolean;
  needs_support: boolean;
  handed_over_at: Date;
  received_at: Date;
  status: EmploymentReferralStatus;
  answered_at: Date | null;
  answered_by: string | null;
  decline_reason: string | null;
  answer_delivered_at: Date | null;
}
