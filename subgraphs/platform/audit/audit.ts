// The audit every subgraph keeps (DOMAIN.md §6): who, role, purpose, which person, which fields, when.
// Append-only; reads are buffered per request and written in one insert, writes in their own transaction.
import type { Knex } from 'knex';
import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';
import type { Caller } from '#platform/identity/identity.js';
import type { Db } from '#platform/database/db.js';
import { PreparedStatement } from '#platform/database/prepared.js';

/** READ and WRITE of personal fields; REFUSED: a read or write the access policy refused or found out of the caller's scope, without telling the caller why. */
export type AuditAction = 'READ' | 'WRITE' | 'REFUSED';

export interface AuditEntry {
  action: AuditAction;
  pid: string | null;
  fields: string[];
}

export interface AuditRequest {
  requestId: string;
  caller: Caller;
  operationName: string | null;
}

/** The table, for each subgraph's migration: updates and deletes are refused by a trigger. */
export async function createAuditTable(db: Knex): Promise<void> {
  await db.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.string('action', 8).notNullable();
    t.string('request_id', 128).notNullable();
    t.string('subject', 128).notNullable();
    t.string('role', 32).notNullable();
    t.string('purpose', 16).notNullable();
    t.string('pid', 32).nullable();
    t.specificType('fields', 'text[]').notNullable();
    t.text('operation_name').nullable();
    // A person's trail, newest first (the data-protection officer's view).
    t.index(['pid', 'at'], 'audit_log_pid_at_idx');
  });
  await db.raw(`create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`);
  await db.raw(`create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only()`);
  await db.raw(`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only()`);
}

export async function dropAuditTable(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('audit_log');
  await db.raw('drop function if exists audit_log_append_only()');
}

interface DbAuditLogRow {
  action: AuditAction;
  request_id: string;
  subject: string;
  role: string;
  purpose: string;
  pid: string | null;
  fields: string[];
  operation_name: string | null;
}

function auditRows(request: AuditRequest, entries: readonly AuditEntry[]): DbAuditLogRow[] {
  return entries.map((e) => ({
    action: e.action,
    request_id: request.requestId,
    subject: request.caller.subject,
    role: request.caller.role,
    purpose: request.caller.purpose,
    pid: e.pid,
    fields: e.fields,
    operation_name: request.operationName,
  }));
}

/**
 * Any number of rows in one statement of one text: the rows travel as one JSON parameter, so
 * the statement is prepared once per connection whatever their number.
 */
const INSERT_AUDIT_ROWS = new PreparedStatement(
  `insert into "audit_log" (action, request_id, subject, role, purpose, pid, fields, operation_name)
   select r.action, r.request_id, r.subject, r.role, r.purpose, r.pid, r.fields, r.operation_name
     from jsonb_to_recordset(?::jsonb) as r(action text, request_id text, subject text, role text, purpose text, pid text, fields text[], operation_name text)`,
);

async function insertAuditRows(db: Db, rows: readonly DbAuditLogRow[]): Promise<void> {
  await INSERT_AUDIT_ROWS.rows(db, [JSON.stringify(rows)]);
}

/** Writes entries in one statement, inside the caller's transaction when `db` is one. */
export async function writeAudit(db: Db, request: AuditRequest, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await insertAuditRows(db, auditRows(request, entries));
}

/** Rows of one statement at most: they travel as one JSON parameter, whose size this bounds. */
const ROWS_PER_STATEMENT = 5000;

interface PendingAudit {
  rows: DbAuditLogRow[];
  waiting: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * The read audits of concurrent requests, written together (a group commit): a request's rows
 * go out at once when no write is under way, else with every request that ends while it is,
 * in the next statement. Each request's promise settles when the statement holding its rows
 * has committed, and rejects if it failed, so a request still answers only once its audit is
 * written (fail closed); under load, fewer statements and commits carry the same rows.
 */
export class ReadAuditWriter {
  private readonly queue: PendingAudit[] = [];
  private writing = false;

  constructor(private readonly db: Knex) {}

  write(request: AuditRequest, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let last = this.queue.at(-1);
      if (!last || last.rows.length >= ROWS_PER_STATEMENT) {
        last = { rows: [], waiting: [] };
        this.queue.push(last);
      }
      last.rows.push(...auditRows(request, entries));
      last.waiting.push({ resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
      try {
        await insertAuditRows(this.db, batch.rows);
        for (const request of batch.waiting) request.resolve();
      } catch (error) {
        for (const request of batch.waiting) request.reject(error);
      }
    }
    this.writing = false;
  }
}

/** The personal fields a request read, per person, written once when the request ends. */
export class ReadAudit {
  private readonly reads = new Map<string, Set<string>>();

  record(pid: string, ...fieldsRead: string[]): void {
    const fields = this.reads.get(pid) ?? new Set<string>();
    for (const field of fieldsRead) fields.add(field);
    this.reads.set(pid, fields);
  }

