// The facts the agencies' access rules read from one another, as the platform's outbox would have told them for the seeded cases:
// the institution holding each held case (registry), and each revoked EMPLOYMENT_SHARING consent (disability federation).
import { OCCUPYING_STATUSES, type ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import { Random } from './random.js';
import type { DbReferralConsentRow, DbReferralRow, DbReferralTransitionRow } from './tables.js';

export interface DbCaseHoldingRow {
  event_id: string;
  pid: string;
  referral_id: string;
  institution_id: string;
  holds: boolean;
  at: string;
  received_at: string;
}

export interface DbCaseHoldingEventRow {
  id: string;
  referral_id: string;
  pid: string;
  institution_id: string;
  holds: boolean;
  at: string;
  delivered_at: string;
}

export interface DbSharingRevocationEventRow {
  id: string;
  referral_id: string;
  pid: string;
  revoked_at: string;
  delivered_at: string;
}

export interface DbSharingRevocationRow {
  revocation_id: string;
  pid: string;
  referral_id: string;
  revoked_at: string;
  received_at: string;
}

export interface AccessFacts {
  case_holding: DbCaseHoldingRow[];
  case_holding_event: DbCaseHoldingEventRow[];
  welfare_sharing_revocation: DbSharingRevocationEventRow[];
  employment_sharing_revocation: DbSharingRevocationRow[];
}

/**
 * Each case an institution holds at the end (an occupying status) was told to the registry when
 * it was last accepted; each revoked EMPLOYMENT_SHARING consent was told to the federation. Both
 * as delivered. Ids come from a stream of their own (seed, referral id): every other row stays as it was.
 */
export function accessFacts(
  seed: number,
  referrals: readonly DbReferralRow[],
  transitions: readonly DbReferralTransitionRow[],
  consents: readonly DbReferralConsentRow[],
): AccessFacts {
  const facts: AccessFacts = { case_holding: [], case_holding_event: [], welfare_sharing_revocation: [], employment_sharing_revocation: [] };
  for (const referral of referrals) {
    const random = Random.for(seed, 'access-facts', referral.id);
    if (referral.institution_id !== null && OCCUPYING_STATUSES.includes(referral.status as ReferralStatus)) {
      const accepted = transitions.filter((t) => t.referral_id === referral.id && t.to_status === 'ACCEPTED').at(-1);
      const at = accepted?.at ?? referral.updated_at;
      const id = random.uuid();
      const fact = { pid: referral.pid, referral_id: referral.id, institution_id: referral.institution_id, holds: true, at };
      facts.case_holding.push({ event_id: id, ...fact, received_at: at });
      facts.case_holding_event.push({ id, ...fact, delivered_at: at });
    }
    const revoked = consents.find((c) => c.referral_id === referral.id && c.scope === 'EMPLOYMENT_SHARING' && c.revoked_at !== null);
    if (revoked?.revoked_at) {
      const id = random.uuid();
      facts.welfare_sharing_revocation.push({
        id,
        referral_id: referral.id,
        pid: referral.pid,
        revoked_at: revoked.revoked_at,
        delivered_at: revoked.revoked_at,
      });
      facts.employment_sharing_revocation.push({
        revocation_id: id,
        pid: referral.pid,
        referral_id: referral.id,
        revoked_at: revoked.revoked_at,
        received_at: revoked.revoked_at,
      });
    }
  }
  return facts;
}
