// SUBMITTED referrals the transition bench reviews, written straight into the welfare database before each run and removed after the bench.
import { withClient } from './bench-databases.js';

/**
 * Bench referrals carry ids of their own (a UUID whose first group is this), so that what an
 * interrupted bench left behind is found and removed, and real cases are never touched.
 */
const ID_PREFIX = 'bbbbbbbb';

const idOf = (batch: number, index: number): string =>
  `${ID_PREFIX}-${(batch % 0x10000).toString(16).padStart(4, '0')}-4000-8000-${index.toString(16).padStart(12, '0')}`;

export interface ReviewPool {
  /** The request bodies' inputs, one per referral. */
  referralIds: string[];
}

/**
 * `count` new SUBMITTED referrals at version 1, each with its first history row, as
 * submitReferral writes them, for people of the province (in turn).
 */
export async function insertReviewPool(
  welfareUrl: string,
  batch: number,
  count: number,
  people: readonly { pid: string; countyCode: string }[],
): Promise<ReviewPool> {
  if (people.length === 0) throw new Error('the transition bench needs people to refer');
  const ids = Array.from({ length: count }, (_, index) => idOf(batch, index));
  const chosen = ids.map((_, index) => people[index % people.length]!);
  await withClient(welfareUrl, async (client) => {
    await client.query('begin');
    await client.query(
      `insert into referral (id, pid, channel, status, version, county_code, submitted_at, updated_at)
       select id, pid, 'VOLUNTARY_APPLICATION', 'SUBMITTED', 1, county_code, now(), now() from unnest($1::text[], $2::text[], $3::text[]) as u(id, pid, county_code)`,
      [ids, chosen.map((p) => p.pid), chosen.map((p) => p.countyCode)],
    );
    await client.query(
      `insert into referral_transition (referral_id, from_status, to_status, at, actor_role, actor_id)
       select id, null, 'SUBMITTED', now(), 'SOCIAL_WORKER', 'bench' from unnest($1::text[]) as u(id)`,
      [ids],
    );
    await client.query('commit');
  });
  return { referralIds: ids };
}

/** How many of these referrals really moved to REGISTERED at version 2 with their history row. */
export async function reviewedCount(welfareUrl: string, referralIds: readonly string[]): Promise<number> {
  const { rows } = await withClient(welfareUrl, (client) =>
    client.query<{ reviewed: number }>(
      `select count(*)::int as reviewed from referral r
        where r.id = any($1) and r.status = 'REGISTERED' and r.version = 2 and r.reviewed_at is not null
          and exists (select 1 from referral_transition t where t.referral_id = r.id and t.from_status = 'SUBMITTED' and t.to_status = 'REGISTERED')`,
      [referralIds],
    ),
  );
  return rows[0]?.reviewed ?? 0;
}

/** Removes every bench referral (history and other case rows go with them); the audit rows stay, as the audit log is append-only. */
export async function removeReviewPools(welfareUrl: string): Promise<number> {
  return withClient(welfareUrl, async (client) => {
    const { rowCount } = await client.query(`delete from referral where id like '${ID_PREFIX}-%'`);
    return rowCount ?? 0;
  });
}