  private readonly refusals = new Map<string, Set<string>>();

  /** A lookup the policy refused or found out of scope: audited, never told to the caller. */
  refuse(pid: string, ...coordinates: string[]): void {
    const fields = this.refusals.get(pid) ?? new Set<string>();
    for (const coordinate of coordinates) fields.add(coordinate);
    this.refusals.set(pid, fields);
  }

  entries(): AuditEntry[] {
    return [
      ...[...this.reads].map(([pid, fields]): AuditEntry => ({ action: 'READ', pid, fields: [...fields].sort() })),
      ...[...this.refusals].map(([pid, fields]): AuditEntry => ({ action: 'REFUSED', pid, fields: [...fields].sort() })),
    ];
  }
}

/** The leaves asked under a field, by field name (aliases and __typename aside), through fragments. */
function leavesUnder(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  prefix: string,
  into: Set<string>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      const path = `${prefix}.${selection.name.value}`;
      if (selection.selectionSet) leavesUnder(selection.selectionSet, fragments, path, into, seen);
      else into.add(path);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      leavesUnder(selection.selectionSet, fragments, prefix, into, seen);
    } else {
      const name = selection.name.value;
      // A fragment spread twice at one level adds nothing; a cycle is invalid GraphQL anyway.
      if (seen.has(`${prefix}:${name}`)) continue;
      seen.add(`${prefix}:${name}`);
      leavesUnder(fragments[name]?.selectionSet, fragments, prefix, into, seen);
    }
  }
}

const fieldsReadCache = new WeakMap<readonly FieldNode[], string[]>();

/**
 * What a read of a guarded field records: its coordinate (`Person.registry`) and every leaf the
 * request asked under it (`Person.registry.riskLevel`, `Person.registry.diagnosis.category`).
 * Computed once per field of an operation, however many people a list repeats it for.
 */
export function fieldsRead(coordinate: string, fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): string[] {
  const cached = fieldsReadCache.get(fieldNodes);
  if (cached) return cached;
  const leaves = new Set<string>();
  for (const node of fieldNodes) leavesUnder(node.selectionSet, fragments, coordinate, leaves, new Set());
  const fields = [coordinate, ...[...leaves].sort()];
  fieldsReadCache.set(fieldNodes, fields);
  return fields;
}

/** The pids a guarded field exposes: its parent person, or the people it returns. */
export function pidsIn(parent: unknown, result: unknown): string[] {
  const pidOf = (value: unknown) =>
    value && typeof value === 'object' && typeof (value as { pid?: unknown }).pid === 'string' ? (value as { pid: string }).pid : null;
  const own = pidOf(parent);
  if (own) return [own];
  const items = Array.isArray(result) ? result : Array.isArray((result as { nodes?: unknown })?.nodes) ? (result as { nodes: unknown[] }).nodes : [result];
  return items.map(pidOf).filter((pid): pid is string => pid !== null);
}

export interface AuditEntryRecord {
  pid: string | null;
  at: Date;
  action: AuditAction;
  subject: string;
  role: string;
  purpose: string;
  fields: string[];
  operationName: string | null;
  requestId: string;
}

/** An audit row as the database holds it. */
interface AuditRow {
  pid: string | null;
  at: Date;
  action: AuditAction;
  subject: string;
  role: string;
  purpose: string;
  fields: string[];
  operation_name: string | null;
  request_id: string;
}

const AUDIT_COLUMNS = ['pid', 'at', 'action', 'subject', 'role', 'purpose', 'fields', 'operation_name', 'request_id'] as const;

const toAuditEntry = (r: AuditRow): AuditEntryRecord => ({
  pid: r.pid,
  at: r.at,
  action: r.action,
  subject: r.subject,
  role: r.role,
  purpose: r.purpose,
  fields: r.fields,
  operationName: r.operation_name,
  requestId: r.request_id,
});

/** The audit rows about these people, newest first (at most 1,000 each, the newest). */
export async function auditEntriesByPids(db: Db, pids: readonly string[]): Promise<AuditEntryRecord[]> {
  const { rows } = (await db.raw(
    `select ${AUDIT_COLUMNS.join(', ')} from (
       select a.*, row_number() over (partition by pid order by at desc, id desc) as rank from audit_log a where pid = any(?)
     ) ranked where rank <= 1000 order by pid, at desc, id desc`,
    [pids as string[]],
  )) as { rows: AuditRow[] };
  return rows.map(toAuditEntry);
}

/** What one reader (a token's subject) did, newest first (at most 1,000 rows). */
export async function auditEntriesBySubject(db: Db, subject: string): Promise<AuditEntryRecord[]> {
  const rows: AuditRow[] = await db('audit_log')
    .where({ subject })
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(1000)
    .select(...AUDIT_COLUMNS);
  return rows.map(toAuditEntry);
}
