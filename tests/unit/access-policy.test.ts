import { describe, expect, it } from 'vitest';
import { policyProblems } from '#platform/access/policy-enforcement.js';
import { governedSubgraphs } from '../access-policies.js';

describe('access policies', async () => {
  const subgraphs = await governedSubgraphs();
  it.each(subgraphs.map((s) => [s.name, s] as const))('%s: every field, mutation and entity key has an entry, and every entry a field', (_name, s) => {
    expect(policyProblems(s.schema, s.policy)).toEqual([]);
  });
});
