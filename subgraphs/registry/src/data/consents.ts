// Consents recorded in the registry: the access rules' lookups, the lists, and the upload rule (patient and guardian).
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

/** The pids among these that have an unrevoked consent of the scope. */
export async function pidsWithConsent(db: Db, pids: readonly string[], scope: string): Promise<string[]> {
  return (await selectConsentedPids(db, pids, scope)).map((r) => r.pid);
}

/** The access rules' lookup for civil-affairs staff: compiled once per scope, prepared per connection. */
const selectConsentedPids = preparedSelect<{ pid: string }, string>((db, pids, scope) => consentedQuery(db, pids, scope));

const consentedQuery = (db: Db, pids: readonly string[], scope: string) =>
  db('consent')
    .distinct('pid')
    .whereRaw('pid = any(?)', [pids as string[]])
    .where({ scope })
    .whereNull('revoked_at');

/** pidsWithConsent as a source of a combined read. */
export const consentedPidsSource = (db: Db, pids: readonly string[], scope: string): Source<string> =>
  source(consentedQuery(db, pids, scope), (r: { pid: string }) => r.pid);

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

/**
 * DOMAIN.md §2: an upload needs the consent of the patient and, when there is a guardian,
 * of the guardian: one live PATIENT_AND_GUARDIAN consent, or live PATIENT and GUARDIAN ones.
 */
export async function uploadConsentMissing(db: Db, pid: string, hasGuardian: boolean): Promise<'PATIENT' | 'GUARDIAN' | null> {
  const rows: { granted_by: ConsentGrantor }[] = await db('consent').distinct('granted_by').where({ pid, scope: 'REFERRAL_UPLOAD' }).whereNull('revoked_at');
  const given = new Set(rows.map((r) => r.granted_by));
  const both = given.has('PATIENT_AND_GUARDIAN');
  if (!both && !given.has('PATIENT')) return 'PATIENT';
  if (hasGuardian && !both && !given.has('GUARDIAN')) return 'GUARDIAN';
  return null;
}
