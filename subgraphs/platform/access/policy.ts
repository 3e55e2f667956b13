// One declared access policy per subgraph (DOMAIN.md §6): for every field, mutation and entity
// key, which roles may read it, under which purposes, and the scope rule that limits it to some
// people. The policy is the only place access is decided: the schema is wrapped from it once,
// resolvers and lists ask it (`ctx.access`), and the SDL's directives, docs/access-matrix.md and
// the access tests are generated from it.
import { type Caller, NATIONWIDE, type Purpose, ROLE_PURPOSES, ROLES, type Role } from '#platform/identity/identity.js';
import { divisionPrefix, isDivisionCode } from '#platform/statistics/division.js';
import { isRetiredCode } from '#platform/statistics/division-changes.js';

/** The consents a scope rule may ask for, and whose: the patient's, the guardian's, or both (the guardian's only where there is one). */
export type ConsentKind = 'REFERRAL_UPLOAD' | 'EMPLOYMENT_SHARING';
export type ConsentOf = 'patient' | 'guardian' | 'both';

/**
 * The closed vocabulary of scope rules. Every rule of an access must hold:
 * - `public`: no person behind the field (aggregates, institution data, the caller's own work);
 * - `region`: the person (or the region asked) lies inside the caller's region;
 * - `break-glass`: with `region`, a live break-glass grant of the caller opens a person outside it;
 * - `own-institution-cases`: the person has a case at the caller's institution (`inst`);
 * - `transfer-intake`: with `own-institution-cases`, a case pending transfer is open to every
 *   institution in the caller's region, the region of the case's destination county;
 * - `own-institution`: the record is the caller's institution itself (its register entry, its staff);
 * - `own-hospital-uploads`: the upload or referral is the caller's hospital's (`inst`);
 * - a consent of a kind, given by the patient, the guardian or both;
 * - `service-only`: a machine hand-off between agencies, nothing personal answered to a person.
 */
export type ScopeRule =
  | 'public'
  | 'region'
  | 'break-glass'
  | 'own-institution-cases'
  | 'transfer-intake'
  | 'own-institution'
  | 'own-hospital-uploads'
  | 'service-only'
  | { consent: ConsentKind; of: ConsentOf };

/** One role's access to a coordinate: the purposes it may act under (all its own when left out) and the rules that must hold. */
export interface Access {
  purposes?: readonly Purpose[];
  scope: readonly ScopeRule[];
  /** The scope is applied by the query that loads the rows (a list's SQL reads it from the policy), not around the field. */
  appliedBy?: 'query';
}

/** Per role; a role left out may never read the coordinate (FORBIDDEN). */
export type Grants = Partial<Record<Role, Access>>;

/** A coordinate reached only through another: the same roles, purposes and scope, decided once there. */
export interface Through {
  as: string;
  /** Fewer roles than there (a record's name and birth date for health staff only). */
  roles?: readonly Role[];
}

export type Entry = Grants | Through;

/**
 * A subgraph's policy: coordinates `Type.field`, `Type.*` (every field of the type), and
 * `_entities.Type` (an entity reference by its key) → entry.
 */
export interface PolicyTable {
  subgraph: string;
  rules: Record<string, Entry>;
}

export const isThrough = (entry: Entry): entry is Through => typeof (entry as Through).as === 'string';

/** What a scope rule is decided about: the person (by pid), or a region asked for, and the institution or hospital a record belongs to. */
export interface Subject {
  pid?: string | null;
  /** The person's county, or the region asked for (a division code); looked up by pid when left out. */
  regionCode?: string | null;
  /** The institution of the case (own-institution-cases), when the record is one case; the institution itself (own-institution). */
  institutionId?: string | null;
  /** The case is pending transfer, its county the destination's (transfer-intake). */
  transferPending?: boolean;
  /** The hospital of an upload or green-channel referral (own-hospital-uploads). */
  hospitalCode?: string | null;
}

/** The facts a decision needs about one subject, looked up through the subgraph's loaders. */
export interface Facts {
  regionCode: string | null;
  breakGlass: boolean;
  /** The institutions holding a case of the person (as told through the outbox); the institution itself for own-institution. */
  institutions: readonly string[];
  /** The case is pending transfer into its (destination) county. */
  transferPending?: boolean;
  hospitalCode: string | null;
  consents: Partial<Record<ConsentKind, { patient: boolean; guardian: boolean; hasGuardian: boolean }>>;
}

/** How a subgraph looks facts up; a rule whose fact the subgraph cannot tell is refused at start-up. */
export interface FactSources {
  regionOf?(pid: string): Promise<string | null>;
  breakGlass?(pid: string): Promise<boolean>;
  institutionsHoldingCase?(pid: string): Promise<readonly string[]>;
  consent?(pid: string, kind: ConsentKind): Promise<{ patient: boolean; guardian: boolean; hasGuardian: boolean }>;
}

export type Decision = 'allow' | 'forbidden' | 'hidden';

/** The entry that governs a coordinate: its own, else its type's `Type.*`. */
export function entryOf(table: PolicyTable, coordinate: string): Entry | undefined {
  return table.rules[coordinate] ?? table.rules[`${coordinate.split('.')[0]}.*`];
}

