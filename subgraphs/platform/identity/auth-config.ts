// The token settings every server reads (gateway and subgraphs alike), declared once.
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';
import { dataDir } from '#platform/server/paths.js';
import { devKeyFiles, ensureDevKeys, jwksFrom } from '#platform/identity/keys.js';
import { createTokenVerifier, type TokenVerifier } from '#platform/identity/token-verifier.js';

export const authVariables = {
  issuer: variable('AUTH_ISSUER', 'Expected `iss` of bearer tokens', z.string().min(1).default('patient-journey-dev'), 'patient-journey-dev'),
  audience: variable('AUTH_AUDIENCE', 'Expected `aud` of bearer tokens', z.string().min(1).default('patient-journey'), 'patient-journey'),
  jwks: variable(
    'AUTH_JWKS',
    "Issuer's public keys: a JWKS file path or https URL; unset in dev means the key pair generated into .data/keys/",
    z.string().optional(),
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
  return createTokenVerifier({ keys: jwksFrom(source), issuer: values.issuer, audience: values.audience, clockToleranceSeconds: values.clockSkew });
}
