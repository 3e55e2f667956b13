// Consents recorded in the registry, as the access rules ask for them.
import type { Db } from '../../../shared/src/db.js';

/** The pids among these that have an unrevoked consent of the scope. */
export async function pidsWithConsent(db: Db, pids: readonly string[], scope: string): Promise<string[]> {
  const rows: { pid: string }[] = await db('consent').distinct('pid').whereRaw('pid = any(?)', [pids as string[]]).where({ scope }).whereNull('revoked_at');
  return rows.map((r) => r.pid);
}
