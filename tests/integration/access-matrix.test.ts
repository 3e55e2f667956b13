// The access matrix over HTTP, generated from the subgraphs' policies, on seeded demo data (PGlite):
// every coordinate whose entry decides (every field of a person and every entity key, every root
// field and mutation), a role it grants and a role it refuses, in and out of the caller's scope,
// through the gateway and directly against the owning subgraph. A coordinate without cases fails.
import { randomUUID } from 'node:crypto';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinatesOf } from '#platform/access/policy-enforcement.js';
import { type Access, grantsOf, isThrough, purposesOf } from '#platform/access/policy.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { defaultPurpose, ROLES, type Role } from '#platform/identity/identity.js';
import { type GovernedSubgraph, governedSubgraphs } from '../access-policies.js';
import { type Federation, type GraphQLBody, startFederation } from '../federation-harness.js';

const INST = 'f0000000-0000-4000-8000-0000000000aa';
/** The hospital of the clinicians' tokens (a unified social credit code). */
const HOSPITAL = '12440300MB0000001X';
const ROOTS = new Set(['Query', 'Mutation']);

/** A selection of the field's first leaves, a few levels deep, so the field itself is asked. */
function selection(type: GraphQLNamedType, reads: (coordinate: string) => boolean = () => true, depth = 0): string {
  if (isLeafType(type) || !isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)) && reads(`${type.name}.${f.name}`));
  const leaf = fields.find((f) => isLeafType(getNamedType(f.type)));
  if (leaf) return `{ ${leaf.name} }`;
  if (depth > 3) return '{ __typename }';
  const inner = fields[0];
  return inner ? `{ ${inner.name} ${selection(getNamedType(inner.type), reads, depth + 1)} }` : '{ __typename }';
}

