// Floor of `person(pid) { journey { at source kind summary } }`: one statement per agency's database, run side by side, merged here.
//
// The rows are turned into events by the agencies' own pure rules (journey-events.ts of each
// subgraph, mergeJourney), so the answer is the one the graph gives; what the floor leaves out
// is GraphQL, HTTP between servers, token checks and the read audit.
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix, inScope } from '#platform/access/region-scope.js';
import { type JourneyEventRecord, mergeJourney } from '#platform/graphql/journey.js';
import { formatDateTime } from '#platform/graphql/scalars.js';
import type { TimestampsAsText } from '#platform/database/timestamps-as-text.js';
import { employmentProfileFor, readsCertificate, readsEmployment } from '../../subgraphs/employment/src/domain/readers.js';
import type { CertificateRecord } from '../../subgraphs/employment/src/data/certificates.js';
import type { EmploymentProfileRecord } from '../../subgraphs/employment/src/data/employment-profiles.js';
import { toPlacementRecord } from '../../subgraphs/employment/src/data/placements.js';
import { toRecommendationRecord } from '../../subgraphs/employment/src/data/recommendations.js';
import { toReferralRecord as toEmploymentReferralRecord } from '../../subgraphs/employment/src/data/referrals.js';
import type { DbEmploymentReferralRow, DbJobRecommendationRow, DbPlacementRow, DbTrainingEnrolmentRow } from '../../subgraphs/employment/src/data/tables.js';
import { toTrainingRecord } from '../../subgraphs/employment/src/data/training.js';
import { employmentEvents } from '../../subgraphs/employment/src/data/journey-events.js';
import { toConsentRecord as toRegistryConsentRecord } from '../../subgraphs/registry/src/data/consents.js';
import { toFollowUpRecord } from '../../subgraphs/registry/src/data/follow-ups.js';
import { toHospitalizationRecord } from '../../subgraphs/registry/src/data/hospitalizations.js';
import { toPatientRecord } from '../../subgraphs/registry/src/data/patients.js';
import type { ReferralUploadRecord } from '../../subgraphs/registry/src/data/referral-uploads.js';
import { GREEN_CHANNEL_ADMISSION_DAYS, type RelapseRow, toRelapseRecord } from '../../subgraphs/registry/src/data/risk-history.js';
import { registryEvents } from '../../subgraphs/registry/src/data/journey-events.js';
import { readsBenefits, readsCaseDetail, readsReferrals } from '../../subgraphs/welfare/src/domain/readers.js';
import { toBenefitRecord } from '../../subgraphs/welfare/src/data/benefits.js';
import { toConsentRecord as toCaseConsentRecord, toTransitionRecord } from '../../subgraphs/welfare/src/data/referrals.js';
import { toAgreementRecord, toAssessmentRecord, toServiceRecord } from '../../subgraphs/welfare/src/data/workflow.js';
import { benefitEvents, caseEvents } from '../../subgraphs/welfare/src/data/journey-events.js';
import type { DbConsentRow, DbDiagnosisRow, DbFollowUpRow, DbHospitalizationRow, DbPatientRow } from '../../subgraphs/registry/src/data/tables.js';
import type {
  DbBenefitRow,
  DbReferralAssessmentRow,
  DbReferralConsentRow,
  DbReferralTransitionRow,
  DbServiceAgreementRow,
  DbServiceRecordRow,
} from '../../subgraphs/welfare/src/data/tables.js';
import type { ConsentGrantor } from '../../subgraphs/registry/src/domain/upload-consent.js';
import { registryRecordVisible, requireRegionOnlyScope } from './access.js';
import type { FloorPools } from './pools.js';

/** As the registry's journey: at most this many follow-ups, newest first; the platform's services per case likewise. */
const FOLLOW_UPS = 500;
const SERVICES_PER_CASE = 500;

