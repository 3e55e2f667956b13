// Malformed and hostile HTTP requests and GraphQL documents for the fuzz test, and what counts as a wrong answer to one.
import fc from 'fast-check';
import type { SubgraphName } from '#platform/config/agencies.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';

/** Real values the federation under test holds, so that hostile requests can reach past the first check. */
export interface KnownValues {
  pid: string;
  referralId: string;
  institutionId: string;
  /** The endCursor of each list by name, to hand to every other list. */
  cursors: string[];
  /** Bearer tokens, one per role tried. */
  tokens: string[];
}

export interface HostileRequest {
  /** Index of the server: 0 is the gateway, then the subgraphs in order. */
  server: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer | null;
  /** Whether the document holds a mutation, so the test checks that a refusal wrote nothing. */
  writes: boolean;
  /** Citizen IDs in the request, which no answer may echo. */
  citizenIds: string[];
}

/** A GraphQL selection on one subgraph's root type, with holes for hostile values. */
interface Template {
  subgraph: SubgraphName;
  kind: 'query' | 'mutation';
  /** `{S}` string, `{I}` Int, `{C}` cursor, `{P}` pid, `{N}` citizen ID, `{D}` date, `{E}` enum, `{K}` idempotency key, `{B}` Boolean, `{R}` referral id, `{T}` institution id. */
  text: string;
}

const TEMPLATES: Template[] = [
  {
    subgraph: 'registry',
    kind: 'query',
    text: 'person(pid: {P}) { pid registry { regionCode riskLevel followUps(first: {I}, after: {C}) { pageInfo { endCursor } } } }',
  },
  { subgraph: 'registry', kind: 'query', text: 'overdueFollowUps(countyCode: {S}, asOf: {D}, first: {I}, after: {C}) { pageInfo { endCursor hasNextPage } }' },
  { subgraph: 'registry', kind: 'query', text: 'patients(filter: { regionCode: {S} }, first: {I}, after: {C}) { nodes { pid } pageInfo { endCursor } }' },
  { subgraph: 'registry', kind: 'query', text: 'auditTrail(pid: {P}) { __typename }' },
  { subgraph: 'registry', kind: 'query', text: 'breakGlassReviews(reviewed: {B}) { __typename }' },
  { subgraph: 'registry', kind: 'query', text: 'pendingReferralUploads(first: {I}) { __typename }' },
  {
    subgraph: 'registry',
    kind: 'mutation',
    text: 'registerPatient(input: { citizenId: {N}, name: {S}, countyCode: {S}, diagnosis: {E}, icd10: {S}, diagnosedOn: {D}, riskLevel: {I} }) { __typename }',
  },
  {
    subgraph: 'registry',
    kind: 'mutation',
    text: 'recordFollowUp(input: { pid: {P}, date: {D}, mode: {E}, riskLevel: {I}, symptomsResolved: {B}, insight: {E}, socialFunction: {S}, medicationAdherence: {E}, adverseReactions: {B}, hospitalizedSinceLastVisit: {B}, idempotencyKey: {K} }) { __typename }',
  },
  { subgraph: 'registry', kind: 'mutation', text: 'openBreakGlass(pid: {P}, reason: {S}) { __typename }' },
  { subgraph: 'registry', kind: 'mutation', text: 'acknowledgeReferralUploads(ids: [{S}, {R}]) { __typename }' },
  { subgraph: 'welfare', kind: 'query', text: 'referrals(filter: { regionCode: {S} }, first: {I}, after: {C}) { nodes { id status } pageInfo { endCursor } }' },
  { subgraph: 'welfare', kind: 'query', text: 'referral(id: {R}) { id status services(first: {I}, after: {C}) { pageInfo { endCursor } } }' },
  { subgraph: 'welfare', kind: 'query', text: 'overdueReferrals(regionCode: {S}, deadline: {E}, first: {I}, after: {C}) { pageInfo { endCursor } }' },
  { subgraph: 'welfare', kind: 'query', text: 'waitingList(countyCode: {S}, first: {I}, after: {C}) { pageInfo { endCursor } }' },
  { subgraph: 'welfare', kind: 'query', text: 'rehabInstitutions(regionCode: {S}, first: {I}, after: {C}) { nodes { id } pageInfo { endCursor } }' },
  { subgraph: 'welfare', kind: 'query', text: 'socialWorkers(regionCode: {S}, first: {I}, after: {C}) { pageInfo { endCursor } }' },
  { subgraph: 'welfare', kind: 'query', text: 'region(code: {S}) { code name children { code children { code } } }' },
  { subgraph: 'welfare', kind: 'query', text: 'rehabIndicators(regionCode: {S}, year: {I}) { regionCode year }' },
  { subgraph: 'welfare', kind: 'query', text: 'rehabInstitution(id: {T}) { id }' },
  { subgraph: 'welfare', kind: 'mutation', text: 'submitReferral(input: { pid: {P}, channel: {E}, countyCode: {S}, idempotencyKey: {K} }) { __typename }' },
  {
    subgraph: 'welfare',
    kind: 'mutation',
    text: 'dispatchReferral(input: { referralId: {R}, expectedVersion: {I}, institutionId: {T}, idempotencyKey: {K} }) { __typename }',
  },
  {
    subgraph: 'welfare',
    kind: 'mutation',
    text: 'waitlistReferral(input: { referralId: {R}, expectedVersion: {I}, reason: {S}, idempotencyKey: {K} }) { __typename }',
  },
  { subgraph: 'welfare', kind: 'mutation', text: 'acceptReferral(input: { referralId: {R}, expectedVersion: {I}, idempotencyKey: {K} }) { __typename }' },
  { subgraph: 'employment', kind: 'query', text: 'employmentReferrals(regionCode: {S}, status: {E}, first: {I}, after: {C}) { pageInfo { endCursor } }' },
  { subgraph: 'employment', kind: 'query', text: 'referredNotPlaced(regionCode: {S}, first: {I}, after: {C}) { pageInfo { endCursor } }' },
  { subgraph: 'employment', kind: 'query', text: 'placementsEndingSoon(regionCode: {S}, withinDays: {I}, first: {I}, after: {C}) { pageInfo { endCursor } }' },
  { subgraph: 'employment', kind: 'query', text: '_entities(representations: [{ __typename: "Person", pid: {P} }]) { __typename }' },
  { subgraph: 'guardianship', kind: 'query', text: '_service { sdl }' },
  { subgraph: 'guardianship', kind: 'query', text: '_entities(representations: [{ __typename: {S}, pid: {P} }, {S}]) { __typename }' },
];

