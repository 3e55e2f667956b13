import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { type AuditRequest, fieldsRead, ReadAudit, ReadAuditWriter } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';

const caller: Caller = { subject: 'worker-1', role: 'SOCIAL_WORKER', regionCode: '440300', institutionId: null, purpose: 'REFERRAL', tokenId: 't' };
const request = (requestId: string): AuditRequest => ({ requestId, caller, operationName: 'Journey' });
const read = (pid: string) => [{ action: 'READ' as const, pid, fields: ['Person.journey'] }];

/**
 * A stand-in for a knex database that is not pg (so the audit insert runs as `db.raw`): each
 * statement waits until released, and may fail.
 */
function fakeDb(fail: (statement: number) => boolean = () => false) {
  const statements: { requestIds: string[]; release: () => void }[] = [];
  const db = {
    client: { config: { client: 'stand-in' } },
    raw: (sql: string, bindings: [string]) => {
      expect(sql).toMatch(/^insert into "audit_log"/);
      const rows = JSON.parse(bindings[0]) as { request_id: string }[];
      const index = statements.length;
      return new Promise<{ rows: [] }>((resolve, reject) => {
        statements.push({
          requestIds: rows.map((row) => row.request_id),
          release: () => (fail(index) ? reject(new Error('disk full')) : resolve({ rows: [] })),
        });
      });
    },
  } as unknown as Knex;
  return { db, statements };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('read audits of concurrent requests', () => {
  it('writes a lone request at once, and the requests ending meanwhile together in the next statement', async () => {
    const { db, statements } = fakeDb();
    const writer = new ReadAuditWriter(db);
    const first = writer.write(request('a'), read('p1'));
    expect(statements.map((s) => s.requestIds)).toEqual([['a']]);
    const second = writer.write(request('b'), read('p2'));
    const third = writer.write(request('c'), read('p3'));
    let settled = false;
    void Promise.all([second, third]).then(() => (settled = true));
    statements[0]!.release();
    await first;
    await tick();
    expect(statements.map((s) => s.requestIds)).toEqual([['a'], ['b', 'c']]);
    expect(settled).toBe(false);
    statements[1]!.release();
    await Promise.all([second, third]);
  });

  it('fails closed: every request of a failed statement is refused, the next ones are written', async () => {
    const { db, statements } = fakeDb((statement) => statement === 1);
    const writer = new ReadAuditWriter(db);
    const first = writer.write(request('a'), read('p1'));
    const second = writer.write(request('b'), read('p2'));
    const third = writer.write(request('c'), read('p3'));
    statements[0]!.release();
    await first;
    await tick();
    statements[1]!.release();
    await expect(second).rejects.toThrow('disk full');
    await expect(third).rejects.toThrow('disk full');
    const fourth = writer.write(request('d'), read('p4'));
    await tick();
    statements[2]!.release();
    await fourth;
    expect(statements.map((s) => s.requestIds)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('writes nothing for a request that read nothing personal', async () => {
    const { db, statements } = fakeDb();
    await new ReadAuditWriter(db).write(request('a'), []);
    expect(statements).toEqual([]);
  });
});

describe('the fields a read records', () => {
  /** The field nodes of `person { registry … }` in a document, as the executor hands them to Person.registry. */
  function registryNodes(source: string): { nodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const person = operation.selectionSet.selections[0] as FieldNode;
    const nodes = person.selectionSet!.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'registry');
    return { nodes, fragments };
  }

  it('are the guarded field and every leaf asked under it, through fragments, without aliases or __typename', () => {
    const { nodes, fragments } = registryNodes(`
      query { person(pid: "p") {
        registry { __typename risk: riskLevel diagnosis { category ...Dx } ... on RegistryRecord { followUps { nodes { visitedOn } } } }
        registry { riskLevel name }
      } }
      fragment Dx on Diagnosis { diagnosedOn category }`);
    expect(fieldsRead('Person.registry', nodes, fragments)).toEqual([
      'Person.registry',
      'Person.registry.diagnosis.category',
      'Person.registry.diagnosis.diagnosedOn',
      'Person.registry.followUps.nodes.visitedOn',
      'Person.registry.name',
      'Person.registry.riskLevel',
    ]);
  });

  it('are the field alone when it is a leaf, and are kept once per person', () => {
    const { nodes, fragments } = registryNodes('{ person(pid: "p") { registry } }');
    expect(fieldsRead('Person.registry', nodes, fragments)).toEqual(['Person.registry']);
    const audit = new ReadAudit();
    audit.record('p1', 'Person.registry', 'Person.registry.riskLevel');
    audit.record('p1', 'Person.registry', 'Person.registry.name');
    expect(audit.entries()).toEqual([{ action: 'READ', pid: 'p1', fields: ['Person.registry', 'Person.registry.name', 'Person.registry.riskLevel'] }]);
  });
});