const REGISTRY_SQL = `
  select p.pid, p.name, p.sex, p.birth_date, p.guardian_name is not null as has_guardian, p.status_since, p.county_code,
         p.registered_on, p.management_status, p.current_risk_grade, d.category, d.icd10, d.diagnosed_on,
         coalesce(array(select distinct c.granted_by from consent c where c.pid = p.pid and c.scope = 'REFERRAL_UPLOAD' and c.revoked_at is null), '{}') as upload_consent_grantors,
         coalesce((select json_agg(f order by f.visit_date desc, f.id desc) from (
           select id, visit_date, mode, risk_grade, condition, insight, medication_adherence, adverse_reactions, hospitalized_since_last, next_due_on
             from follow_up where pid = p.pid order by visit_date desc, id desc limit ${FOLLOW_UPS}) f), '[]') as follow_ups,
         coalesce((select json_agg(h order by h.admitted_on desc, h.id desc) from (
           select id, admitted_on, discharged_on, recommends_community_rehab, assessed_on, willing_to_work, able_to_work, needs_support
             from hospitalization where pid = p.pid) h), '[]') as stays,
         coalesce((select json_agg(r order by r.occurred_on desc, r.known_at desc) from (
           select occurred_on, risk_grade, handled_by, handling, admitted, 'REGISTRY' as source, null::text as hospital_code, recorded_at as known_at
             from relapse where pid = p.pid
           union all
           select g.referred_on, null, 'HOSPITAL', null,
                  exists (select 1 from hospitalization h where h.pid = g.pid and h.admitted_on between g.referred_on and g.referred_on + ${GREEN_CHANNEL_ADMISSION_DAYS}),
                  'GREEN_CHANNEL', g.hospital_code, g.received_at
             from green_channel_relapse g where g.pid = p.pid) r), '[]') as relapses,
         coalesce((select json_agg(c order by c.granted_at desc, c.id desc) from (
           select id, scope, granted_by, granted_at, revoked_at from consent where pid = p.pid) c), '[]') as consents,
         coalesce((select json_agg(u order by u.uploaded_at desc, u.id desc) from (
           select id, county_code, recommends_community_rehab, uploaded_at, status from referral_upload where pid = p.pid) u), '[]') as uploads
    from patient p join diagnosis d on d.pid = p.pid
   where p.pid = $1`;

const WELFARE_SQL = `
  select coalesce((select json_agg(json_build_object(
           'transitions', coalesce((select json_agg(t order by t.at, t.id) from (
              select id, from_status, to_status, at, actor_role, reason from referral_transition where referral_id = r.id) t), '[]'),
           'consents', coalesce((select json_agg(c order by c.granted_at, c.id) from (
              select id, scope, granted_by, granted_at, revoked_at from referral_consent where referral_id = r.id) c), '[]'),
           'agreement', case when $3 then (select json_build_object('signed_on', a.signed_on, 'signed_by', a.signed_by, 'service_forms', a.service_forms)
              from service_agreement a where a.referral_id = r.id) end,
           'assessments', case when $3 then coalesce((select json_agg(x order by x.assessed_on, x.id) from (
              select id, kind, assessed_on, effect, recommended_forms from referral_assessment where referral_id = r.id) x), '[]') else '[]' end,
           'services', case when $3 then coalesce((select json_agg(s order by s.service_date desc, s.id desc) from (
              select id, service_date, service_form, duration_minutes, staff_id from service_record where referral_id = r.id
               order by service_date desc, id desc limit ${SERVICES_PER_CASE}) s), '[]') else '[]' end
         ) order by r.submitted_at desc, r.id desc) from referral r where r.pid = $1 and r.county_code like $2), '[]') as cases,
         coalesce((select json_agg(b order by b.started_on desc, b.id desc) from (
           select id, kind, county_code, started_on, ended_on, monthly_amount_cents from benefit where pid = $1 and county_code like $2) b), '[]') as benefits`;

const EMPLOYMENT_SQL = `
  select (select json_build_object('category', category, 'grade', grade, 'issued_on', issued_on, 'county_code', county_code)
            from disability_certificate where pid = $1 and coalesce(county_code, '') like $2) as certificate,
         coalesce((select json_agg(x order by x.started_on desc, x.id desc) from (
           select id, pid, kind, employer_id, county_code, started_on, ended_on, full_time, job_coach, referral_id
             from placement where pid = $1 and county_code like $2) x), '[]') as placements,
         coalesce((select json_agg(x order by x.started_on desc, x.id desc) from (
           select e.id, e.pid, e.course_id, e.started_on, e.completed_on, c.name as course, c.county_code
             from training_enrolment e join training_course c on c.id = e.course_id where e.pid = $1 and c.county_code like $2) x), '[]') as trainings,
         coalesce((select json_agg(x order by x.received_at desc, x.id desc) from (
           select id, pid, county_code, outcome, willing_to_work, able_to_work, needs_support, handed_over_at, received_at, status, answered_at, decline_reason, answer_delivered_at
             from employment_referral where pid = $1 and county_code like $2) x), '[]') as referrals,
         coalesce((select json_agg(x order by x.recommended_on desc, x.id desc) from (
           select id, pid, employer_id, position, recommended_on, county_code from job_recommendation where pid = $1 and county_code like $2) x), '[]') as recommendations`;