/** Strings that break parsers, checks and SQL when they are not caught first. */
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '440305',
    '000000',
    '44030',
    '4403050',
    '999999',
    '440300',
    '\u0000',
    "'; drop table patient; --",
    '%',
    '%s%n',
    '\ud800',
    '../../../../etc/passwd',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
    '${7*7}',
    '<script>alert(1)</script>',
    '１２３４５６',
    '💥'.repeat(200),
    'x'.repeat(5000),
    '\\',
    '"',
    '\n\r\t',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 5, 500, 501, 2_147_483_647, 2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER + 2, 1e300, 3.5, -0),
  fc.integer(),
  fc.integer({ min: -10, max: 10_000 }),
);

function citizenIds(): fc.Arbitrary<string> {
  const valid = fc
    .record({ division: fc.constantFrom('440305', '110101', '310115', '000000', '999999'), day: fc.integer({ min: 0, max: 40_000 }), sequence: fc.nat(999) })
    .map(({ division, day, sequence }) => buildCitizenId(division, new Date(Date.UTC(1920, 0, 1) + day * 86_400_000).toISOString().slice(0, 10), sequence));
  // A valid shape with the wrong check character, an impossible birth date, a short or lower-case form.
  return fc.oneof(
    valid.map((id) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')),
    valid.map((id) => `${id.slice(0, 10)}0230${id.slice(14)}`),
    valid.map((id) => id.slice(0, 15)),
    valid.map((id) => `${id.slice(0, 17)}x`),
    fc.stringMatching(/^\d{18}$/),
  );
}

type Literal = { text: string; citizenId?: string };

/** A hostile value for each kind of hole, as GraphQL literal text; sometimes of another type than the argument's. */
function literals(known: KnownValues): Record<string, fc.Arbitrary<Literal>> {
  const quoted = (arb: fc.Arbitrary<string>) => arb.map((value) => ({ text: JSON.stringify(value) }));
  const cursor = fc.oneof(
    fc.constantFrom(...known.cursors),
    fc.constantFrom(...known.cursors).map((c) => c.slice(0, -2) + (c.endsWith('A') ? 'BB' : 'AA')),
    fc.constantFrom(...known.cursors).map((c) => c.slice(0, 20)),
    fc.base64String({ maxLength: 60 }),
    fc.constantFrom('', '.', 'a.b', 'null', 'W10.AAAAAAAAAAAAAAAAAAAAAA'),
  );
  const pid = fc.oneof(
    fc.constant(known.pid),
    fc.constant(known.pid.toUpperCase()),
    fc.constant(known.pid.slice(1)),
    fc.constant(`${known.pid}a`),
    fc.stringMatching(/^[a-z2-7]{32}$/),
    hostileString,
  );
  const date = fc.oneof(
    fc.constantFrom('2025-02-30', '0000-00-00', '9999-12-31', '2025-1-1', '', '2025-13-01', '+275760-09-13', '1970-01-01T00:00:00Z', '2024-02-29'),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const enumValue = fc.constantFrom('SCHIZOPHRENIA', 'REGISTRATION', 'DISPATCH', 'RECEIVED', 'PHONE', 'VOLUNTARY', 'NOPE', 'null', 'true', '__proto__');
  const wrongType = fc.constantFrom('null', '[]', '{}', '[[[[1]]]]', '{ a: 1 }', '1.5', 'true', '$undefinedVariable', '"x"', '12345678901234567890');
  const typed: Record<string, fc.Arbitrary<Literal>> = {
    S: quoted(hostileString),
    I: hostileInt.map((n) => ({ text: Number.isFinite(n) ? String(n) : '0' })),
    C: quoted(cursor),
    P: quoted(pid),
    N: citizenIds().map((id) => ({ text: JSON.stringify(id), citizenId: id })),
    D: quoted(date),
    E: enumValue.map((text) => ({ text })),
    K: quoted(fc.oneof(fc.uuid(), hostileString)),
    B: fc.constantFrom('true', 'false').map((text) => ({ text })),
    R: quoted(fc.oneof(fc.constant(known.referralId), fc.uuid(), hostileString)),
    T: quoted(fc.oneof(fc.constant(known.institutionId), fc.uuid(), hostileString)),
  };
  const wrong = wrongType.map((text) => ({ text }));
  return Object.fromEntries(Object.entries(typed).map(([hole, arb]) => [hole, fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: wrong })]));
}

