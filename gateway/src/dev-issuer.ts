// The development identity provider at /dev-issuer: OpenID Connect discovery, its JWKS (the dev key pair), a sign-in page listing the demo roles, regions and purposes, and a token endpoint for the authorization code with PKCE (S256). It issues the same tokens the API already accepts; production uses a real identity provider (AUTH_ISSUER).
import { createHash, randomBytes } from 'node:crypto';
import express, { type Request, type Response, Router } from 'express';
import { importJWK, type JWK, SignJWT } from 'jose';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { type Purpose, PURPOSES, ROLE_PURPOSES, ROLES, type Role } from '#platform/identity/identity.js';
import { DEV_KEY_ALG } from '#platform/identity/keys.js';
import { type Language, type MessageKey, message, negotiateLanguage } from '#platform/i18n/messages.js';
import { findDivision, isDivisionCode } from '#platform/statistics/division.js';

export const DEV_ISSUER_PATH = '/dev-issuer';

export interface DevIssuerOptions {
  /** The dev key pair's private half: it signs both the access tokens and the ID tokens. */
  privateJwk: JWK;
  /** `iss` and `aud` of the access tokens: what the gateway and subgraphs verify (AUTH_ISSUER, AUTH_AUDIENCE). */
  tokenIssuer: string;
  audience: string;
  /** The one client it knows: the pages of this gateway. */
  clientId: string;
  /** Lifetime of the tokens it issues, in seconds. */
  tokenSeconds?: number;
}

/** Regions the sign-in page offers: the whole country and the demo data's province, a city and a county of it. */
export const DEMO_REGIONS = ['000000', '440000', '440300', '440305', '440100'];

/** Roles a person signs in as (SERVICE is for the agencies' own calls). */
const PERSON_ROLES = ROLES.filter((role) => role !== 'SERVICE');

const CODE_SECONDS = 60;

interface Grant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  role: Role;
  region: string;
  institution: string | undefined;
  purpose: Purpose;
  expiresAt: number;
}

const PAGE_POLICY = ["default-src 'none'", "style-src 'unsafe-inline'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The issuer's URL as this request reached it (the gateway's own origin). */
export function issuerUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host')}${DEV_ISSUER_PATH}`;
}

const sameOrigin = (url: string, req: Request): boolean => {
  try {
    return new URL(url).origin === new URL(issuerUrlOf(req)).origin;
  } catch {
    return false;
  }
};

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

function regionName(code: string, language: Language): string {
  if (code === '000000') return message(language, 'web.country');
  return findDivision(code)?.name ?? code;
}

interface SignInRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string | undefined;
  codeChallenge: string;
  scope: string;
  language: Language;
}

/** The authorization request's parameters, or the reason it is refused. */
function readSignInRequest(params: Record<string, unknown>, req: Request, clientId: string): SignInRequest | { refused: string } {
  const get = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : '');
  if (get('client_id') !== clientId) return { refused: 'client_id' };
  if (get('response_type') !== 'code') return { refused: 'response_type' };
  if (get('code_challenge_method') !== 'S256' || !/^[\w-]{43}$/.test(get('code_challenge'))) return { refused: 'code_challenge' };
  if (!sameOrigin(get('redirect_uri'), req)) return { refused: 'redirect_uri' };
  const locale = get('ui_locales').split(' ')[0];
  return {
    clientId,
    redirectUri: get('redirect_uri'),
    state: get('state'),
    nonce: get('nonce') || undefined,
    codeChallenge: get('code_challenge'),
    scope: get('scope'),
    language: locale ? negotiateLanguage(locale) : negotiateLanguage(req.get('accept-language')),
  };
}

