// Reads a bearer token out of what a person pasted, and the region a token names (a page's default, never a check: the gateway verifies tokens).

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

/** The division code in a token's `region` claim (000000 is the whole country); null when it has none. */
export function tokenRegion(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const region = (JSON.parse(json) as { region?: unknown }).region;
    return typeof region === 'string' && /^\d{6}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}