/** How a selection is dressed: aliases, fragments, directives, nesting. */
const dressing = fc.record({
  aliases: fc.constantFrom(0, 0, 0, 1, 2, 12),
  fragment: fc.constantFrom('none', 'none', 'named', 'inline', 'unknown', 'cyclic'),
  directive: fc.constantFrom(
    '',
    '',
    '@include(if: true)',
    '@skip(if: false)',
    '@skip(if: $nope)',
    '@deprecated',
    '@nope',
    '@include(if: true) @include(if: true)',
  ),
  typename: fc.constantFrom(0, 0, 1, 300),
  introspection: fc.constantFrom(
    null,
    null,
    null,
    '__schema { types { name fields { name } } }',
    '__type(name: "Person") { name }',
    '__type(name: 1) { name }',
  ),
});

/** One GraphQL document and its variables, mostly well formed, sometimes broken on purpose. */
function documents(
  known: KnownValues,
  subgraph: SubgraphName | null,
): fc.Arbitrary<{ query: string; variables: unknown; operationName: unknown; writes: boolean; citizenIds: string[] }> {
  const values = literals(known);
  // Built once per template: building arbitraries inside a chain would cost more than running them.
  const selection = fc.oneof(
    ...TEMPLATES.filter((t) => subgraph === null || t.subgraph === subgraph).map((template) => {
      const holes = [...template.text.matchAll(/\{([SICPNDEKBRT])\}/g)].map((m) => m[1]!);
      return fc.tuple(fc.constant(template), fc.tuple(...holes.map((hole) => values[hole]!)));
    }),
  );
  const wellFormed = fc
    .record({
      selections: fc.array(selection, { minLength: 1, maxLength: 3 }),
      dressing,
      operationType: fc.constantFrom('auto', 'auto', 'auto', 'query', 'mutation', 'subscription', '{'),
      operations: fc.constantFrom(1, 1, 1, 2),
      operationName: fc.constantFrom(undefined, undefined, 'A', 'B', 'Missing', 7, null, ['A']),
      variables: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'nope'), fc.jsonValue({ maxDepth: 2 })),
      ),
      variableDefinitions: fc.constantFrom(
        '',
        '',
        '($a: Int = 1)',
        '($a: String!)',
        '($a: [[Int!]!])',
        '($a: PatientFilter)',
        '($a: NoSuchType)',
        '($a: Int, $a: Int)',
      ),
    })
    .map(({ selections, dressing, operationType, operations, operationName, variables, variableDefinitions }) => {
      const writes = selections.some(([t]) => t.kind === 'mutation');
      const type = operationType === 'auto' ? (writes ? 'mutation' : 'query') : operationType;
      let fields = selections
        .map(([template, values]) => {
          let index = 0;
          return template.text.replace(/\{[SICPNDEKBRT]\}/g, () => values[index++]!.text);
        })
        .join(' ');
      if (dressing.aliases > 0) fields = Array.from({ length: dressing.aliases }, (_, i) => `a${i}: ${fields}`).join(' ');
      if (dressing.directive) fields = `... ${dressing.directive} { ${fields} }`;
      if (dressing.typename > 0) fields += ' __typename'.repeat(dressing.typename);
      if (dressing.introspection) fields += ` ${dressing.introspection}`;
      const root = type === 'mutation' ? 'Mutation' : type === 'subscription' ? 'Subscription' : 'Query';
      let fragments = '';
      if (dressing.fragment === 'named') {
        fragments = ` fragment F on ${root} { ${fields} }`;
        fields = '...F';
      } else if (dressing.fragment === 'inline') fields = `... on ${root} { ${fields} }`;
      else if (dressing.fragment === 'unknown') fields = '...Nowhere';
      else if (dressing.fragment === 'cyclic') {
        fragments = ` fragment F on ${root} { ...G ${fields} } fragment G on ${root} { ...F }`;
        fields = '...F';
      }
      const head = type === '{' ? '' : `${type} ${operations > 1 ? 'A' : ''}${variableDefinitions} `;
      const one = `${head}{ ${fields} }`;
      const query = operations > 1 ? `${one} ${one.replace(/^(\w+) A/, '$1 B')}${fragments}` : `${one}${fragments}`;
      return {
        query,
        variables,
        operationName,
        writes: writes || type === 'mutation',
        citizenIds: selections.flatMap(([, values]) => values.flatMap((v) => (v.citizenId ? [v.citizenId] : []))),
      };
    });
  const broken = fc.oneof(
    wellFormed.chain((doc) => fc.nat(doc.query.length).map((cut) => ({ ...doc, query: doc.query.slice(0, cut) }))),
    wellFormed.chain((doc) =>
      fc.tuple(fc.nat(doc.query.length), fc.constantFrom('{', '}', '(', '"', '$', '@', '...', '#', '\u0000', '"""', '\\u')).map(([at, junk]) => ({
        ...doc,
        query: doc.query.slice(0, at) + junk + doc.query.slice(at),
      })),
    ),
    fc
      .constantFrom(
        '',
        '{',
        '}',
        '{{{{{{{{{{',
        '# only a comment',
        'query',
        '{ __typename }',
        '{ a: __typename a: __typename }',
        `{ region(code: "440000") { ${'children { '.repeat(40)}code${' }'.repeat(41)}`,
      )
      .map((query) => ({
        query,
        variables: undefined,
        operationName: undefined,
        writes: false,
        citizenIds: [],
      })),
    fc.string({ maxLength: 200 }).map((query) => ({ query, variables: undefined, operationName: undefined, writes: false, citizenIds: [] })),
  );
  return fc.oneof({ weight: 6, arbitrary: wellFormed }, { weight: 2, arbitrary: broken });
}

