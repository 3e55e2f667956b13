// The token settings every server reads (gateway and subgraphs alike), declared once.
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';
import { dataDir } from '#platform/server/paths.js';
import { devKeyFiles, ensureDevKeys, jwksFrom } from '#platform/identity/keys.js';
import { createTokenVerifier, type TokenVerifier } from '#platform/identity/token-verifier.js';
import { parseRoleValues } from '#platform/identity/claim-mapping.js';

export const authVariables = {
  issuer: variable('AUTH_ISSUER', 'Expected `iss` of bearer tokens', z.string().min(1).default('patient-journey-dev'), 'patient-journey-dev'),
  audience: variable('AUTH_AUDIENCE', 'Expected `aud` of bearer tokens', z.string().min(1).default('patient-journey'), 'patient-journey'),
  jwks: variable(
    'AUTH_JWKS',
    "Issuer's public keys: a JWKS file path or https URL; unset in dev means the key pair generated into .data/keys/",
    z.string().optional(),
  ),
  claimRole: variable(
    'AUTH_CLAIM_ROLE',
    "Dot path of the token claim that holds the caller's role (a list's first value that maps to a role wins), e.g. realm_access.roles",
    z.string().min(1).default('role'),
    'role',
  ),
  roleValues: variable(
    'AUTH_ROLE_VALUES',
    "The identity provider's role values and our roles they mean, e.g. `smd-analyst=ANALYST,smd-clinician=HOSPITAL_CLINICIAN`; unset means the values are our roles",
    z.string().optional(),
  ),
  claimRegion: variable(
    'AUTH_CLAIM_REGION',
    "Dot path of the claim that holds the caller's region (GB/T 2260 code)",
    z.string().min(1).default('region'),
    'region',
  ),
  claimInstitution: variable(
    'AUTH_CLAIM_INSTITUTION',
    "Dot path of the claim that holds institution staff's institution id",
    z.string().min(1).default('inst'),
    'inst',
  ),
  claimPurpose: variable(
    'AUTH_CLAIM_PURPOSE',
    'Dot path of the claim that holds the purpose of use; a `purpose:<PURPOSE>` scope (requested at sign-in) counts too',
    z.string().min(1).default('purpose'),
    'purpose',
  ),
  clockSkew: variable(
    'AUTH_CLOCK_SKEW_SECONDS',
    'Tolerated clock difference when checking exp and nbf',
    z.coerce.number().int().min(0).max(300).default(30),
    '30',
  ),
};

/** The verifier for this process; in dev (no AUTH_JWKS) the dev key pair is created if needed. */
export async function tokenVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<TokenVerifier> {
  const values = readConfig(authVariables, env);
  let source = values.jwks;
  if (!source) {
    const dir = dataDir(env);
    await ensureDevKeys(dir);
    source = devKeyFiles(dir).jwks;
  }
  return createTokenVerifier({
    keys: jwksFrom(source),
    issuer: values.issuer,
    audience: values.audience,
    clockToleranceSeconds: values.clockSkew,
    claims: {
      role: values.claimRole,
      roleValues: parseRoleValues(values.roleValues),
      region: values.claimRegion,
      institution: values.claimInstitution,
      purpose: values.claimPurpose,
    },
  });
}
