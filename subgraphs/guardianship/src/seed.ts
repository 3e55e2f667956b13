// Demo data: a first-contact entry for one demo person in three, on the day the registry registered them.
import type { Knex } from 'knex';
import type { DemoPerson } from '../../shared/src/subgraph-modules.js';

export const demoTables = ['guardianship_entry'] as const;

export async function seedDemo(db: Knex, people: readonly DemoPerson[], options: { seed: number; today: string }): Promise<Record<string, number>> {
  const rows = people
    .filter((_person, index) => (index + options.seed) % 3 === 0)
    .map((person) => ({ pid: person.pid, county_code: person.countyCode, kind: 'FIRST_CONTACT', recorded_on: person.registeredOn, created_at: `${options.today}T09:00:00+08:00` }));
  await db.transaction(async (trx) => {
    for (let start = 0; start < rows.length; start += 1000) await trx('guardianship_entry').insert(rows.slice(start, start + 1000));
  });
  return { guardianship_entry: rows.length };
}