/** The patient with its diagnosis and, as json_agg hands them over, its records. */
type RegistryRow = Pick<
  DbPatientRow,
  'pid' | 'name' | 'sex' | 'birth_date' | 'status_since' | 'county_code' | 'registered_on' | 'management_status' | 'current_risk_grade'
> &
  Pick<DbDiagnosisRow, 'category' | 'icd10' | 'diagnosed_on'> & {
    has_guardian: boolean;
    upload_consent_grantors: ConsentGrantor[];
    follow_ups: Omit<DbFollowUpRow, 'pid' | 'social_function' | 'symptoms_resolved' | 'recorded_at'>[];
    stays: Omit<DbHospitalizationRow, 'pid' | 'hospital_name'>[];
    relapses: Omit<RelapseRow, 'pid'>[];
    consents: TimestampsAsText<Pick<DbConsentRow, 'id' | 'scope' | 'granted_by' | 'granted_at' | 'revoked_at'>>[];
    uploads: { id: string; county_code: string; recommends_community_rehab: boolean; uploaded_at: string; status: ReferralUploadRecord['status'] }[];
  };

interface WelfareRow {
  cases: {
    transitions: TimestampsAsText<Pick<DbReferralTransitionRow, 'from_status' | 'to_status' | 'at' | 'actor_role' | 'reason'>>[];
    consents: TimestampsAsText<Pick<DbReferralConsentRow, 'scope' | 'granted_by' | 'granted_at' | 'revoked_at'>>[];
    agreement: Pick<DbServiceAgreementRow, 'signed_on' | 'signed_by' | 'service_forms'> | null;
    assessments: Pick<DbReferralAssessmentRow, 'kind' | 'assessed_on' | 'effect' | 'recommended_forms'>[];
    services: Pick<DbServiceRecordRow, 'id' | 'service_date' | 'service_form' | 'duration_minutes' | 'staff_id'>[];
  }[];
  benefits: Omit<DbBenefitRow, 'pid'>[];
}

type JsonReferralRow = TimestampsAsText<Omit<DbEmploymentReferralRow, 'referral_id' | 'answered_by'>>;

interface EmploymentRow {
  certificate: { category: CertificateRecord['category']; grade: number; issued_on: string; county_code: string | null } | null;
  placements: Omit<DbPlacementRow, 'employer_name'>[];
  trainings: (DbTrainingEnrolmentRow & { course: string; county_code: string })[];
  referrals: JsonReferralRow[];
  recommendations: DbJobRecommendationRow[];
}

const instant = (text: string): Date => new Date(text);
const maybeInstant = (text: string | null): Date | null => (text === null ? null : new Date(text));

function registryOwnEvents(row: RegistryRow): JourneyEventRecord[] {
  const pid = row.pid;
  const uploads: ReferralUploadRecord[] = row.uploads.map((u) => ({
    id: u.id,
    pid,
    countyCode: u.county_code,
    recommendsCommunityRehab: u.recommends_community_rehab,
    uploadedAt: instant(u.uploaded_at),
    status: u.status,
    // The journey's events do not show what became of the platform's case.
    platformStatus: null,
    platformStatusAt: null,
    hospitalCode: null,
  }));
  return registryEvents({
    patient: toPatientRecord(row),
    followUps: row.follow_ups.map((f) => toFollowUpRecord({ ...f, pid })),
    hospitalizations: row.stays.map((h) => toHospitalizationRecord({ ...h, pid })),
    relapses: row.relapses.map((r) => toRelapseRecord({ ...r, pid })),
    consents: row.consents.map((c) => toRegistryConsentRecord({ ...c, pid, granted_at: instant(c.granted_at), revoked_at: maybeInstant(c.revoked_at) })),
    uploads,
  });
}

