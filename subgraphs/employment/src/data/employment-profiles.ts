// A person's employment profile: placements, trainings, referrals and recommendations, read together in one statement.
import type { Db } from '../../../shared/src/db.js';
import { PreparedStatement } from '../../../shared/src/prepared.js';
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

interface DbProfileRow {
  pid: string;
  placements: Omit<DbPlacementRow, 'employer_name'>[];
  trainings: (DbTrainingEnrolmentRow & { course: string; county_code: string })[];
  referrals: JsonReferralRow[];
  recommendations: DbJobRecommendationRow[];
}

const instant = (text: string | null): Date | null => (text === null ? null : new Date(text));

/** Each list as a JSON array, newest first, of the rows in the caller's region (the pid indexes of the four tables). */
const LIST_SQL = (columns: string, from: string, order: string) =>
  `coalesce((select json_agg(x order by ${order}) from (select ${columns} from ${from}) x), '[]'::json)`;

/** The statement of employmentProfilesByPids: a row per pid, its four lists as JSON (prepared once per connection). */
const PROFILES = new PreparedStatement(
  `select p.pid,
            ${LIST_SQL(PLACEMENT_COLUMNS.join(', '), 'placement where pid = p.pid and county_code like ?', 'x.started_on desc, x.id desc')} as placements,
            ${LIST_SQL(
              'e.id, e.pid, e.course_id, e.started_on, e.completed_on, c.name as course, c.county_code',
              'training_enrolment e join training_course c on c.id = e.course_id where e.pid = p.pid and c.county_code like ?',
              'x.started_on desc, x.id desc',
            )} as trainings,
            ${LIST_SQL(REFERRAL_COLUMNS.join(', '), 'employment_referral where pid = p.pid and county_code like ?', 'x.received_at desc, x.id desc')} as referrals,
            ${LIST_SQL('id, pid, employer_id, position, recommended_on, county_code', 'job_recommendation where pid = p.pid and county_code like ?', 'x.recommended_on desc, x.id desc')} as recommendations
       from unnest(?::text[]) as p(pid)`,
);

/**
 * The profiles of these people in the caller's region, in one statement however many people
 * (a profile is shown with its lists). A person who used none of the services in the region
 * has no profile (null).
 */
export async function employmentProfilesByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<(EmploymentProfileRecord | null)[]> {
  const like = `${countyPrefix}%`;
  const rows = (await PROFILES.rows(db, [like, like, like, like, pids])) as unknown as DbProfileRow[];
  const byPid = new Map(rows.map((row) => [row.pid, row]));
  return pids.map((pid) => {
    const row = byPid.get(pid);
    if (!row || row.placements.length + row.trainings.length + row.referrals.length + row.recommendations.length === 0) return null;
    return {
      pid,
      placements: row.placements.map(toPlacementRecord),
      trainings: row.trainings.map(toTrainingRecord),
      referrals: row.referrals.map((r) =>
        toReferralRecord({ ...r, handed_over_at: instant(r.handed_over_at)!, received_at: instant(r.received_at)!, answered_at: instant(r.answered_at), answer_delivered_at: instant(r.answer_delivered_at) }),
      ),
      recommendations: row.recommendations.map(toRecommendationRecord),
    };
  });
}