/** The grants of a coordinate, following `as` to the coordinate that decides. */
export function grantsOf(table: PolicyTable, coordinate: string, seen: string[] = []): { grants: Grants; decidedAt: string } {
  const entry = entryOf(table, coordinate);
  if (!entry) throw new Error(`${table.subgraph}: ${coordinate} has no access policy entry`);
  if (!isThrough(entry)) return { grants: entry, decidedAt: coordinate };
  if (seen.includes(entry.as)) throw new Error(`${table.subgraph}: ${coordinate} refers to itself through ${seen.join(' → ')}`);
  const decided = grantsOf(table, entry.as, [...seen, coordinate]);
  const roles = entry.roles;
  if (!roles) return decided;
  return { ...decided, grants: Object.fromEntries(Object.entries(decided.grants).filter(([role]) => roles.includes(role as Role))) };
}

export const purposesOf = (role: Role, access: Access): readonly Purpose[] => access.purposes ?? ROLE_PURPOSES[role];

/** Whether a region (a county or wider) lies inside the caller's region. */
export function regionWithin(caller: Caller, regionCode: string | null): boolean {
  // A retired GB/T 2260 code still names its region for the periods before the change (a series names each period's region so).
  if (regionCode === null || !(regionCode === NATIONWIDE || isDivisionCode(regionCode) || isRetiredCode(regionCode))) return false;
  if (caller.regionCode === NATIONWIDE) return true;
  const asked = regionCode === NATIONWIDE ? '' : divisionPrefix(regionCode);
  return asked.startsWith(divisionPrefix(caller.regionCode));
}

const consentGiven = (facts: Facts, kind: ConsentKind, of: ConsentOf): boolean => {
  const c = facts.consents[kind];
  if (!c) return false;
  if (of === 'patient') return c.patient;
  if (of === 'guardian') return c.guardian;
  return c.patient && (!c.hasGuardian || c.guardian);
};

/** Whether one rule holds for these facts (break-glass is read together with region, transfer-intake with own-institution-cases). */
export function ruleHolds(rule: ScopeRule, caller: Caller, facts: Facts | null, rules: readonly ScopeRule[]): boolean {
  if (rule === 'public') return true;
  if (rule === 'service-only') return caller.role === 'SERVICE';
  if (rule === 'break-glass' || rule === 'transfer-intake') return true;
  if (!facts) return false;
  if (rule === 'region') return regionWithin(caller, facts.regionCode) || (rules.includes('break-glass') && facts.breakGlass);
  const ownInstitution = caller.institutionId !== null && facts.institutions.includes(caller.institutionId);
  if (rule === 'own-institution') return ownInstitution;
  if (rule === 'own-institution-cases') return ownInstitution || (rules.includes('transfer-intake') && facts.transferPending === true);
  if (rule === 'own-hospital-uploads') return caller.institutionId !== null && facts.hospitalCode === caller.institutionId;
  return consentGiven(facts, rule.consent, rule.of);
}

/**
 * The pure decision: FORBIDDEN when the role (or its purpose) may never read the coordinate;
 * hidden when it may, but not about this subject; allow otherwise. `facts` null means the
 * subject is unknown (no such person): every rule but public and service-only fails.
 */
export function decide(table: PolicyTable, coordinate: string, caller: Caller, facts: Facts | null): Decision {
  const { grants } = grantsOf(table, coordinate);
  const access = grants[caller.role];
  if (!access || !purposesOf(caller.role, access).includes(caller.purpose)) return 'forbidden';
  return access.scope.every((rule) => ruleHolds(rule, caller, facts, access.scope)) ? 'allow' : 'hidden';
}

/** Whether the caller's role and purpose may read a coordinate at all (the first kind of "no" aside). */
export function roleMayRead(table: PolicyTable, coordinate: string, caller: Caller): boolean {
  const access = grantsOf(table, coordinate).grants[caller.role];
  return access !== undefined && purposesOf(caller.role, access).includes(caller.purpose);
}

/** Facts of a subject inside the caller's region and nothing more (no grant, no case, no consent): for rows already read in the caller's region. */
export const inCallerRegion = (caller: Caller, consents: Facts['consents'] = {}): Facts => ({
  regionCode: caller.regionCode,
  breakGlass: false,
  institutions: [],
  hospitalCode: null,
  consents,
});

/** Whether the role's access needs facts about a subject (any rule but public and service-only). */
export const needsSubject = (access: Access): boolean => access.scope.some((rule) => rule !== 'public' && rule !== 'service-only');

/** A rule as the SDL's @policy and the docs name it. */
export function ruleName(rule: ScopeRule): string {
  return typeof rule === 'string' ? rule : `consent:${rule.consent}:${rule.of}`;
}

