// DataLoaders of civil affairs' registers (staff, training, places taken), per request.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '#platform/identity/identity.js';
import { mapTo, mapToMany } from '#platform/database/batch.js';
import { placesTakenCounts } from './institutions.js';
import { staffByInstitutionIds, type StaffRecord, trainingHours } from './staff.js';

export interface StaffYear {
  staffId: string;
  year: number;
}

const staffYearKey = (key: StaffYear): string => `${key.staffId}\u0000${key.year}`;

// Institutions are public registers: nothing here depends on who asks.
export function createInstitutionLoaders(db: Knex, _caller: Caller) {
  return {
    placesTakenByInstitutionId: new DataLoader<string, number>(async (ids) =>
      mapTo(ids, await placesTakenCounts(db, ids), (r) => r.institutionId).map((r) => r?.count ?? 0),
    ),
    staffByInstitutionId: new DataLoader<string, StaffRecord[]>(async (ids) => mapToMany(ids, await staffByInstitutionIds(db, ids), (r) => r.institutionId)),
    /** Hours of a staff member in a year, 0 without a record. */
    trainingHoursByStaffYear: new DataLoader<StaffYear, number, string>(
      async (keys) => mapTo(keys.map(staffYearKey), await trainingHours(db, keys), staffYearKey).map((r) => r?.hours ?? 0),
      { cacheKeyFn: staffYearKey },
    ),
  };
}
