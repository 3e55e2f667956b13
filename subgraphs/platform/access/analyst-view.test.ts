import { describe, expect, it } from 'vitest';
import { buildSchema, graphql } from 'graphql';
import { applyAnalystView, personLevelTypes, toMonth } from '#platform/access/analyst-view.js';
import type { Caller } from '#platform/identity/identity.js';

const SDL = `
  scalar Date
  type Query {
    person(pid: ID!): Person
    referrals: ReferralConnection!
    institution: Institution
    indicators: Indicators!
  }
  type Person { pid: ID! registry: RegistryRecord referrals: [Referral!]! }
  type RegistryRecord { registeredOn: Date! followUps: [FollowUp!]! }
  type FollowUp { visitedOn: Date! }
  type Referral { id: ID! person: Person institution: Institution }
  type ReferralConnection { nodes: [Referral!]! }
  type Institution { name: String! inspectedOn: Date }
  type Indicators { registered: Int meanWaitingDays: Float byInstitution: [Institution!]! }
`;

const caller = (role: Caller['role']): Caller => ({ subject: 's', role, regionCode: '000000', institutionId: null, purpose: 'STATISTICS', tokenId: 't' });
const root = {
  person: () => ({ pid: 'p', registry: { registeredOn: '2024-03-15', followUps: [] }, referrals: [] }),
  referrals: () => ({ nodes: [{ id: 'r' }] }),
  institution: () => ({ name: 'A', inspectedOn: '2024-05-20' }),
  indicators: () => ({ registered: 12, meanWaitingDays: 3.5, byInstitution: [] }),
};
const run = (source: string, role: Caller['role']) =>
  graphql({ schema: applyAnalystView(buildSchema(SDL)), source, rootValue: root, contextValue: { caller: caller(role) } });

describe('person-level types', () => {
  it('are Person, what leads to a Person, and what only a Person leads to', () => {
    expect([...personLevelTypes(buildSchema(SDL))].sort()).toEqual(['FollowUp', 'Person', 'Referral', 'ReferralConnection', 'RegistryRecord']);
  });
});

describe('the analyst view', () => {
  it('refuses every person-level list and entity to analysts, as FORBIDDEN', async () => {
    for (const source of ['{ person(pid: "p") { pid } }', '{ referrals { nodes { id } } }']) {
      const answer = await run(source, 'ANALYST');
      expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(answer.errors?.[0]?.message).not.toMatch(/\bp\b.*pid|"p"/);
    }
  });
  it('keeps aggregates and public data, with dates to the month', async () => {
    const answer = await run('{ indicators { registered meanWaitingDays } institution { name inspectedOn } }', 'ANALYST');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ indicators: { registered: 12, meanWaitingDays: 3.5 }, institution: { name: 'A', inspectedOn: '2024-05-01' } });
  });
  it('changes nothing for other roles', async () => {
    const answer = await run('{ person(pid: "p") { registry { registeredOn } } referrals { nodes { id } } }', 'REGISTRY_OFFICER');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ person: { registry: { registeredOn: '2024-03-15' } }, referrals: { nodes: [{ id: 'r' }] } });
  });
});

describe('toMonth', () => {
  it('keeps only the month of dates and timestamps', () => {
    expect(toMonth('1987-06-15')).toBe('1987-06-01');
    expect((toMonth(new Date('2024-03-20T10:00:00Z')) as Date).toISOString()).toBe('2024-02-29T16:00:00.000Z');
  });
});
