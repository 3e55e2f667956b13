// Real identity providers issue no role, region, institution or purpose: which of their claims carry ours is configuration (AUTH_CLAIM_*), read the same way by every server.
import { PURPOSES, ROLES } from '#platform/identity/identity.js';

export interface ClaimMapping {
  /** Dot path of the claim holding the role, e.g. `role` (ours) or `realm_access.roles`; a list's first value that maps to a role wins. */
  role: string;
  /** The identity provider's role values and the roles they mean, e.g. { 'smd-analyst': 'ANALYST' }; a value that is one of our roles maps to itself. */
  roleValues: Record<string, string>;
  region: string;
  institution: string;
  purpose: string;
}

/** Our own tokens' claims: the dev issuer's, `npm run token`'s and any issuer that issues ours. */
export const OWN_CLAIMS: ClaimMapping = { role: 'role', roleValues: {}, region: 'region', institution: 'inst', purpose: 'purpose' };

/** `a=B,c=D` as { a: 'B', c: 'D' }; an entry without `=` is skipped. */
export function parseRoleValues(text: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (text ?? '')
      .split(',')
      .map((entry) => entry.split('=').map((part) => part.trim()))
      .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== '' && parts[1] !== ''),
  );
}

function at(payload: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

const values = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(' ') : []).filter((v): v is string => typeof v === 'string');

/** The role a claim value means: our role itself, or the configured one. */
function roleOf(candidates: string[], mapping: ClaimMapping): string | undefined {
  for (const candidate of candidates) {
    const mapped = mapping.roleValues[candidate] ?? candidate;
    if ((ROLES as readonly string[]).includes(mapped)) return mapped;
  }
  return candidates[0];
}

/**
 * A verified token's payload with our claims (role, region, inst, purpose) where the mapping says
 * they are. The purpose may instead come as a `purpose:<PURPOSE>` scope (what the pages request at
 * sign-in), for identity providers that put requested scopes into the token. Registered claims
 * (sub, jti, iat, exp) pass through; checking the result stays callerFromClaims's job.
 */
export function mappedClaims(payload: Record<string, unknown>, mapping: ClaimMapping): Record<string, unknown> {
  const own: Record<string, unknown> = { sub: payload.sub, jti: payload.jti, iat: payload.iat };
  const role = roleOf(values(at(payload, mapping.role)), mapping);
  if (role !== undefined) own.role = role;
  const region = at(payload, mapping.region);
  if (region !== undefined) own.region = Array.isArray(region) ? region[0] : region;
  const institution = at(payload, mapping.institution);
  if (institution !== undefined) own.inst = institution;
  const purpose = at(payload, mapping.purpose);
  const scoped = values(payload.scope ?? payload.scp)
    .find((scope) => scope.startsWith('purpose:') && (PURPOSES as readonly string[]).includes(scope.slice('purpose:'.length)))
    ?.slice('purpose:'.length);
  if (purpose !== undefined || scoped !== undefined) own.purpose = purpose ?? scoped;
  return Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined));
}
