// The files of a new subgraph, written from the project's own conventions: a starter entity about a
// person (an "entry"), read through a DataLoader under the caller's region, written by an audited,
// idempotent mutation, with the audit trail every subgraph owes the data-protection officer.
import type { ScaffoldNames } from './names.js';

export interface ScaffoldFile {
  /** Project-relative path. */
  path: string;
  content: string;
}

/** The migration's timestamp prefix, as knex names migrations (UTC, to the second). */
export function migrationStamp(now: Date = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function scaffoldFiles(n: ScaffoldNames, stamp: string): ScaffoldFile[] {
  const dir = `subgraphs/${n.name}`;
  const table = `${n.name}_entry`;
  return [
    { path: `${dir}/subgraph.json`, content: `${JSON.stringify({ name: n.name, agency: n.agency, port: n.port, description: n.description }, null, 2)}\n` },
    { path: `schema/${n.name}.graphql`, content: schemaFile(n) },
    { path: `${dir}/migrations/${stamp}_create_${n.name}.ts`, content: migrationFile(n, table) },
    { path: `${dir}/src/server.ts`, content: serverFile(n) },
    { path: `${dir}/src/subgraph.ts`, content: subgraphFile(n) },
    { path: `${dir}/src/context.ts`, content: contextFile(n) },
    { path: `${dir}/src/access-policy.ts`, content: accessPolicyFile(n) },
    { path: `${dir}/src/data/entries.ts`, content: entriesFile(n, table) },
    { path: `${dir}/src/data/loaders.ts`, content: loadersFile(n) },
    { path: `${dir}/src/domain/entry-kind.ts`, content: entryKindFile() },
    { path: `${dir}/src/domain/entry-kind.test.ts`, content: entryKindTestFile() },
    { path: `${dir}/src/resolvers/index.ts`, content: resolversFile(n) },
    { path: `${dir}/src/resolvers/Person.ts`, content: personFile(n) },
    { path: `${dir}/src/resolvers/Mutation.ts`, content: mutationFile(n, table) },
    { path: `${dir}/src/seed.ts`, content: seedFile(table) },
    { path: `tests/integration/${n.name}.test.ts`, content: integrationTestFile(n, table) },
  ];
}

function schemaFile(n: ScaffoldNames): string {
  return `# ${n.name}: ${n.description}
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@requiresScopes"])

"ISO 8601 calendar date, e.g. 2024-03-01"
scalar Date
"ISO 8601 timestamp with offset, e.g. 2024-03-01T08:30:00+08:00"
scalar DateTime

type Mutation {
  "Records an entry about a person in a county of the caller's region. Retried with the same idempotencyKey, it returns the first result and writes nothing."
  record${n.pascal}Entry(input: Record${n.pascal}EntryInput!): ${n.pascal}Entry! @requiresScopes(scopes: [["role:${n.role}"]])
}

input Record${n.pascal}EntryInput {
  pid: ID!
  "County-level GB/T 2260 code where the entry was made."
  countyCode: String!
  "What happened, as a code in upper snake case, e.g. FIRST_CONTACT."
  kind: String!
  "The day it happened; not in the future."
  recordedOn: Date!
  "8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result."
  idempotencyKey: String
}

"One entry of the ${n.name} subgraph about a person."
type ${n.pascal}Entry {
  id: ID!
  kind: String!
  recordedOn: Date!
  "The county where it was made."
  regionCode: String!
}

type Person @key(fields: "pid") {
  pid: ID!
  "The person's ${n.name} entries in the caller's region, newest first (${n.name})."
  ${n.name}Entries: [${n.pascal}Entry!] @requiresScopes(scopes: [["role:${n.role}"]])
}

type AuditEntry @shareable {
  at: DateTime!
  action: String!
  subject: String!
  role: String!
  purpose: String!
  fields: [String!]!
  operationName: String
  requestId: String!
  "The person the row is about (the reader trail names them); null for a write about no one."
  pid: ID
}

"A person's audit trail across the agencies, for the data-protection officer."
type AuditTrail @key(fields: "pid") {
  pid: ID!
  "What the ${n.name} subgraph recorded about the person, newest first."
  ${n.name}AuditEntries: [AuditEntry!]! @requiresScopes(scopes: [["role:DATA_PROTECTION_OFFICER"]])
}

"What one reader (a token's subject) read, wrote and was refused across the agencies, newest first: for the data-protection officer."
type ReaderTrail @key(fields: "subject") {
  subject: String!
  "What the ${n.name} subgraph recorded of the reader, newest first (at most 1,000 rows)."
  ${n.name}AuditEntries: [AuditEntry!]!
}
`;
}

function migrationFile(n: ScaffoldNames, table: string): string {
  return `// The ${n.name} subgraph's own database: its entries, the append-only audit log, the idempotency receipts and the outbox.
import type { Knex } from 'knex';
import { createAuditTable, dropAuditTable } from '#platform/audit/audit.js';
import { createIdempotencyTable } from '#platform/graphql/idempotency.js';
import { createOutboxTable, dropOutboxTable } from '#platform/outbox/outbox.js';

export async function up(db: Knex): Promise<void> {
  await createAuditTable(db);
  await createIdempotencyTable(db);
  // What this agency hands to another: enqueue(trx, topic, payload, { key }) in the write's own transaction.
  await createOutboxTable(db);
  await db.schema.createTable('${table}', (t) => {
    t.bigIncrements('id');
    // The graph's pseudonymous key; never the citizen ID.
    t.string('pid', 32).notNullable();
    t.string('county_code', 6).notNullable();
    t.string('kind', 64).notNullable();
    t.date('recorded_on').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['pid', 'recorded_on'], '${table}_pid_recorded_on');
    t.index(['county_code'], '${table}_county_code');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('${table}');
  await dropOutboxTable(db);
  await db.schema.dropTable('mutation_receipt');
  await dropAuditTable(db);
}
`;
}

function serverFile(n: ScaffoldNames): string {
  return `// Start-up of the ${n.name} subgraph: \`npm run start:${n.name}\`.
import { main } from '#platform/config/config.js';
import { runSubgraph } from '#platform/server/run-subgraph.js';
import { ${n.name}Subgraph } from './subgraph.js';

main(() => runSubgraph(${n.name}Subgraph));
`;
}

function subgraphFile(n: ScaffoldNames): string {
  return `// The ${n.name} subgraph as a definition the shared bootstrap can serve (and tests can start).
//
// To hand something to another agency (docs/partner-guide.md, "Hand-offs"): write the change and
// its message in one transaction with enqueue(trx, topic, payload, { key }) from
// #platform/outbox/outbox.js (the table is in this subgraph's first migration); put the receiver's
// SERVICE mutation in src/operations/<Name>.graphql with a codegen.yml target for
// src/generated/operations/; deliver it in a TopicHandler with callAgency(endpoint, <Name>Document,
// variables, requestId) from #platform/agency-calls/agency-client.js; and start the relay here with
// startWorkers: (db, settings, { metrics }) => startOutboxRelay(db, handlers, settings.relay, { metrics, logger })
// from #platform/outbox/relay.js, its settings read by readRelaySettings (#platform/outbox/outbox-settings.js).
import type { SubgraphDefinition } from '#platform/server/server.js';
import { ${n.name}Policy } from './access-policy.js';
import { create${n.pascal}Loaders, type ${n.pascal}Loaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';

export const ${n.name}Subgraph: SubgraphDefinition<${n.pascal}Loaders, undefined> = {
  name: '${n.name}',
  resolvers,
  createLoaders: create${n.pascal}Loaders,
  policy: ${n.name}Policy,
  settings: undefined,
};
`;
}

function contextFile(n: ScaffoldNames): string {
  return `// The ${n.name} subgraph's request context: the shared one with its loaders.
import type { RequestContext } from '#platform/graphql/context.js';
import type { ${n.pascal}Loaders } from './data/loaders.js';

export type ${n.pascal}Context = RequestContext<${n.pascal}Loaders, undefined>;
`;
}

function accessPolicyFile(n: ScaffoldNames): string {
  return `// Who reads and writes what in the ${n.name} subgraph (DOMAIN.md §6): the one place its access is decided.
// Every field, mutation and entity key (\`_entities.<Type>\`) needs an entry, or the subgraph does not start:
// per role, the scope rules that must hold (region, own-institution-cases, own-hospital-uploads, a consent,
// break-glass, service-only, public). A role left out gets FORBIDDEN; a role out of scope gets what a person
// without data gets (null, []). \`npm run compose\` writes the SDL's @requiresScopes/@policy from this table,
// and docs/access-matrix.md and the access tests are generated from it.
import { grant, PERSON_KEY_ROLES, type PolicyTable } from '#platform/access/policy.js';
import type { SubgraphPolicy } from '#platform/access/policy-enforcement.js';

const DPO = grant(['DATA_PROTECTION_OFFICER'], ['public']);

export const ${n.name}PolicyTable: PolicyTable = {
  subgraph: '${n.name}',
  rules: {
    // Writes check the county of the entry against the caller's region.
    'Mutation.record${n.pascal}Entry': grant(['${n.role}'], ['region']),
    '_entities.Person': grant(PERSON_KEY_ROLES, ['public']),
    'Person.pid': { as: '_entities.Person' },
    // The person's entries, read within the caller's region (the loader's SQL applies it).
    'Person.${n.name}Entries': grant(['${n.role}'], ['region'], { appliedBy: 'query' }),
    '${n.pascal}Entry.*': { as: 'Person.${n.name}Entries' },
    '_entities.AuditTrail': DPO,
    'AuditTrail.*': DPO,
    'AuditEntry.*': DPO,
    '_entities.ReaderTrail': DPO,
    'ReaderTrail.*': DPO,
    // Operational data that every role reads (no person behind it) would be: 'Type.*': PUBLIC (from #platform/access/policy.js).
  },
};

export const ${n.name}Policy: SubgraphPolicy = {
  table: ${n.name}PolicyTable,
  subjects: { Person: (person: { pid: string }) => ({ pid: person.pid }) },
  sources: [],
};
`;
}

function entriesFile(n: ScaffoldNames, table: string): string {
  return `// The ${n.name} entries about people, read within the caller's region and written in the caller's transaction.
import type { Db } from '#platform/database/db.js';

export interface EntryRecord {
  id: string;
  pid: string;
  kind: string;
  recordedOn: string;
  countyCode: string;
}

interface Row {
  id: string | number;
  pid: string;
  kind: string;
  recorded_on: string;
  county_code: string;
}

const COLUMNS = ['id', 'pid', 'kind', 'recorded_on', 'county_code'];
const toRecord = (row: Row): EntryRecord => ({ id: String(row.id), pid: row.pid, kind: row.kind, recordedOn: row.recorded_on, countyCode: row.county_code });

/** The entries of these people made in the caller's region (county prefix; '' is the whole country), newest first. */
export async function entriesByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<EntryRecord[]> {
  const rows: Row[] = await db('${table}')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .where('county_code', 'like', \`\${countyPrefix}%\`)
    .orderBy([{ column: 'recorded_on', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows.map(toRecord);
}

export interface NewEntry {
  pid: string;
  kind: string;
  recordedOn: string;
  countyCode: string;
}

export async function insertEntry(db: Db, entry: NewEntry): Promise<EntryRecord> {
  const [row] = (await db('${table}')
    .insert({ pid: entry.pid, kind: entry.kind, recorded_on: entry.recordedOn, county_code: entry.countyCode })
    .returning(COLUMNS)) as Row[];
  return toRecord(row!);
}
`;
}

function loadersFile(n: ScaffoldNames): string {
  return `// The ${n.name} subgraph's DataLoaders, built anew for every request and limited to the caller's region.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix } from '#platform/access/region-scope.js';
import { mapToMany } from '#platform/database/batch.js';
import { type EntryRecord, entriesByPids } from './entries.js';

export function create${n.pascal}Loaders(db: Knex, caller: Caller) {
  const countyPrefix = callerPrefix(caller);
  return {
    /** One statement for every person of a request (an _entities call of 1,000 people included). */
    entriesByPid: new DataLoader<string, EntryRecord[]>(async (pids) => mapToMany(pids, await entriesByPids(db, countyPrefix, pids), (r) => r.pid)),
  };
}

export type ${n.pascal}Loaders = ReturnType<typeof create${n.pascal}Loaders>;
`;
}

function entryKindFile(): string {
  return `// An entry's kind: a short code in upper snake case, so that no free text (and no personal data) is stored.

export const MAX_KIND_LENGTH = 64;

/** The kind, or a problem a person can act on. */
export function parseEntryKind(value: string): { ok: true; kind: string } | { ok: false; problem: string } {
  if (value.length === 0 || value.length > MAX_KIND_LENGTH) return { ok: false, problem: \`must be 1 to \${MAX_KIND_LENGTH} characters\` };
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) return { ok: false, problem: 'must be upper snake case, e.g. FIRST_CONTACT' };
  return { ok: true, kind: value };
}
`;
}

function entryKindTestFile(): string {
  return `import { describe, expect, it } from 'vitest';
import { MAX_KIND_LENGTH, parseEntryKind } from './entry-kind.js';

describe('an entry kind', () => {
  it('accepts upper snake case codes', () => {
    expect(parseEntryKind('FIRST_CONTACT')).toEqual({ ok: true, kind: 'FIRST_CONTACT' });
    expect(parseEntryKind('Q4_REVIEW')).toEqual({ ok: true, kind: 'Q4_REVIEW' });
  });

  it('refuses free text, lower case, empty and over-long values', () => {
    for (const value of ['first contact', 'first_contact', '', '_X', 'X'.repeat(MAX_KIND_LENGTH + 1)]) expect(parseEntryKind(value).ok).toBe(false);
  });
});
`;
}

function resolversFile(n: ScaffoldNames): string {
  return `// The ${n.name} subgraph's resolver map, one file per type.
import { auditTrailResolvers, readerTrailResolvers } from '#platform/audit/audit-trail-resolvers.js';
import { DateScalar, DateTimeScalar } from '#platform/graphql/scalars.js';
import type { AuditTrailResolvers, ReaderTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { record${n.pascal}Entry } from './Mutation.js';
import { Person } from './Person.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('${n.name}AuditEntries') as AuditTrailResolvers;
const ReaderTrail = readerTrailResolvers('${n.name}AuditEntries') as ReaderTrailResolvers;

export const resolvers: Resolvers = {
  AuditTrail,
  ReaderTrail,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Mutation: { record${n.pascal}Entry },
  Person,
  ${n.pascal}Entry: { regionCode: (entry) => entry.countyCode },
};
`;
}

function personFile(n: ScaffoldNames): string {
  return `// Person as the ${n.name} subgraph knows it. Reads of these fields are audited by the shared access layer.
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The key is all that is needed; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  ${n.name}Entries: (person, _args, ctx) => ctx.loaders.entriesByPid.load(person.pid),
};
`;
}

function mutationFile(n: ScaffoldNames, table: string): string {
  return `// Mutation.record${n.pascal}Entry: checked input, one transaction with its audit row, idempotent under the caller's key.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { auditRequestOf, countyArg, pastDateArg, pidArg } from '#platform/graphql/write-args.js';
import { insertEntry } from '../data/entries.js';
import { parseEntryKind } from '../domain/entry-kind.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

export const record${n.pascal}Entry: NonNullable<MutationResolvers['record${n.pascal}Entry']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const kind = parseEntryKind(input.kind);
  if (!kind.ok) throw badInput(\`input.kind \${kind.problem}\`, 'input.kind');
  const recordedOn = pastDateArg(input.recordedOn, 'input.recordedOn');
  const countyCode = await countyArg(ctx, 'Mutation.record${n.pascal}Entry', input.countyCode, 'input.countyCode');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'record${n.pascal}Entry', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const entry = await insertEntry(trx, { pid, kind: kind.kind, recordedOn, countyCode });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['${table}'] }]);
    return entry;
  });
};
`;
}

function seedFile(table: string): string {
  return `// Demo data: a first-contact entry for one demo person in three, on the day the registry registered them.
import type { Knex } from 'knex';
import type { DemoPerson } from '#platform/server/subgraph-modules.js';

export const demoTables = ['${table}'] as const;

export async function seedDemo(db: Knex, people: readonly DemoPerson[], options: { seed: number; today: string }): Promise<Record<string, number>> {
  const rows = people
    .filter((_person, index) => (index + options.seed) % 3 === 0)
    .map((person) => ({ pid: person.pid, county_code: person.countyCode, kind: 'FIRST_CONTACT', recorded_on: person.registeredOn, created_at: \`\${options.today}T09:00:00+08:00\` }));
  await db.transaction(async (trx) => {
    for (let start = 0; start < rows.length; start += 1000) await trx('${table}').insert(rows.slice(start, start + 1000));
  });
  return { ${table}: rows.length };
}
`;
}

function integrationTestFile(n: ScaffoldNames, table: string): string {
  return `// The ${n.name} subgraph in the running federation: its fields on Person, its audited idempotent write, and its refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, type Federation, postGraphQL, startFederation } from '../federation-harness.js';

const backends = await availableBackends();

type Entry = { id: string; kind: string; recordedOn: string; regionCode: string };

describe.each(backends)('the ${n.name} subgraph on %s', (backend) => {
  let federation: Federation;
  let pid: string;
  let county: string;
  const db = () => federation.subgraphs.${n.name}!.db;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 60, seed: 11 });
    const row: { pid: string; county_code: string } = await db()('${table}').first('pid', 'county_code').orderBy('pid');
    pid = row.pid;
    county = row.county_code;
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const entriesOf = async (token: string) =>
    federation.query<{ person: { ${n.name}Entries: Entry[] | null } | null }>(\`query Entries($pid: ID!) { person(pid: $pid) { ${n.name}Entries { id kind recordedOn regionCode } } }\`, { pid }, undefined, token);

  it('refuses a direct call without a token', async () => {
    const answer = await postGraphQL(federation.subgraphs.${n.name}!.server.graphqlUrl, '{ _service { sdl } }', {}, null);
    expect(answer.status).toBe(401);
  });

  it('adds the person\\'s entries to Person through the gateway, and audits the read', async () => {
    const before = (await db()('audit_log').where({ pid, action: 'READ' })).length;
    const answer = await entriesOf(await federation.tokenFor('${n.role}'));
    expect(answer.errors).toBeUndefined();
    const expected = await db()('${table}').where({ pid });
    expect(answer.data!.person!.${n.name}Entries!.map((e) => e.id).sort()).toEqual(expected.map((r: { id: string | number }) => String(r.id)).sort());
    expect((await db()('audit_log').where({ pid, action: 'READ' })).length).toBeGreaterThan(before);
  });

  it('shows nothing to a role the SDL does not name, nor outside the caller\\'s region', async () => {
    const other = await entriesOf(await federation.tokenFor('${n.role === 'EMPLOYMENT_OFFICER' ? 'SOCIAL_WORKER' : 'EMPLOYMENT_OFFICER'}'));
    expect(other.data?.person?.${n.name}Entries ?? null).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = county.startsWith('11') ? '310000' : '110000';
    const outside = await entriesOf(await federation.tokenFor('${n.role}', { region: elsewhere }));
    expect(outside.data?.person?.${n.name}Entries ?? []).toEqual([]);
  });

  it('writes an entry once under a retried key, with its audit row in the same transaction', async () => {
    const token = await federation.tokenFor('${n.role}');
    const mutation = \`mutation Record($input: Record${n.pascal}EntryInput!) { record${n.pascal}Entry(input: $input) { id kind recordedOn regionCode } }\`;
    const input = { pid, countyCode: county, kind: 'FOLLOW_UP_CALL', recordedOn: '2026-01-05', idempotencyKey: \`scaffold-\${backend}-1\` };
    const first = await federation.query<{ record${n.pascal}Entry: Entry }>(mutation, { input }, undefined, token);
    expect(first.errors).toBeUndefined();
    const again = await federation.query<{ record${n.pascal}Entry: Entry }>(mutation, { input }, undefined, token);
    expect(again.data!.record${n.pascal}Entry).toEqual(first.data!.record${n.pascal}Entry);
    expect((await db()('${table}').where({ pid, kind: 'FOLLOW_UP_CALL' })).length).toBe(1);
    expect((await db()('audit_log').where({ pid, action: 'WRITE' })).length).toBe(1);
  });

  it('has an outbox for its hand-offs to other agencies, empty until a write enqueues one', async () => {
    expect(await db()('outbox_message').whereNull('delivered_at')).toEqual([]);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const token = await federation.tokenFor('${n.role}');
    const mutation = \`mutation Record($input: Record${n.pascal}EntryInput!) { record${n.pascal}Entry(input: $input) { id } }\`;
    const count = async () => (await db()('${table}').count({ n: '*' }).first())!.n;
    const before = Number(await count());
    const cases: [Record<string, unknown>, string][] = [
      [{ pid: 'not-a-pid' }, 'BAD_USER_INPUT'],
      [{ kind: 'free text' }, 'BAD_USER_INPUT'],
      [{ recordedOn: '2999-01-01' }, 'BAD_USER_INPUT'],
      [{ countyCode: county.startsWith('11') ? '310101' : '110101' }, 'FORBIDDEN'],
    ];
    const regional = await federation.tokenFor('${n.role}', { region: county });
    for (const [change, code] of cases) {
      const answer = await federation.query(mutation, { input: { pid, countyCode: county, kind: 'CHECK', recordedOn: '2026-01-05', ...change } }, undefined, code === 'FORBIDDEN' ? regional : token);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe(code);
    }
    expect(Number(await count())).toBe(before);
  });
});
`;
}