/** The HTTP body around a document: JSON as it should be, JSON of the wrong shape, batches, other encodings, bytes. */
function bodies(known: KnownValues, subgraph: SubgraphName | null) {
  const doc = documents(known, subgraph);
  const request = (d: { query: string; variables: unknown; operationName: unknown }) => ({
    query: d.query,
    ...(d.variables === undefined ? {} : { variables: d.variables }),
    ...(d.operationName === undefined ? {} : { operationName: d.operationName }),
  });
  type Body = { body: string | Buffer | null; writes: boolean; citizenIds: string[] };
  const plain: fc.Arbitrary<Body> = doc.map((d) => ({ body: JSON.stringify(request(d)), writes: d.writes, citizenIds: d.citizenIds }));
  const encoded: fc.Arbitrary<Body> = fc
    .tuple(doc, fc.constantFrom<BufferEncoding>('latin1', 'utf16le', 'ucs2', 'base64'))
    .map(([d, encoding]) => ({ body: Buffer.from(JSON.stringify(request(d)), encoding), writes: d.writes, citizenIds: d.citizenIds }));
  const batched: fc.Arbitrary<Body> = fc.array(doc, { minLength: 0, maxLength: 3 }).map((ds) => ({
    body: JSON.stringify(ds.map(request)),
    writes: ds.some((d) => d.writes),
    citizenIds: ds.flatMap((d) => d.citizenIds),
  }));
  const wrongShape: fc.Arbitrary<Body> = fc
    .oneof(
      fc.constantFrom('null', '[]', '{}', '"{ __typename }"', '123', 'true', '{"query": 5}', '{"query": null}', '{"query": ["{ __typename }"]}'),
      fc.constantFrom(
        '{"query": "{ __typename }", "variables": "a"}',
        '{"query": "{ __typename }", "variables": [1]}',
        '{"query": "{ __typename }", "extensions": "x"}',
        '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
        '{"extensions": {"persistedQuery": {"version": 2, "sha256Hash": 5}}}',
        '{"query": "{ __typename }", "query": "{ __typename }"}',
        '{"__proto__": {"query": "{ __typename }"}}',
        '{"query": "{ __typename }"',
        '\ufeff{"query": "{ __typename }"}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"query": "{ __typename }", "variables": ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
      ),
      fc.string({ maxLength: 100 }),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    )
    .map((body) => ({ body, writes: false, citizenIds: [] }));
  const bytes: fc.Arbitrary<Body> = fc.uint8Array({ maxLength: 200 }).map((b) => ({ body: Buffer.from(b), writes: false, citizenIds: [] }));
  return fc.oneof(
    { weight: 10, arbitrary: plain },
    { weight: 1, arbitrary: encoded },
    { weight: 2, arbitrary: batched },
    { weight: 2, arbitrary: wrongShape },
    { weight: 1, arbitrary: bytes },
    { weight: 1, arbitrary: fc.constant<Body>({ body: null, writes: false, citizenIds: [] }) },
  );
}

