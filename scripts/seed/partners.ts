// Demo data for partner agencies' subgraphs: each partner's own `src/seed.ts` writes its rows for the
// registry's demo people, after the founders' demo data exists. A partner added later is filled on
// the next start, without touching the founders' data.
import type { Knex } from 'knex';
import type { SubgraphName } from '#platform/config/agencies.js';
import { type DemoPerson, loadDemoSeed } from '#platform/server/subgraph-modules.js';
import { DEFAULT_TODAY } from './context.js';

/** The registry's demo people, in pid order. */
export async function demoPeople(registry: Knex): Promise<DemoPerson[]> {
  const rows: { pid: string; county_code: string; current_risk_grade: number; registered_on: string; management_status: string }[] = await registry('patient')
    .select('pid', 'county_code', 'current_risk_grade', registry.raw(`to_char(registered_on, 'YYYY-MM-DD') as registered_on`), 'management_status')
    .orderBy('pid');
  return rows.map((row) => ({
    pid: row.pid,
    countyCode: row.county_code,
    riskGrade: Number(row.current_risk_grade),
    registeredOn: row.registered_on,
    managementStatus: row.management_status,
  }));
}

export interface PartnerSeedOptions {
  seed: number;
  /** Empty the partner's demo tables first. */
  reset?: boolean;
}

/** Seeds every partner database whose demo tables are empty; returns rows written per partner and table. */
export async function seedPartners(
  registry: Knex,
  partners: Record<SubgraphName, Knex>,
  options: PartnerSeedOptions,
): Promise<Record<SubgraphName, Record<string, number>>> {
  const written: Record<SubgraphName, Record<string, number>> = {};
  let people: DemoPerson[] | undefined;
  for (const [name, db] of Object.entries(partners)) {
    const module = await loadDemoSeed(name);
    if (!module) continue;
    if (options.reset) {
      await db.transaction(async (trx) => {
        for (const table of [...module.demoTables].reverse()) await trx(table).delete();
      });
    } else if (await hasRows(db, module.demoTables)) {
      continue;
    }
    people ??= await demoPeople(registry);
    written[name] = await module.seedDemo(db, people, { seed: options.seed, today: DEFAULT_TODAY });
  }
  return written;
}

async function hasRows(db: Knex, tables: readonly string[]): Promise<boolean> {
  for (const table of tables) if (await db(table).first(db.raw('1 as one'))) return true;
  return false;
}
