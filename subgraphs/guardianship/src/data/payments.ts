// Yearly incentive payment decisions, one per ward and year.
import type { Db } from '#platform/database/db.js';
import type { PaymentStatus, WithheldReason } from '../domain/incentive-payment.js';

export interface PaymentRecord {
  id: string;
  pid: string;
  guardianId: string;
  year: number;
  amountYuan: number;
  status: PaymentStatus;
  withheldReason: WithheldReason | null;
  decidedOn: string;
}

interface PaymentRow {
  id: number | string;
  pid: string;
  guardian_id: number | string;
  year: number;
  amount_yuan: number;
  status: PaymentStatus;
  withheld_reason: WithheldReason | null;
  decided_on: string;
}

const COLUMNS = ['id', 'pid', 'guardian_id', 'year', 'amount_yuan', 'status', 'withheld_reason', 'decided_on'];
const toRecord = (row: PaymentRow): PaymentRecord => ({
  id: String(row.id),
  pid: row.pid,
  guardianId: String(row.guardian_id),
  year: Number(row.year),
  amountYuan: Number(row.amount_yuan),
  status: row.status,
  withheldReason: row.withheld_reason,
  decidedOn: row.decided_on,
});

/** The payment decisions of these wards, newest year first. */
export async function paymentsByPids(db: Db, pids: readonly string[]): Promise<PaymentRecord[]> {
  const rows: PaymentRow[] = await db('incentive_payment')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy('year', 'desc');
  return rows.map(toRecord);
}

export async function paymentExists(db: Db, pid: string, year: number): Promise<boolean> {
  return (await db('incentive_payment').where({ pid, year }).first(db.raw('1 as one'))) !== undefined;
}

export async function insertPayment(db: Db, payment: Omit<PaymentRecord, 'id'>): Promise<PaymentRecord> {
  const [row] = (await db('incentive_payment')
    .insert({
      pid: payment.pid,
      guardian_id: Number(payment.guardianId),
      year: payment.year,
      amount_yuan: payment.amountYuan,
      status: payment.status,
      withheld_reason: payment.withheldReason,
      decided_on: payment.decidedOn,
    })
    .returning(COLUMNS)) as PaymentRow[];
  return toRecord(row!);
}
