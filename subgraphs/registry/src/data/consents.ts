// Consents recorded in the registry: the access rules' lookups, the lists, and the grantors the upload rule (patient and guardian) weighs.
import type { Db } from '#platform/database/db.js';
import { preparedSelect, type Source, source } from '#platform/database/read-together.js';
import type { ConsentGrantor, ConsentScope } from '../generated/resolvers-types.js';
import type { DbConsentRow } from './tables.js';

export interface ConsentRecord {
  id: string;
  pid: string;
  scope: ConsentScope;
  grantedBy: ConsentGrantor;
  grantedAt: Date;
  revokedAt: Date | null;
}

type Row = Omit<DbConsentRow, 'revoked_reason'>;
export const toConsentRecord = (r: Row): ConsentRecord => ({
  id: String(r.id),
  pid: r.pid,
  scope: r.scope,
  grantedBy: r.granted_by,
  grantedAt: r.granted_at,
  revokedAt: r.revoked_at,
});
const COLUMNS = ['id', 'pid', 'scope', 'granted_by', 'granted_at', 'revoked_at'];

/** One grantor of a live consent of a person. */
export interface LiveConsentGrantor {
  pid: string;
  grantedBy: ConsentGrantor;
}

/** Who gave the live (unrevoked) consents of the scope of these people: a row per person and grantor. */
export async function liveConsentGrantors(db: Db, pids: readonly string[], scope: ConsentScope): Promise<LiveConsentGrantor[]> {
  return (await selectLiveGrantors(db, pids, scope)).map((r) => ({ pid: r.pid, grantedBy: r.granted_by }));
}

/** The access rules' lookup for consent-bound readers: compiled once per scope, prepared per connection. */
const selectLiveGrantors = preparedSelect<{ pid: string; granted_by: ConsentGrantor }, ConsentScope>((db, pids, scope) =>
  db('consent')
    .distinct('pid', 'granted_by')
    .whereRaw('pid = any(?)', [pids as string[]])
    .where({ scope })
    .whereNull('revoked_at'),
);

export async function consentsByPids(db: Db, pids: readonly string[]): Promise<ConsentRecord[]> {
  const rows: Row[] = await consentsQuery(db, pids);
  return rows.map(toConsentRecord);
}

const consentsQuery = (db: Db, pids: readonly string[]) =>
  db('consent')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'granted_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);

/** consentsByPids as a source of a combined read. */
export const consentsSource = (db: Db, pids: readonly string[]): Source<ConsentRecord> =>
  source<Row, ConsentRecord>(consentsQuery(db, pids), toConsentRecord, ['granted_at', 'revoked_at']);

export async function consentForUpdate(db: Db, id: number): Promise<ConsentRecord | null> {
  const row: Row | undefined = await db('consent').select(COLUMNS).where({ id }).forUpdate().first();
  return row ? toConsentRecord(row) : null;
}

export async function insertConsent(db: Db, pid: string, grantedBy: ConsentGrantor): Promise<ConsentRecord> {
  const [row] = (await db('consent').insert({ pid, scope: 'REFERRAL_UPLOAD', granted_by: grantedBy, granted_at: db.fn.now() }).returning(COLUMNS)) as Row[];
  return toConsentRecord(row!);
}

export async function markConsentRevoked(db: Db, id: number): Promise<void> {
  await db('consent').where({ id }).update({ revoked_at: db.fn.now() });
}

/** The grantors of a person's live REFERRAL_UPLOAD consents, for the upload rule (domain/upload-consent.ts), in the caller's transaction. */
export async function liveUploadConsentGrantors(db: Db, pid: string): Promise<ConsentGrantor[]> {
  const rows: { granted_by: ConsentGrantor }[] = await db('consent').distinct('granted_by').where({ pid, scope: 'REFERRAL_UPLOAD' }).whereNull('revoked_at');
  return rows.map((r) => r.granted_by);
}
