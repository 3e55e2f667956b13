// Reads a bearer token out of what a person pasted, and what a token names (a page's default and its "signed in as", never a check: the gateway verifies tokens).
import { CATALOGUES } from '#platform/i18n/messages.js';
import { type MessageKey, tr } from './i18n.js';
import { placeName } from './region-names.js';

/** What the playground's headers editor holds until someone pastes a real token. */
export const TOKEN_PLACEHOLDER = '<paste a token from npm start>';

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** The token in `Bearer <token>` or a bare token; null for nothing, the placeholder or anything not shaped like a JWT. */
export function bearerToken(text: string | null | undefined): string | null {
  const token = (text ?? '')
    .trim()
    .replace(/^bearer\s+/i, '')
    .trim();
  return JWT_SHAPE.test(token) ? token : null;
}

/** The token in the Authorization header of a headers editor's JSON text; null when absent, the placeholder or not JSON. */
export function authorizationToken(headersJson: string | null | undefined): string | null {
  let headers: unknown;
  try {
    headers = JSON.parse(headersJson ?? '');
  } catch {
    return null;
  }
  if (typeof headers !== 'object' || headers === null) return null;
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? bearerToken(entry[1]) : null;
}

/** Our claims of a token, as far as a page shows them; empty when it is not a readable JWT (a page never checks a token: the gateway does). */
export function tokenClaims(token: string): { role?: string; region?: string; purpose?: string } {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claims = JSON.parse(json) as Record<string, unknown>;
    const text = (name: string) => (typeof claims[name] === 'string' ? { [name]: claims[name] as string } : {});
    return { ...text('role'), ...text('region'), ...text('purpose') };
  } catch {
    return {};
  }
}

/** The division code in a token's `region` claim (000000 is the whole country); null when it has none. */
export function tokenRegion(token: string): string | null {
  const region = tokenClaims(token).region;
  return region !== undefined && /^\d{6}$/.test(region) ? region : null;
}

/** Who the token says the person is, where and why, in the page's language (已登录：统计分析人员，广东省，目的：统计分析). */
export function signedInAs(token: string): string {
  const claims = tokenClaims(token);
  const named = (prefix: 'role' | 'purpose', value: string | undefined) =>
    value && `${prefix}.${value}` in CATALOGUES['zh-CN'] ? tr(`${prefix}.${value}` as MessageKey) : (value ?? '—');
  return tr('web.signedInAs', {
    role: named('role', claims.role),
    region: claims.region ? placeName(claims.region) : '—',
    purpose: named('purpose', claims.purpose),
  });
}
