// Vocational training: the courses of a region, and people's enrolments in them.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import type { DbTrainingCourseRow, DbTrainingEnrolmentRow } from './tables.js';

export interface TrainingCourseRecord {
  id: string;
  name: string;
  countyCode: string;
}

/** One person's enrolment in a course, with the course's name and county. */
export interface TrainingRecord {
  id: string;
  pid: string;
  courseId: string;
  course: string;
  countyCode: string;
  startedOn: string;
  completedOn: string | null;
}

const toCourse = (r: DbTrainingCourseRow): TrainingCourseRecord => ({ id: r.id, name: r.name, countyCode: r.county_code });

type EnrolmentRow = DbTrainingEnrolmentRow & { course: string; county_code: string };
export const toTrainingRecord = (r: EnrolmentRow): TrainingRecord => ({
  id: String(r.id),
  pid: r.pid,
  courseId: r.course_id,
  course: r.course,
  countyCode: r.county_code,
  startedOn: r.started_on,
  completedOn: r.completed_on,
});

export async function courseById(db: Db, id: string): Promise<TrainingCourseRecord | null> {
  const row: DbTrainingCourseRow | undefined = await db('training_course').select('id', 'name', 'county_code').where({ id }).first();
  return row ? toCourse(row) : null;
}

/** A page of a region's courses in id order (index training_course_county_prefix_idx). */
export async function listCourses(db: Db, page: { countyPrefix: string; afterId: string | null; limit: number }): Promise<TrainingCourseRecord[]> {
  const query = db('training_course').select('id', 'name', 'county_code').where('county_code', 'like', `${page.countyPrefix}%`).orderBy('id').limit(page.limit);
  if (page.afterId !== null) query.where('id', '>', page.afterId);
  return ((await query) as DbTrainingCourseRow[]).map(toCourse);
}

export async function insertCourse(db: Db, course: Omit<TrainingCourseRecord, 'id'>): Promise<TrainingCourseRecord> {
  const [row] = (await db('training_course')
    .insert({ id: randomUUID(), name: course.name, county_code: course.countyCode })
    .returning(['id', 'name', 'county_code'])) as DbTrainingCourseRow[];
  return toCourse(row!);
}

const ENROLMENT_COLUMNS = ['e.id', 'e.pid', 'e.course_id', 'e.started_on', 'e.completed_on', 'c.name as course', 'c.county_code'];

/** The enrolment, locked for this transaction. */
export async function enrolmentForUpdate(db: Db, id: number): Promise<TrainingRecord | null> {
  const row: EnrolmentRow | undefined = await db('training_enrolment as e')
    .join('training_course as c', 'c.id', 'e.course_id')
    .select(ENROLMENT_COLUMNS)
    .where('e.id', id)
    .forUpdate('e')
    .first();
  return row ? toTrainingRecord(row) : null;
}

/** True when the person is enrolled in the course and has not completed it. */
export async function openEnrolmentExists(db: Db, pid: string, courseId: string): Promise<boolean> {
  return (await db('training_enrolment').where({ pid, course_id: courseId }).whereNull('completed_on').first('id')) !== undefined;
}

export async function insertEnrolment(db: Db, enrolment: { pid: string; courseId: string; startedOn: string }): Promise<void> {
  await db('training_enrolment').insert({ pid: enrolment.pid, course_id: enrolment.courseId, started_on: enrolment.startedOn });
}

export async function markCompleted(db: Db, id: number, completedOn: string): Promise<void> {
  await db('training_enrolment').where({ id }).update({ completed_on: completedOn });
}
