// The bearer token an agency's own process presents when it calls another agency's API (role SERVICE).
import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
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
  // One token, renewed a minute before it expires; calls made while it is being signed wait for that one signature.
  const tokens = new LRUCache<'service', string>({
    max: 1,
    ttl: (DEV_TTL_SECONDS - RENEW_BEFORE_SECONDS) * 1000,
    fetchMethod: async () =>
      signDevToken(await ensureDevKeys(dataDir), {
        role: 'SERVICE',
        region: '000000',
        purpose,
        subject: `service-${agency}`,
        ttl: `${DEV_TTL_SECONDS}s`,
        issuer,
        audience,
      }),
  });
  return async () => {
    const token = await tokens.fetch('service');
    if (token === undefined) throw new Error('the dev SERVICE token could not be signed');
    return token;
  };
}