/** Gathers the facts the caller's access to a coordinate needs about a subject; null for a person the subgraph does not know. */
export async function factsFor(sources: FactSources, caller: Caller, access: Access, subject: Subject): Promise<Facts | null> {
  const pid = subject.pid ?? null;
  const rules = access.scope;
  let regionCode = subject.regionCode ?? null;
  if (regionCode === null && pid !== null && sources.regionOf) {
    regionCode = await sources.regionOf(pid);
    if (regionCode === null) return null;
  }
  const facts: Facts = {
    regionCode,
    breakGlass: false,
    institutions: [],
    hospitalCode: subject.hospitalCode ?? null,
    consents: {},
    transferPending: subject.transferPending === true,
  };
  const lookups: Promise<void>[] = [];
  if (pid !== null && rules.includes('break-glass') && !regionWithin(caller, regionCode) && sources.breakGlass) {
    lookups.push(
      sources.breakGlass(pid).then((open) => {
        facts.breakGlass = open;
      }),
    );
  }
  if (rules.includes('own-institution')) facts.institutions = subject.institutionId ? [subject.institutionId] : [];
  if (rules.includes('own-institution-cases')) {
    if (subject.institutionId !== undefined) facts.institutions = subject.institutionId === null ? [] : [subject.institutionId];
    else if (pid !== null && sources.institutionsHoldingCase)
      lookups.push(
        sources.institutionsHoldingCase(pid).then((ids) => {
          facts.institutions = ids;
        }),
      );
  }
  for (const rule of rules) {
    if (typeof rule !== 'string' && pid !== null && sources.consent && !facts.consents[rule.consent]) {
      const kind = rule.consent;
      facts.consents[kind] = { patient: false, guardian: false, hasGuardian: true };
      lookups.push(
        sources.consent(pid, kind).then((c) => {
          facts.consents[kind] = c;
        }),
      );
    }
  }
  await Promise.all(lookups);
  return facts;
}

/** The facts each rule needs from a subgraph's sources, to refuse a policy its subgraph cannot decide. */
export function sourceNeeded(rule: ScopeRule): keyof FactSources | null {
  if (rule === 'break-glass') return 'breakGlass';
  if (rule === 'own-institution-cases') return 'institutionsHoldingCase';
  if (typeof rule !== 'string') return 'consent';
  return null;
}

/** Every role with the purposes it may use: the cases an exhaustive test walks. */
export const ROLE_CASES: readonly { role: Role; purpose: Purpose }[] = ROLES.flatMap((role) => ROLE_PURPOSES[role].map((purpose) => ({ role, purpose })));

/** The same access for several roles. */
export function grant(roles: readonly Role[], scope: readonly ScopeRule[], options: { purposes?: readonly Purpose[]; appliedBy?: 'query' } = {}): Grants {
  return Object.fromEntries(roles.map((role) => [role, { scope, ...options }]));
}

/** Several roles' grants in one entry (a later one wins for a role named twice). */
export const grants = (...parts: Grants[]): Grants => Object.assign({}, ...parts);

/** Every role that reads a person at all: all but analysts (aggregates), SERVICE (hand-offs) and the data-protection officer (audit). */
export const PERSON_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'ANALYST' && role !== 'SERVICE' && role !== 'DATA_PROTECTION_OFFICER');

/** The roles that may resolve a person's reference by its key (`_entities.Person`, `Person.pid`): the person roles, and SERVICE, whose
 * probes and hand-offs name people by pid; what a reference answers beyond the key is each field's own entry. */
export const PERSON_KEY_ROLES: readonly Role[] = [...PERSON_ROLES, 'SERVICE'];

/** The roles that read a person's journey: each agency's events in it follow that agency's own entries (a source the role may not read is empty, not refused). */
export const JOURNEY_ROLES: readonly Role[] = PERSON_ROLES.filter((role) => role !== 'GUARDIANSHIP_OFFICER');

/** "Consent" of DOMAIN.md §6: a live REFERRAL_UPLOAD consent of the patient and, where there is one, the guardian. */
export const UPLOAD_CONSENT: ScopeRule = { consent: 'REFERRAL_UPLOAD', of: 'both' };
export const EMPLOYMENT_SHARING: ScopeRule = { consent: 'EMPLOYMENT_SHARING', of: 'both' };

/** Open to every role: public operational data, aggregates (small cells suppressed apart), and what a type carries for any reader. */
export const PUBLIC: Grants = grant(ROLES, ['public']);

/** The data-protection officer alone: audit trails and break-glass reviews (DOMAIN.md §6). */
export const DATA_PROTECTION: Grants = grant(['DATA_PROTECTION_OFFICER'], ['public']);

/**
 * What every agency's policy holds alike: its audit trails, for the data-protection officer alone,
 * and its share of a region's indicators, for every role within its region (small cells
 * suppressed for analysts).
 */
export const SHARED_RULES: Readonly<Record<string, Entry>> = {
  '_entities.AuditTrail': DATA_PROTECTION,
  'AuditTrail.*': DATA_PROTECTION,
  'AuditEntry.*': DATA_PROTECTION,
  '_entities.ReaderTrail': DATA_PROTECTION,
  'ReaderTrail.*': DATA_PROTECTION,
  '_entities.RehabIndicators': grant(ROLES, ['region']),
  'RehabIndicators.*': PUBLIC,
};