function welfareEvents(row: WelfareRow, pid: string, caller: Caller): JourneyEventRecord[] {
  const events: JourneyEventRecord[] = [];
  if (readsReferrals(caller)) {
    for (const [index, c] of row.cases.entries()) {
      const referral_id = String(index);
      events.push(
        ...caseEvents({
          transitions: c.transitions.map((t) => toTransitionRecord({ ...t, referral_id, at: instant(t.at) })),
          consents: c.consents.map((k) =>
            toCaseConsentRecord({ ...k, referral_id, granted_at: instant(k.granted_at), revoked_at: maybeInstant(k.revoked_at) }),
          ),
          agreement: c.agreement && toAgreementRecord({ ...c.agreement, referral_id }),
          // The journey shows no assessment dimensions: the floor does not read them.
          assessments: c.assessments.map((a) => toAssessmentRecord({ ...a, referral_id, ...NO_DIMENSIONS })),
          services: c.services.map((s) => toServiceRecord({ ...s, referral_id })),
        }),
      );
    }
  }
  if (readsBenefits(caller)) events.push(...benefitEvents(row.benefits.map((b) => toBenefitRecord({ ...b, pid }))));
  return events;
}

function federationEvents(row: EmploymentRow, pid: string, caller: Caller): JourneyEventRecord[] {
  const certificate: CertificateRecord | null =
    readsCertificate(caller) && row.certificate
      ? { pid, category: row.certificate.category, grade: row.certificate.grade, issuedOn: row.certificate.issued_on, countyCode: row.certificate.county_code }
      : null;
  const used = row.placements.length + row.trainings.length + row.referrals.length + row.recommendations.length > 0;
  const profile: EmploymentProfileRecord | null = employmentProfileFor(
    caller,
    readsEmployment(caller) && used
      ? {
          pid,
          placements: row.placements.map(toPlacementRecord),
          trainings: row.trainings.map(toTrainingRecord),
          referrals: row.referrals.map((r) =>
            toEmploymentReferralRecord({
              ...r,
              handed_over_at: instant(r.handed_over_at),
              received_at: instant(r.received_at),
              answered_at: maybeInstant(r.answered_at),
              answer_delivered_at: maybeInstant(r.answer_delivered_at),
            }),
          ),
          recommendations: row.recommendations.map(toRecommendationRecord),
        }
      : null,
  );
  return employmentEvents(certificate, profile);
}

/** Another agency's events as they reach the registry through the gateway: instants written to the second (DateTime's format). */
const overTheWire = (events: JourneyEventRecord[]): JourneyEventRecord[] => events.map((event) => ({ ...event, at: new Date(formatDateTime(event.at)) }));

const NO_DIMENSIONS = { illness_stable: null, self_care: null, social_function: null, willing_to_work: null, able_to_work: null };

export interface JourneyAnswer {
  person: { journey: { at: string; source: string; kind: string; summary: string }[] } | null;
}

export async function journeyFloor(pools: FloorPools, caller: Caller, pid: string): Promise<JourneyAnswer> {
  requireRegionOnlyScope(caller);
  const prefix = `${callerPrefix(caller)}%`;
  const [registry, welfare, employment] = await Promise.all([
    pools.registry.query<RegistryRow>(REGISTRY_SQL, [pid]),
    pools.welfare.query<WelfareRow>(WELFARE_SQL, [pid, prefix, readsCaseDetail(caller)]),
    pools.employment.query<EmploymentRow>(EMPLOYMENT_SQL, [pid, prefix]),
  ]);
  const patient = registry.rows[0];
  // The registry is the master index: outside the caller's region a person does not exist.
  if (!patient || !inScope(caller, patient.county_code)) return { person: null };
  const own = registryRecordVisible(caller, patient.upload_consent_grantors, patient.has_guardian) ? registryOwnEvents(patient) : [];
  const events = mergeJourney(
    [own, overTheWire(welfareEvents(welfare.rows[0]!, pid, caller)), overTheWire(federationEvents(employment.rows[0]!, pid, caller))],
    { since: null, until: null, sources: null },
  );
  return { person: { journey: events.map((event) => ({ at: formatDateTime(event.at), source: event.source, kind: event.kind, summary: event.summary })) } };
}