const contentTypes = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=koi8-r',
      'application/json; charset=nope',
      'application/json; charset="',
      'application/json;;;',
      'application/graphql',
      'application/graphql-response+json',
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/*',
      '*/*',
      '',
      'json',
      'application/json\u0000',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** Any hostile request to one server of the federation (0 the gateway, then `subgraphs` in order). */
export function hostileRequests(known: KnownValues, subgraphs: readonly SubgraphName[]): fc.Arbitrary<HostileRequest> {
  const servers = [null, ...subgraphs] as const;
  return fc.oneof(...servers.map((subgraph, server) => requestsTo(known, server, subgraph)));
}

function requestsTo(known: KnownValues, server: number, subgraph: SubgraphName | null): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant('POST') },
        { weight: 2, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD') },
      ),
      path: fc.oneof(
        { weight: 14, arbitrary: fc.constant('/graphql') },
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            '/graphql?query=%7B__typename%7D',
            '/graphql?query=mutation%7B__typename%7D',
            '/graphql?query=%7B',
            '/graphql/',
            '/graphql/..',
            '/%',
            '/%E0%A4%A',
            '/nope',
            '/web/%2e%2e/%2e%2e/package.json',
            '/web/..%2f..%2fpackage.json',
            '/web/nope.js',
            '/health',
            '/ready',
            '/metrics',
            '/graphql?variables=%7B',
            `/graphql?${'a=1&'.repeat(2000)}`,
          ),
        },
      ),
      contentType: contentTypes,
      encoding: fc.constantFrom(null, null, null, null, 'gzip', 'deflate', 'br', 'identity', 'bogus'),
      accept: fc.constantFrom(null, null, 'application/json', 'text/html', 'application/graphql-response+json', 'multipart/mixed', 'application/xml', ''),
      token: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...known.tokens).map((t) => `Bearer ${t}`) },
        { weight: 1, arbitrary: fc.constantFrom(null, 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', `Bearer ${'x'.repeat(9000)}`) },
      ),
      requestId: fc.constantFrom(null, null, 'fuzz', 'x'.repeat(500), '../../etc', '<script>'),
      preflight: fc.boolean(),
      body: bodies(known, subgraph),
    })
    .map(({ method, path, contentType, encoding, accept, token, requestId, preflight, body }) => {
      const headers: Record<string, string> = {};
      if (contentType) headers['content-type'] = contentType;
      if (encoding) headers['content-encoding'] = encoding;
      if (accept !== null) headers.accept = accept;
      if (token) headers.authorization = token;
      if (requestId) headers['x-request-id'] = requestId;
      if (preflight) headers['apollo-require-preflight'] = 'true';
      // Any method may carry a body (a GET or DELETE with one is hostile too); only a POST's document is run.
      return {
        server,
        method,
        path,
        headers,
        body: method === 'HEAD' ? null : body.body,
        writes: method === 'POST' && body.writes,
        citizenIds: body.citizenIds,
      };
    });
}

