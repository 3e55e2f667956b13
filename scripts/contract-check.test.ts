import { describe, expect, it } from 'vitest';
import { checkContract, contractGaps, gapPaths, parsePendingList } from './contract-check.js';

const CONTRACT = `
  type Query { person(pid: ID!): Person }
  type Person { pid: ID! age: Int journey: [Event!]! }
  type Event { at: String! }
`;

describe('contractGaps', () => {
  it('reports a contract field missing from the API schema, with its path and Inspector message', async () => {
    const api = 'type Query { person(pid: ID!): Person } type Person { pid: ID! age: Int journey: [Event!]! } type Event { kind: String }';
    expect(await contractGaps(api, CONTRACT)).toEqual([{ path: 'Event.at', message: "Field 'at' was removed from object type 'Event'" }]);
  });

  it('reports a missing type once, by its name, rather than each field that uses it', async () => {
    const api = 'type Query { person(pid: ID!): Person } type Person { pid: ID! age: Int }';
    expect(gapPaths(await contractGaps(api, CONTRACT))).toEqual(['Event', 'Person.journey']);
  });

  it('reports a field whose type changed incompatibly', async () => {
    const api = 'type Query { person(pid: ID!): Person } type Person { pid: ID! age: String journey: [Event!]! } type Event { at: String! }';
    expect(gapPaths(await contractGaps(api, CONTRACT))).toEqual(['Person.age']);
  });

  it('reports an argument whose type changed, by its field and argument path', async () => {
    const api = 'type Query { person(pid: Int!): Person } type Person { pid: ID! age: Int journey: [Event!]! } type Event { at: String! }';
    expect(gapPaths(await contractGaps(api, CONTRACT))).toEqual(['Query.person.pid']);
  });

  it('accepts additions: new fields, types and optional arguments', async () => {
    const api = `
      type Query { person(pid: ID!, asOf: String): Person, people: [Person!]! }
      type Person { pid: ID! age: Int journey: [Event!]! name: String }
      type Event { at: String! source: String }
      type Extra { x: Int }
    `;
    expect(await contractGaps(api, CONTRACT)).toEqual([]);
  });
});

describe('checkContract', () => {
  const partial = 'type Query { person(pid: ID!): Person } type Person { pid: ID! age: Int }';

  it('passes when every gap is pending', async () => {
    expect(await checkContract(partial, CONTRACT, ['Event', 'Person.journey'])).toEqual({ unlisted: [], resolved: [], narrowed: [], pending: 2 });
  });

  it('fails on a gap that is not pending', async () => {
    const report = await checkContract(partial, CONTRACT, ['Event']);
    expect(report.unlisted.map((gap) => gap.path)).toEqual(['Person.journey']);
  });

  it('reports a pending item that now exists as resolved, so its line gets deleted', async () => {
    const api = 'type Query { person(pid: ID!): Person } type Person { pid: ID! age: Int journey: [Event!]! } type Event { at: String! }';
    expect(await checkContract(api, CONTRACT, ['Event', 'Person.journey'])).toEqual({
      unlisted: [],
      resolved: ['Event', 'Person.journey'],
      narrowed: [],
      pending: 0,
    });
  });

  it('names the field paths that replace a pending type once the type is partly built', async () => {
    const contract = 'type Query { e: Event } type Event { at: String! kind: String! source: String }';
    const api = 'type Query { e: Event } type Event { at: String! }';
    const report = await checkContract(api, contract, ['Event']);
    expect(report.resolved).toEqual(['Event']);
    expect(report.narrowed).toEqual([{ path: 'Event', remaining: ['Event.kind', 'Event.source'] }]);
  });
});

describe('parsePendingList', () => {
  it('reads one path a line, ignoring blank lines and # comments', () => {
    expect(parsePendingList('# header\n\nPerson.journey\nRehabIndicators  # welfare, next sprint\n  Agency\n')).toEqual([
      'Person.journey',
      'RehabIndicators',
      'Agency',
    ]);
  });
});
