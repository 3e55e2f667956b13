// The bearer token an agency's own process presents when it calls another agency's API (role SERVICE).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import type { Purpose } from '#platform/identity/identity.js';

export const serviceTokenVariables = {
  tokenFile: variable(
    'SERVICE_TOKEN_FILE',
    'File holding the SERVICE bearer token this agency presents to another agency (re-read before each call, so it can be rotated); unset in dev means a 10-minute token signed with the dev issuer key in .data/keys/',
    z.string().optional(),
  ),
};

export type TokenSource = () => Promise<string>;

const DEV_TTL_SECONDS = 600;
const RENEW_BEFORE_SECONDS = 60;

/** A source of SERVICE tokens for one agency process, from SERVICE_TOKEN_FILE or, in dev, the dev issuer key. */
export function serviceTokenSource(agency: string, purpose: Purpose, dataDir: string, env: NodeJS.ProcessEnv = process.env): TokenSource {
  const { tokenFile } = readConfig(serviceTokenVariables, env);
  if (tokenFile) return async () => readFileSync(tokenFile, 'utf8').trim();
  const { issuer, audience } = readConfig(authVariables, env);
  let cached: { token: string; renewAt: number } | null = null;
  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    const token = await signDevToken(await ensureDevKeys(dataDir), {
      role: 'SERVICE',
      region: '000000',
      purpose,
      subject: `service-${agency}`,
      ttl: `${DEV_TTL_SECONDS}s`,
      issuer,
      audience,
    });
    cached = { token, renewAt: Date.now() + (DEV_TTL_SECONDS - RENEW_BEFORE_SECONDS) * 1000 };
    return token;
  };
}
