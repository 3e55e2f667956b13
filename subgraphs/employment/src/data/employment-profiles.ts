// A person's certificate and employment profile (placements, trainings, referrals, recommendations), read together in one statement.
import type { Db } from '#platform/database/db.js';
import { PreparedStatement } from '#platform/database/prepared.js';
import { CERTIFICATE_COLUMNS, type CertificateRecord, type CertificateRow, toCertificateRecord } from './certificates.js';
import { PLACEMENT_COLUMNS, type PlacementRecord, toPlacementRecord } from './placements.js';
import { type RecommendationRecord, toRecommendationRecord } from './recommendations.js';
import { type EmploymentReferralRecord, REFERRAL_COLUMNS, toReferralRecord } from './referrals.js';
import type { DbEmploymentReferralRow, DbJobRecommendationRow, DbPlacementRow, DbTrainingEnrolmentRow } from './tables.js';
import { toTrainingRecord, type TrainingRecord } from './training.js';

export interface EmploymentProfileRecord {
  pid: string;
  /** Each list newest first. */
  placements: PlacementRecord[];
  trainings: TrainingRecord[];
  referrals: EmploymentReferralRecord[];
  recommendations: RecommendationRecord[];
}

/** Timestamps arrive as JSON text; the records hold them as instants. */
type JsonReferralRow = Omit<DbEmploymentReferralRow, 'handed_over_at' | 'received_at' | 'answered_at' | 'answer_delivered_at'> & {
  handed_over_at: string;
  received_at: string;
  answered_at: string | null;
  answer_delivered_at: string | null;
};

/** A row of the statement: the lists asked for. */
interface DbPeopleRow {
  pid: string;
  certificates?: CertificateRow[];
  placements?: Omit<DbPlacementRow, 'employer_name'>[];
  trainings?: (DbTrainingEnrolmentRow & { course: string; county_code: string })[];
  referrals?: JsonReferralRow[];
  recommendations?: DbJobRecommendationRow[];
}

const instant = (text: string | null): Date | null => (text === null ? null : new Date(text));

/** Each list as a JSON array, newest first, of the rows in the caller's region (the pid indexes of the four tables). */
const LIST_SQL = (columns: string, from: string, order: string) =>
  `coalesce((select json_agg(x order by ${order}) from (select ${columns} from ${from}) x), '[]'::json)`;

/** The four lists of a profile, each a JSON column, with one `like ?` binding each. */
const PROFILE_COLUMNS = `${LIST_SQL(PLACEMENT_COLUMNS.join(', '), 'placement where pid = p.pid and county_code like ?', 'x.started_on desc, x.id desc')} as placements,
            ${LIST_SQL(
              'e.id, e.pid, e.course_id, e.started_on, e.completed_on, c.name as course, c.county_code',
              'training_enrolment e join training_course c on c.id = e.course_id where e.pid = p.pid and c.county_code like ?',
              'x.started_on desc, x.id desc',
            )} as trainings,
            ${LIST_SQL(REFERRAL_COLUMNS.join(', '), 'employment_referral where pid = p.pid and county_code like ?', 'x.received_at desc, x.id desc')} as referrals,
            ${LIST_SQL('id, pid, employer_id, position, recommended_on, county_code', 'job_recommendation where pid = p.pid and county_code like ?', 'x.recommended_on desc, x.id desc')} as recommendations`;

/** The certificates issued in the region (at most one a person), a JSON column with one `like ?` binding. */
const CERTIFICATE_COLUMN = `${LIST_SQL(CERTIFICATE_COLUMNS.join(', '), "disability_certificate where pid = p.pid and coalesce(county_code, '') like ?", 'x.issued_on')} as certificates`;

/** What a request asks of these people: their certificates, their profiles, or both in one statement. */
export interface PeopleRecordsWanted {
  certificates: boolean;
  profiles: boolean;
}

const statementFor = (wanted: PeopleRecordsWanted): PreparedStatement =>
  new PreparedStatement(
    `select p.pid, ${[wanted.certificates ? CERTIFICATE_COLUMN : null, wanted.profiles ? PROFILE_COLUMNS : null].filter((c) => c !== null).join(',\n            ')}
       from unnest(?::text[]) as p(pid)`,
  );
const STATEMENTS = {
  certificates: statementFor({ certificates: true, profiles: false }),
  profiles: statementFor({ certificates: false, profiles: true }),
  both: statementFor({ certificates: true, profiles: true }),
};

export interface PeopleRecords {
  /** Null where not asked or not held in the region. */
  certificate: CertificateRecord | null;
  /** Null where not asked, or where the person used none of the services in the region. */
  profile: EmploymentProfileRecord | null;
}

/**
 * The certificates and/or the employment profiles of these people in the caller's region, in
 * one statement however many people. A person who used none of the services in the region
 * has no profile (null).
 */
export async function peopleRecordsByPids(db: Db, countyPrefix: string, pids: readonly string[], wanted: PeopleRecordsWanted): Promise<PeopleRecords[]> {
  if (!wanted.certificates && !wanted.profiles) return pids.map(() => ({ certificate: null, profile: null }));
  const like = `${countyPrefix}%`;
  const statement = wanted.certificates && wanted.profiles ? STATEMENTS.both : wanted.certificates ? STATEMENTS.certificates : STATEMENTS.profiles;
  const bindings = [...(wanted.certificates ? [like] : []), ...(wanted.profiles ? [like, like, like, like] : []), pids];
  const rows = (await statement.rows(db, bindings)) as unknown as DbPeopleRow[];
  const byPid = new Map(rows.map((row) => [row.pid, row]));
  return pids.map((pid) => {
    const row = byPid.get(pid);
    return {
      certificate: wanted.certificates ? (row?.certificates?.map(toCertificateRecord).at(-1) ?? null) : null,
      profile: wanted.profiles && row ? profileOf(row) : null,
    };
  });
}

function profileOf(row: DbPeopleRow): EmploymentProfileRecord | null {
  const { placements = [], trainings = [], referrals = [], recommendations = [] } = row;
  if (placements.length + trainings.length + referrals.length + recommendations.length === 0) return null;
  return {
    pid: row.pid,
    placements: placements.map(toPlacementRecord),
    trainings: trainings.map(toTrainingRecord),
    referrals: referrals.map((r) =>
      toReferralRecord({
        ...r,
        handed_over_at: instant(r.handed_over_at)!,
        received_at: instant(r.received_at)!,
        answered_at: instant(r.answered_at),
        answer_delivered_at: instant(r.answer_delivered_at),
      }),
    ),
    recommendations: recommendations.map(toRecommendationRecord),
  };
}
