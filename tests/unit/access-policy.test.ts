// The access policies, exhaustively: every declared coordinate of every subgraph × every role and
// purpose × every scope case its rules make (each rule held, each one failing, the person unknown),
// against the decision the policy's pure functions take. A coordinate without cases fails.
import { describe, expect, it } from 'vitest';
import { coordinatesOf, policyProblems } from '#platform/access/policy-enforcement.js';
import { type Access, type Decision, decide, type Facts, grantsOf, PERSON_KEY_ROLES, ROLE_CASES, type ScopeRule } from '#platform/access/policy.js';
import { type Caller, ROLES } from '#platform/identity/identity.js';
import { personLevelTypes } from '#platform/access/analyst-view.js';
import { governedSubgraphs } from '../access-policies.js';

const INST = 'inst-own';
const HOME = '440305';

interface ScopeCase {
  name: string;
  facts: Facts | null;
  expected: Decision;
}

const factsHolding = (): Facts => ({
  regionCode: HOME,
  breakGlass: false,
  institutions: [INST],
  hospitalCode: INST,
  consents: {
    REFERRAL_UPLOAD: { patient: true, guardian: true, hasGuardian: true },
    EMPLOYMENT_SHARING: { patient: true, guardian: true, hasGuardian: true },
  },
});

/** The cases of one access, with the answer DOMAIN.md §6 asks for, written out rule by rule. */
function scopeCases(caller: Caller, access: Access): ScopeCase[] {
  const rules = access.scope;
  const personal = rules.some((rule) => rule !== 'public' && rule !== 'service-only');
  const machine = rules.includes('service-only') && caller.role !== 'SERVICE';
  const held: Decision = machine ? 'hidden' : 'allow';
  const cases: ScopeCase[] = [{ name: 'every rule holds', facts: factsHolding(), expected: held }];
  if (personal) cases.push({ name: 'the person is unknown', facts: null, expected: 'hidden' });
  for (const rule of rules as ScopeRule[]) {
    const f = factsHolding();
    if (rule === 'region') {
      cases.push({ name: 'outside the region', facts: { ...f, regionCode: '110105' }, expected: 'hidden' });
      if (rules.includes('break-glass'))
        cases.push({ name: 'outside, opened by break-glass', facts: { ...f, regionCode: '110105', breakGlass: true }, expected: held });
    } else if (rule === 'own-institution-cases') {
      cases.push({ name: "not a case of the caller's institution", facts: { ...f, institutions: ['inst-other'] }, expected: 'hidden' });
      if (rules.includes('transfer-intake'))
        cases.push({
          name: 'not its case, pending transfer into the region',
          facts: { ...f, institutions: ['inst-other'], transferPending: true },
          expected: held,
        });
    } else if (rule === 'transfer-intake') {
      cases.push({
        name: 'pending transfer to a county outside the region',
        facts: { ...f, regionCode: '110105', institutions: ['inst-other'], transferPending: true },
        expected: 'hidden',
      });
    } else if (rule === 'own-institution') {
      cases.push({ name: "another institution's", facts: { ...f, institutions: ['inst-other'] }, expected: 'hidden' });
      cases.push({ name: 'no institution named', facts: { ...f, institutions: [] }, expected: 'hidden' });
    } else if (rule === 'own-hospital-uploads') {
      cases.push({ name: "another hospital's", facts: { ...f, hospitalCode: 'inst-other' }, expected: 'hidden' });
    } else if (typeof rule !== 'string') {
      const given = (patient: boolean, guardian: boolean, hasGuardian: boolean): Facts => ({
        ...f,
        consents: { ...f.consents, [rule.consent]: { patient, guardian, hasGuardian } },
      });
      const ok = { patient: [true, false], guardian: [false, true], both: [true, true] }[rule.of];
      cases.push({ name: `no ${rule.consent} consent`, facts: given(false, false, true), expected: 'hidden' });
      cases.push({
        name: `${rule.consent}: the patient's alone, with a guardian`,
        facts: given(true, false, true),
        expected: rule.of === 'guardian' || rule.of === 'both' ? 'hidden' : held,
      });
      cases.push({
        name: `${rule.consent}: the guardian's alone`,
        facts: given(false, true, true),
        expected: rule.of === 'patient' || rule.of === 'both' ? 'hidden' : held,
      });
      cases.push({ name: `${rule.consent}: as the rule asks`, facts: given(ok[0]!, ok[1]!, true), expected: held });
      if (rule.of === 'both') cases.push({ name: `${rule.consent}: the patient's, no guardian`, facts: given(true, false, false), expected: held });
    }
  }
  return cases;
}

const callerOf = (role: Caller['role'], purpose: Caller['purpose']): Caller => ({
  subject: 's',
  role,
  purpose,
  regionCode: '440300',
  institutionId: INST,
  tokenId: 't',
});

describe('access policies', async () => {
  const subgraphs = await governedSubgraphs();

  it.each(subgraphs.map((s) => [s.name, s] as const))('%s: every field, mutation and entity key has an entry, and every entry a field', (_name, s) => {
    expect(policyProblems(s.schema, s.policy)).toEqual([]);
  });

  it.each(subgraphs.map((s) => [s.name, s] as const))('%s: every coordinate × role × purpose × scope case decides as declared', (_name, s) => {
    let cases = 0;
    for (const coordinate of coordinatesOf(s.schema)) {
      const { grants } = grantsOf(s.policy.table, coordinate);
      let own = 0;
      for (const { role, purpose } of ROLE_CASES) {
        const caller = callerOf(role, purpose);
        const access = grants[role];
        const allowed = access && (access.purposes ?? [purpose]).includes(purpose);
        if (!allowed) {
          // The first kind of "no": whoever the person is.
          for (const facts of [factsHolding(), null]) expect(decide(s.policy.table, coordinate, caller, facts), `${coordinate} ${role}`).toBe('forbidden');
          own += 2;
          continue;
        }
        for (const scopeCase of scopeCases(caller, access)) {
          expect(decide(s.policy.table, coordinate, caller, scopeCase.facts), `${coordinate} ${role}/${purpose}: ${scopeCase.name}`).toBe(scopeCase.expected);
          own++;
        }
      }
      expect(own, `${coordinate} has no cases`).toBeGreaterThan(0);
      cases += own;
    }
    expect(cases).toBeGreaterThan(1000);
  });

  it.each(subgraphs.map((s) => [s.name, s] as const))('%s: analysts read no person-level field (aggregates only)', (_name, s) => {
    const personLevel = personLevelTypes(s.schema);
    for (const coordinate of coordinatesOf(s.schema)) {
      const [type] = coordinate.split('.') as [string];
      if (!personLevel.has(type) || type === 'PageInfo') continue;
      expect(Object.keys(grantsOf(s.policy.table, coordinate).grants), coordinate).not.toContain('ANALYST');
    }
    for (const coordinate of ['Person.pid', '_entities.Person'].filter((c) => coordinatesOf(s.schema).includes(c))) {
      expect(
        Object.keys(grantsOf(s.policy.table, coordinate).grants).every((role) => PERSON_KEY_ROLES.includes(role as Caller['role'])),
        coordinate,
      ).toBe(true);
    }
  });

  it('names every role of identity in the vocabulary', () => {
    expect(ROLE_CASES.map((c) => c.role).filter((r, i, all) => all.indexOf(r) === i)).toEqual([...ROLES]);
  });
});