function signInPage(request: SignInRequest, problem: string | null): string {
  const { language } = request;
  const t = (key: MessageKey) => escapeHtml(message(language, key));
  const requested = request.scope
    .split(' ')
    .find((scope) => scope.startsWith('purpose:'))
    ?.slice('purpose:'.length);
  const options = (values: readonly string[], label: (value: string) => string, selected?: string) =>
    values.map((value) => `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label(value))}</option>`).join('');
  const hidden = Object.entries({
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    nonce: request.nonce ?? '',
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    response_type: 'code',
    scope: request.scope,
    ui_locales: language,
  })
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('signin.title')}</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f2933}
label{display:block;margin:0.8rem 0}select,input{display:block;margin-top:0.3rem;font:inherit;padding:0.3rem;min-width:18rem}button{font:inherit;padding:0.4rem 1.2rem;margin-top:1rem}.problem{color:#b42318}</style></head>
<body><h1>${t('signin.title')}</h1><p>${t('signin.intro')}</p>
${problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="${DEV_ISSUER_PATH}/authorize">${hidden}
<label>${t('signin.role')}<select name="role">${options(PERSON_ROLES, (role) => `${message(language, `role.${role}` as MessageKey)} (${role})`)}</select></label>
<label>${t('signin.region')}<select name="region">${options(DEMO_REGIONS, (code) => `${regionName(code, language)} (${code})`)}</select></label>
<label>${t('signin.institution')}<input name="institution" autocomplete="off"></label>
<label>${t('signin.purpose')}<select name="purpose"><option value="">—</option>${options(PURPOSES, (purpose) => `${message(language, `purpose.${purpose}` as MessageKey)} (${purpose})`, requested)}</select></label>
<button type="submit">${t('signin.submit')}</button></form></body></html>`;
}

function oauthError(res: Response, status: number, error: string, description: string): void {
  res.status(status).set('cache-control', 'no-store').json({ error, error_description: description });
}

/** The dev issuer's routes, to mount at DEV_ISSUER_PATH on the gateway (development only). */
export function devIssuer(options: DevIssuerOptions): Router {
  const router = Router();
  const grants = new Map<string, Grant>();
  const tokenSeconds = options.tokenSeconds ?? 3600;
  const { d: _private, ...publicJwk } = options.privateJwk;
  const form = express.urlencoded({ extended: false, limit: '8kb' });

  const refuse = (req: Request, res: Response, reason: string) => {
    const language = negotiateLanguage(req.get('accept-language'));
    res
      .status(400)
      .type('text/plain; charset=utf-8')
      .set('content-security-policy', PAGE_POLICY)
      .send(message(language, 'signin.badRequest', { reason }));
  };

  router.get('/.well-known/openid-configuration', (req, res) => {
    const issuer = issuerUrlOf(req);
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/logout`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [DEV_KEY_ALG],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['openid', ...PURPOSES.map((purpose) => `purpose:${purpose}`)],
      ui_locales_supported: ['zh-CN', 'en'],
      authorization_response_iss_parameter_supported: true,
    });
  });

  router.get('/jwks', (_req, res) => {
    res.json({ keys: [publicJwk] });
  });

  router.get('/authorize', (req, res) => {
    const request = readSignInRequest(req.query, req, options.clientId);
    if ('refused' in request) return refuse(req, res, request.refused);
    res.set({ 'content-security-policy': PAGE_POLICY, 'cache-control': 'no-store' }).type('html').send(signInPage(request, null));
  });

  router.post('/authorize', form, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const request = readSignInRequest(body, req, options.clientId);
    if ('refused' in request) return refuse(req, res, request.refused);
    const role = PERSON_ROLES.find((r) => r === body.role);
    const region = typeof body.region === 'string' && (body.region === '000000' || isDivisionCode(body.region)) ? body.region : undefined;
    const institution = typeof body.institution === 'string' && body.institution.trim() !== '' ? body.institution.trim() : undefined;
    if (!role || !region) return refuse(req, res, 'role, region');
    const purpose = PURPOSES.find((p) => p === body.purpose) ?? ROLE_PURPOSES[role][0]!;
    const page = (problem: string) =>
      res.status(400).set({ 'content-security-policy': PAGE_POLICY, 'cache-control': 'no-store' }).type('html').send(signInPage(request, problem));
    if (!ROLE_PURPOSES[role].includes(purpose)) return page(message(request.language, 'auth.purposeRefused', { purpose, role }));
    if (role === 'INSTITUTION_STAFF' && !institution) return page(message(request.language, 'auth.institutionMissing'));
    const code = randomBytes(32).toString('base64url');
    grants.set(code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      nonce: request.nonce,
      role,
      region,
      institution: role === 'INSTITUTION_STAFF' ? institution : undefined,
      purpose,
      expiresAt: Date.now() + CODE_SECONDS * 1000,
    });
    const back = new URL(request.redirectUri);
    back.searchParams.set('code', code);
    if (request.state) back.searchParams.set('state', request.state);
    back.searchParams.set('iss', issuerUrlOf(req));
    res.redirect(303, back.href);
  });

  router.post('/token', form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, string | undefined>;
    if (body.grant_type !== 'authorization_code') return oauthError(res, 400, 'unsupported_grant_type', 'only authorization_code');
    const grant = body.code ? grants.get(body.code) : undefined;
    // A code is good once: whatever happens next, it is spent.
    if (body.code) grants.delete(body.code);
    if (!grant || grant.expiresAt < Date.now()) return oauthError(res, 400, 'invalid_grant', 'unknown, used or expired code');
    if (body.client_id !== grant.clientId || body.redirect_uri !== grant.redirectUri)
      return oauthError(res, 400, 'invalid_grant', 'client or redirect_uri differ');
    if (!body.code_verifier || s256(body.code_verifier) !== grant.codeChallenge) return oauthError(res, 400, 'invalid_grant', 'PKCE verification failed');
    const subject = `dev-${grant.role.toLowerCase()}`;
    const accessToken = await signDevToken(options.privateJwk, {
      role: grant.role,
      region: grant.region,
      ...(grant.institution ? { institution: grant.institution } : {}),
      purpose: grant.purpose,
      subject,
      ttl: `${tokenSeconds}s`,
      issuer: options.tokenIssuer,
      audience: options.audience,
    });
    const idToken = await new SignJWT({ ...(grant.nonce ? { nonce: grant.nonce } : {}), role: grant.role, region: grant.region, purpose: grant.purpose })
      .setProtectedHeader({ alg: DEV_KEY_ALG, typ: 'JWT', ...(options.privateJwk.kid ? { kid: options.privateJwk.kid } : {}) })
      .setIssuer(issuerUrlOf(req))
      .setAudience(grant.clientId)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${tokenSeconds}s`)
      .sign(await importJWK(options.privateJwk, DEV_KEY_ALG));
    res.set({ 'cache-control': 'no-store', pragma: 'no-cache' }).json({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: tokenSeconds,
      id_token: idToken,
      scope: `openid purpose:${grant.purpose}`,
    });
  });

  router.get('/logout', (req, res) => {
    const back = typeof req.query.post_logout_redirect_uri === 'string' ? req.query.post_logout_redirect_uri : '';
    if (back && sameOrigin(back, req)) return res.redirect(303, back);
    res.type('text/plain; charset=utf-8').send(message(negotiateLanguage(req.get('accept-language')), 'web.signedOut'));
  });

  return router;
}