/** A well-typed value for a required argument: enough to pass validation and reach the access check. */
function valueFor(type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${valueFor(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${valueFor(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(inner)) {
    const name = inner.name;
    if (name === 'Int') return '1';
    if (name === 'Float') return '1.5';
    if (name === 'Boolean') return 'true';
    if (name === 'Date') return '"2026-01-05"';
    if (name === 'DateTime') return '"2026-01-05T08:00:00+08:00"';
    if (name === 'CitizenId') return `"${buildCitizenId('440305', '1980-01-01', 11)}"`;
    return '"440305"';
  }
  return 'null';
}

function rootOperation(field: GraphQLField<unknown, unknown>, kind: 'query' | 'mutation'): string {
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${valueFor(a.type)}`);
  return `${kind} { ${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''} ${selection(getNamedType(field.type))} }`;
}

/** The shortest way from an entity key type to a type, through fields without required arguments: the entity and the field names. */
function pathTo(schema: GraphQLSchema, target: string): { entity: string; fields: string[] } | null {
  const entities = Object.values(schema.getTypeMap()).filter(
    (t) => isObjectType(t) && !t.name.startsWith('__') && (t.astNode?.directives ?? []).some((d) => d.name.value === 'key'),
  );
  const queue: { type: string; entity: string; fields: string[] }[] = entities.map((t) => ({ type: t.name, entity: t.name, fields: [] }));
  const seen = new Set(queue.map((q) => q.type));
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at.type === target) return { entity: at.entity, fields: at.fields };
    const type = schema.getType(at.type);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (!isObjectType(next) || seen.has(next.name) || field.args.some((a) => isNonNullType(a.type))) continue;
      seen.add(next.name);
      queue.push({ type: next.name, entity: at.entity, fields: [...at.fields, field.name] });
    }
  }
  return null;
}

type Outcome = 'forbidden' | 'answered';
const outcomeOf = (body: GraphQLBody<unknown>): Outcome => (body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') ? 'forbidden' : 'answered');

/** The errors of an answer but the analysts' small-cell suppression, which is not about access. */
const unexpected = (body: GraphQLBody<unknown>) => (body.errors ?? []).filter((e) => e.extensions?.code !== 'SMALL_CELL_SUPPRESSED');

/** The value a field answered (null, [] and objects of nulls count as "no data"). */
function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(hasData);
  if (typeof value === 'object') return Object.values(value).some(hasData);
  return true;
}

describe('the access matrix over HTTP', () => {
  let federation: Federation;
  let subgraphs: GovernedSubgraph[];
  /** A person with every fact a scope rule asks: consents, a case at INST, a hand-off to the federation. */
  let open: { pid: string; county: string };
  let otherProvince: string;
  const covered = new Map<string, number>();
  const count = (subgraph: string, coordinate: string) => covered.set(`${subgraph} ${coordinate}`, (covered.get(`${subgraph} ${coordinate}`) ?? 0) + 1);

  beforeAll(async () => {
    subgraphs = await governedSubgraphs();
    federation = await startFederation('pglite', { people: 300, seed: 33 });
    const { registry, welfare, employment } = federation.agencies;
    const certified: { pid: string }[] = await employment.db('disability_certificate').select('pid');
    const referred = new Set(((await welfare.db('referral').select('pid')) as { pid: string }[]).map((r) => r.pid));
    const pid = certified.map((c) => c.pid).find((p) => referred.has(p))!;
    const patient = await registry.db('patient').where({ pid }).first('pid', 'county_code');
    open = { pid, county: patient.county_code };
    otherProvince = open.county.startsWith('11') ? '310000' : '110000';
    await registry.db('consent').insert({ pid, scope: 'REFERRAL_UPLOAD', granted_by: 'PATIENT_AND_GUARDIAN', granted_at: new Date() });
    await registry.db('case_holding').insert({ event_id: randomUUID(), pid, referral_id: randomUUID(), institution_id: INST, holds: true, at: new Date() });
    const handed = await federation.query(
      'mutation ($input: ReceiveEmploymentHandoffInput!) { receiveEmploymentHandoff(input: $input) { id } }',
      {
        input: {
          handoffId: randomUUID(),
          referralId: randomUUID(),
          pid,
          countyCode: open.county,
          outcome: 'EMPLOYMENT',
          willingToWork: true,
          ableToWork: true,
          needsSupport: false,
          handedOverAt: new Date().toISOString(),
        },
      },
      employment.server.graphqlUrl,
      await federation.tokenFor('SERVICE'),
    );
    expect(handed.errors).toBeUndefined();
    // One of the person's cases sent back to the clinicians' hospital, and shared with the federation.
    const referral = await welfare.db('referral').where({ pid }).first('id');
    await welfare.db('green_channel_referral').insert({ id: randomUUID(), referral_id: referral.id, pid, hospital_code: HOSPITAL, referred_on: '2026-01-05' });
    await welfare.db('referral_consent').insert({ referral_id: referral.id, scope: 'EMPLOYMENT_SHARING', granted_by: 'PATIENT', granted_at: new Date() });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const token = (role: Role, region: string, access?: Access) =>
    federation.tokenFor(role, {
      region,
      institution: role === 'HOSPITAL_CLINICIAN' ? HOSPITAL : INST,
      purpose: access ? purposesOf(role, access)[0]! : defaultPurpose(role),
    });

  /** A role the entry grants and one it refuses (every role when it refuses none, or grants none). */
  function rolesOf(s: GovernedSubgraph, coordinate: string): { granted: [Role, Access][]; refused: Role[] } {
    const { grants } = grantsOf(s.policy.table, coordinate);
    const granted = ROLES.flatMap((role): [Role, Access][] => (grants[role] ? [[role, grants[role]!]] : []));
    return { granted, refused: ROLES.filter((role) => !grants[role]) };
  }

  /** The coordinates that decide: their own entry, not another's by `as`. */
  const deciding = (s: GovernedSubgraph) =>
    coordinatesOf(s.schema).filter((c) => {
      const entry = s.policy.table.rules[c] ?? s.policy.table.rules[`${c.split('.')[0]}.*`];
      return entry !== undefined && !isThrough(entry);
    });

  it('answers every person field and entity key as the policy says, through the gateway and at the owning subgraph', async () => {
    for (const s of subgraphs) {
      const url = federation.subgraphs[s.name]!.server.graphqlUrl;
      for (const coordinate of deciding(s)) {
        const [typeName, fieldName] = coordinate.split('.') as [string, string];
        if (ROOTS.has(typeName)) continue;
        const owner = typeName === '_entities' ? fieldName : typeName;
        const path = pathTo(s.schema, owner);
        if (!path || (path.entity !== owner && typeName === '_entities')) continue;
        const entity = path.entity;
        const type = s.schema.getType(owner);
        if (!isObjectType(type)) continue;
        // The coordinates on the way decide first: a role they refuse never reaches this one.
        const onTheWay = path.fields.map((_f, i) => {
          const parent = pathType(s.schema, entity, path.fields.slice(0, i)).name;
          return `${parent}.${path.fields[i]}`;
        });
        const key = entity === 'Person' || entity === 'AuditTrail' ? { pid: open.pid } : entity === 'ReaderTrail' ? { subject: 'ro-1' } : null;
        const inScope = key ?? { regionCode: open.county, year: 2025 };
        const outOfScope = key ?? { regionCode: otherProvince, year: 2025 };
        const field = typeName === '_entities' ? null : type.getFields()[fieldName]!;
        if (field?.args.some((a) => isNonNullType(a.type))) continue;
        const ask = (role: Role) => {
          const reads = (c: string) => grantsOf(s.policy.table, c).grants[role] !== undefined;
          const leaf = field ? `${field.name} ${selection(getNamedType(field.type), reads)}` : '__typename';
          return path.fields.reduceRight((inner, name) => `${name} { ${inner} }`, leaf);
        };
        const direct = (role: Role) => `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${entity} { ${ask(role)} } } }`;
        // A field the gateway does not expose (@inaccessible, a @requires source) is asked at the subgraph only.
        const viaGatewayToo = entity === 'Person' && field !== null && !(field.astNode?.directives ?? []).some((d) => d.name.value === 'inaccessible');
        const entities = (body: GraphQLBody<{ _entities: (Record<string, unknown> | null)[] }>) => body.data?._entities?.[0] ?? null;
        const { granted, refused } = rolesOf(s, coordinate);
        const reaching = (role: Role) => [`_entities.${entity}`, ...onTheWay].every((c) => grantsOf(s.policy.table, c).grants[role] !== undefined);
        for (const role of refused.filter(reaching).slice(0, 2)) {
          const body = await federation.query(direct(role), { r: [{ __typename: entity, ...inScope }] }, url, await token(role, open.county));
          expect(outcomeOf(body), `${s.name} ${coordinate}: ${role} directly`).toBe('forbidden');
          if (viaGatewayToo && grantsOf(s.policy.table, '_entities.Person').grants[role]) {
            const viaGateway = await federation.query(
              `query ($pid: ID!) { person(pid: $pid) { ${ask(role)} } }`,
              { pid: open.pid },
              undefined,
              await token(role, open.county),
            );
            expect(outcomeOf(viaGateway), `${s.name} ${coordinate}: ${role} via the gateway`).toBe('forbidden');
          }
          count(s.name, coordinate);
        }
        // A role refused on the way is refused there (that coordinate's own cases show it).
        if (refused.length > 0 && !refused.some(reaching)) count(s.name, coordinate);
        for (const [role, access] of granted.filter(([role]) => reaching(role))) {
          const inside = await federation.query(direct(role), { r: [{ __typename: entity, ...inScope }] }, url, await token(role, open.county, access));
          expect(outcomeOf(inside), `${s.name} ${coordinate}: ${role} in scope`).toBe('answered');
          expect(unexpected(inside), `${s.name} ${coordinate}: ${role} in scope`).toEqual([]);
          const scoped = access.scope.some((rule) => rule !== 'public' && rule !== 'service-only');
          if (scoped && role !== 'SERVICE') {
            // A person looked up from another province; a region's figures asked outside the caller's own.
            const outside = await federation.query(
              direct(role),
              { r: [{ __typename: entity, ...outOfScope }] },
              url,
              await token(role, key ? otherProvince : open.county, access),
            );
            expect(unexpected(outside), `${s.name} ${coordinate}: ${role} out of scope`).toEqual([]);
            const answered = entities(outside as GraphQLBody<{ _entities: (Record<string, unknown> | null)[] }>);
            expect(field ? hasData(answered) : answered !== null, `${s.name} ${coordinate}: ${role} out of scope answers no data`).toBe(false);
            if (viaGatewayToo) {
              const viaGateway = await federation.query<{ person: Record<string, unknown> | null }>(
                `query ($pid: ID!) { person(pid: $pid) { ${ask(role)} } }`,
                { pid: open.pid },
                undefined,
                await token(role, otherProvince, access),
              );
              expect(unexpected(viaGateway), `${s.name} ${coordinate}: ${role} via the gateway, out of scope`).toEqual([]);
              expect(hasData(viaGateway.data?.person ?? null)).toBe(false);
            }
          }
          count(s.name, coordinate);
        }
      }
    }
  });

  it('refuses every root field and mutation to the roles it does not grant, and lets the granted ones past the check', async () => {
    for (const s of subgraphs) {
      const url = federation.subgraphs[s.name]!.server.graphqlUrl;
      for (const coordinate of deciding(s)) {
        const [typeName, fieldName] = coordinate.split('.') as [string, string];
        if (!ROOTS.has(typeName)) continue;
        const root = typeName === 'Query' ? s.schema.getQueryType()! : s.schema.getMutationType()!;
        const operation = rootOperation(root.getFields()[fieldName]!, typeName === 'Query' ? 'query' : 'mutation');
        const { granted, refused } = rolesOf(s, coordinate);
        for (const role of refused.slice(0, 2)) {
          expect(outcomeOf(await federation.query(operation, undefined, url, await token(role, open.county))), `${s.name} ${coordinate}: ${role}`).toBe(
            'forbidden',
          );
          count(s.name, coordinate);
        }
        const [first] = granted;
        if (first) {
          const [role, access] = first;
          const body = await federation.query(operation, undefined, url, await token(role, open.county, access));
          // Past the role check: whatever the made-up arguments earn (NOT_FOUND, BAD_USER_INPUT), never FORBIDDEN for the role.
          expect(
            body.errors?.filter((e) => e.extensions?.code === 'FORBIDDEN' && /may not read|无权读取/.test(e.message)) ?? [],
            `${s.name} ${coordinate}: ${role}`,
          ).toEqual([]);
          count(s.name, coordinate);
        }
      }
    }
  });

  it('has cases for every coordinate that decides', () => {
    const missing = subgraphs.flatMap((s) =>
      deciding(s)
        .filter((coordinate) => {
          const [typeName, fieldName] = coordinate.split('.') as [string, string];
          const type = s.schema.getType(typeName === '_entities' ? fieldName : typeName);
          const field = isObjectType(type) && typeName !== '_entities' ? type.getFields()[fieldName] : undefined;
          // A field with required arguments, or of a type only a root field or mutation answers, is reached through that root's cases.
          return (
            !field?.args.some((a) => isNonNullType(a.type)) &&
            (ROOTS.has(typeName) || pathTo(s.schema, typeName === '_entities' ? fieldName : typeName) !== null)
          );
        })
        .filter((coordinate) => !covered.has(`${s.name} ${coordinate}`))
        .map((coordinate) => `${s.name} ${coordinate}`),
    );
    expect(missing).toEqual([]);
  });
});

/** The type reached from an entity along some field names. */
function pathType(schema: GraphQLSchema, entity: string, fields: string[]): GraphQLNamedType {
  let type = schema.getType(entity)!;
  for (const name of fields) type = getNamedType((type as ReturnType<typeof schema.getQueryType> & object).getFields()[name]!.type);
  return type;
}
