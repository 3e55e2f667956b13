// Floor of reviewReferral REGISTER: the same writes as the welfare subgraph's transaction (state and version, history row, audit row) in one statement.
import { randomUUID } from 'node:crypto';
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix } from '#platform/access/region-scope.js';
import type { FloorPools } from './pools.js';

/**
 * One statement is one transaction: the update applies only to a SUBMITTED case at the
 * expected version in the caller's region (the row lock serialises concurrent reviews), and the
 * history and audit rows are written only when it does.
 */
const REVIEW_SQL = `
  with moved as (
    update referral
       set status = 'REGISTERED', version = version + 1, updated_at = now(), reviewed_at = now(), registered_at = coalesce(registered_at, now())
     where id = $1 and status = 'SUBMITTED' and version = $2 and county_code like $3
     returning id, pid, status, version
  ), history as (
    insert into referral_transition (referral_id, from_status, to_status, at, actor_role, actor_id, reason)
    select id, 'SUBMITTED', 'REGISTERED', now(), $4, $5, null from moved
  ), audit as (
    insert into audit_log (action, request_id, subject, role, purpose, pid, fields, operation_name)
    select 'WRITE', $6, $5, $4, $7, pid, array['referral', 'referral_transition'], 'Review' from moved
  )
  select id, status, version from moved`;

export interface ReviewAnswer {
  reviewReferral: { referral: { id: string; status: string; version: number } };
}

/** Throws when the case did not move (unknown, outside the region, another status or version): the caller counts an error. */
export async function referralReviewFloor(pools: FloorPools, caller: Caller, referralId: string, expectedVersion: number): Promise<ReviewAnswer> {
  if (caller.role !== 'SOCIAL_WORKER') throw new Error('reviewReferral is for social workers');
  const { rows } = await pools.welfare.query<{ id: string; status: string; version: number }>(REVIEW_SQL, [
    referralId,
    expectedVersion,
    `${callerPrefix(caller)}%`,
    caller.role,
    caller.subject,
    randomUUID(),
    caller.purpose,
  ]);
  const referral = rows[0];
  if (!referral) throw new Error('the referral did not move: unknown, outside the region, or not SUBMITTED at the expected version');
  return { reviewReferral: { referral } };
}
