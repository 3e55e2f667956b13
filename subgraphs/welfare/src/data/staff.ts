// Staff of community rehabilitation institutions and their training hours per year.
import type { Db } from '#platform/database/db.js';
import type { StaffRole } from '../generated/resolvers-types.js';
import type { DbInstitutionStaffRow } from './tables.js';

export interface StaffRecord {
  id: string;
  institutionId: string;
  role: StaffRole;
  qualified: boolean;
  /** Works directly with recipients: the action asks for at least 20 training hours a year. */
  directService: boolean;
}

export interface TrainingRecord {
  staffId: string;
  year: number;
  hours: number;
}

type StaffRow = Omit<DbInstitutionStaffRow, 'created_at'>;

const STAFF_COLUMNS = ['id', 'institution_id', 'role', 'qualified', 'direct_service'] as const;

const toRecord = (r: StaffRow): StaffRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  role: r.role,
  qualified: r.qualified,
  directService: r.direct_service,
});

/** Staff of these institutions, in the order they joined. */
export async function staffByInstitutionIds(db: Db, institutionIds: readonly string[]): Promise<StaffRecord[]> {
  const rows: StaffRow[] = await db('institution_staff')
    .select(...STAFF_COLUMNS)
    .whereRaw('institution_id = any(?)', [institutionIds as string[]])
    .orderBy([{ column: 'created_at' }, { column: 'id' }]);
  return rows.map(toRecord);
}

/** One staff member; null when unknown. */
export async function staffById(db: Db, id: string): Promise<StaffRecord | null> {
  const row: StaffRow | undefined = await db('institution_staff')
    .select(...STAFF_COLUMNS)
    .where({ id })
    .first();
  return row ? toRecord(row) : null;
}

export async function insertStaff(db: Db, staff: StaffRecord): Promise<void> {
  await db('institution_staff').insert({
    id: staff.id,
    institution_id: staff.institutionId,
    role: staff.role,
    qualified: staff.qualified,
    direct_service: staff.directService,
  });
}

/** Adds hours to the staff member's year: the first record of a year inserts, later ones add up. */
export async function addTrainingHours(db: Db, training: TrainingRecord): Promise<void> {
  await db.raw(
    `insert into staff_training (staff_id, year, hours) values (?, ?, ?)
     on conflict (staff_id, year) do update set hours = staff_training.hours + excluded.hours`,
    [training.staffId, training.year, training.hours],
  );
}

/** Hours of each (staff, year) asked for, in one statement; a pair without a row is absent. */
export async function trainingHours(db: Db, keys: readonly { staffId: string; year: number }[]): Promise<TrainingRecord[]> {
  const rows: { staff_id: string; year: number; hours: number }[] = await db('staff_training')
    .select('staff_id', 'year', 'hours')
    .whereRaw('staff_id = any(?)', [[...new Set(keys.map((k) => k.staffId))]])
    .whereRaw('year = any(?::int[])', [[...new Set(keys.map((k) => k.year))]]);
  return rows.map((r) => ({ staffId: r.staff_id, year: r.year, hours: r.hours }));
}
