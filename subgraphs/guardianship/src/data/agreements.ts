// Responsibility agreements (监护责任协议) of wards with their guardians.
import type { Db } from '#platform/database/db.js';

export type TerminationReason = 'GUARDIAN_CHANGED' | 'GUARDIAN_UNABLE' | 'WARD_MOVED_AWAY' | 'WARD_DECEASED' | 'NO_LONGER_ELIGIBLE' | 'OTHER';

export interface AgreementRecord {
  id: string;
  pid: string;
  guardianId: string;
  signedOn: string;
  terminatedOn: string | null;
  terminationReason: TerminationReason | null;
}

interface AgreementRow {
  id: number | string;
  pid: string;
  guardian_id: number | string;
  signed_on: string;
  terminated_on: string | null;
  termination_reason: TerminationReason | null;
}

const COLUMNS = ['id', 'pid', 'guardian_id', 'signed_on', 'terminated_on', 'termination_reason'];
const toRecord = (row: AgreementRow): AgreementRecord => ({
  id: String(row.id),
  pid: row.pid,
  guardianId: String(row.guardian_id),
  signedOn: row.signed_on,
  terminatedOn: row.terminated_on,
  terminationReason: row.termination_reason,
});

/** The agreements of these wards, newest first. */
export async function agreementsByPids(db: Db, pids: readonly string[]): Promise<AgreementRecord[]> {
  const rows: AgreementRow[] = await db('responsibility_agreement')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'signed_on', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
  return rows.map(toRecord);
}

export async function agreementById(db: Db, id: number): Promise<AgreementRecord | null> {
  const row: AgreementRow | undefined = await db('responsibility_agreement').select(COLUMNS).where({ id }).first();
  return row ? toRecord(row) : null;
}

/** Whether the guardian signed an agreement that is still in force. */
export async function guardianHasAgreementInForce(db: Db, guardianId: number): Promise<boolean> {
  return (await db('responsibility_agreement').where({ guardian_id: guardianId }).whereNull('terminated_on').first(db.raw('1 as one'))) !== undefined;
}

export async function insertAgreement(db: Db, agreement: { pid: string; guardianId: string; signedOn: string }): Promise<AgreementRecord> {
  const [row] = (await db('responsibility_agreement')
    .insert({ pid: agreement.pid, guardian_id: Number(agreement.guardianId), signed_on: agreement.signedOn })
    .returning(COLUMNS)) as AgreementRow[];
  return toRecord(row!);
}

export async function updateAgreementTermination(db: Db, id: number, terminatedOn: string, reason: TerminationReason): Promise<AgreementRecord> {
  const [row] = (await db('responsibility_agreement')
    .where({ id })
    .update({ terminated_on: terminatedOn, termination_reason: reason })
    .returning(COLUMNS)) as AgreementRow[];
  return toRecord(row!);
}