export interface Answer {
  status: number;
  contentType: string;
  body: string;
  ms: number;
}

/** What is wrong with an answer to a hostile request: each problem a short label, counted by the test. */
export function problemsOf(request: HostileRequest, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status === 0) return ['no answer (timed out or connection dropped)'];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (/\bat [\w.<>]+ \(|\(node:|node_modules|\/work\/|\/home\/|\.tsx?:\d+|\.[cm]?js:\d+|<pre>/i.test(answer.body)) problems.push('stack trace or path');
  if (answer.status >= 400 && request.method !== 'HEAD') {
    const parsed = parseJson(answer.body);
    const errors = (parsed as { errors?: unknown } | null)?.errors;
    if (!Array.isArray(errors) || errors.length === 0) problems.push(/html/i.test(answer.contentType) ? 'library error page' : 'error without a GraphQL body');
    else if (!errors.every((e) => typeof e?.extensions?.code === 'string')) problems.push('error without a code');
  }
  if (/"code":\s*"INTERNAL_SERVER_ERROR"/.test(answer.body)) problems.push('INTERNAL_SERVER_ERROR');
  for (const id of request.citizenIds) if (id.length >= 15 && answer.body.includes(id)) problems.push('citizen ID echoed');
  if (answer.ms > 5000) problems.push('slower than 5 s');
  return problems;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Whether a GraphQL answer refused the whole request: an error status, or errors and no field answered. */
export function refused(answer: Answer): boolean {
  if (answer.status >= 400) return true;
  const parsed = parseJson(answer.body) as { data?: Record<string, unknown> | null; errors?: unknown[] } | unknown[] | null;
  const answers = Array.isArray(parsed) ? parsed : [parsed];
  return answers.every((one) => {
    const data = (one as { data?: Record<string, unknown> | null } | null)?.data;
    return !data || Object.values(data).every((value) => value === null);
  });
}
