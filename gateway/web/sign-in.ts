// Signs the person in with OpenID Connect (authorization code with PKCE, oauth4webapi) at the issuer the gateway names, and keeps the access token in this tab's sessionStorage only.
/// <reference lib="dom" />
import * as oauth from 'oauth4webapi';
import { pageLanguage } from './i18n.js';
import { SIGN_IN_CONFIG_PATH } from './paths.js';

interface SignInConfig {
  issuer: string;
  clientId: string;
}

export interface Session {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  purpose: string | null;
}

/** What waits in sessionStorage between leaving for the issuer and coming back. */
interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  purpose: string | null;
  returnTo: string;
}

const SESSION_KEY = 'patient-journey.session';
const PENDING_KEY = 'patient-journey.sign-in';
/** A token this close to its expiry counts as expired: it could lapse on its way. */
const EXPIRY_MARGIN_MS = 30_000;

// Our dev issuer and a gateway on 127.0.0.1 speak plain HTTP; a real identity provider is HTTPS anyway.
const insecureIfLocal = (url: URL) =>
  url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname) ? { [oauth.allowInsecureRequests]: true } : {};

async function configuration(): Promise<{ as: oauth.AuthorizationServer; client: oauth.Client }> {
  const config = (await (await fetch(SIGN_IN_CONFIG_PATH)).json()) as SignInConfig;
  const issuer = new URL(config.issuer);
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecureIfLocal(issuer) }));
  return { as, client: { client_id: config.clientId } };
}

const redirectUri = () => `${window.location.origin}${window.location.pathname}`;

/** The session of this tab, or null when there is none or its token has expired. */
export function currentSession(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    return session && session.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? session : null;
  } catch {
    return null;
  }
}

/** Whether this tab had a session that has since expired (the person should be signed in again). */
export function sessionExpired(): boolean {
  return sessionStorage.getItem(SESSION_KEY) !== null && currentSession() === null;
}

/** The purpose of use of the last session in this tab, to ask for again. */
export function lastPurpose(): string | null {
  try {
    return (JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null)?.purpose ?? null;
  } catch {
    return null;
  }
}

/** A valid session; when this tab's token has expired, off to the issuer again for a new one (a real identity provider's single sign-on answers without asking). */
export async function sessionOrRenew(): Promise<Session | null> {
  const session = currentSession();
  if (session || !sessionExpired()) return session;
  await signIn(lastPurpose());
  return null;
}

/** Leaves for the issuer's sign-in; the person comes back to this page (its fragment kept). `purpose` is asked for as a `purpose:<PURPOSE>` scope. */
export async function signIn(purpose: string | null): Promise<void> {
  const { as, client } = await configuration();
  const verifier = oauth.generateRandomCodeVerifier();
  const pending: Pending = {
    verifier,
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    purpose,
    returnTo: window.location.hash,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: purpose ? `openid purpose:${purpose}` : 'openid',
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    ui_locales: pageLanguage(),
  }).toString();
  window.location.assign(url.href);
}

/**
 * On coming back from the issuer (a `code` or `error` in the URL): exchanges the code for tokens,
 * keeps the session and cleans the URL. Null when the page was not opened by the issuer.
 */
export async function completeSignIn(): Promise<Session | null> {
  const here = new URL(window.location.href);
  if (!here.searchParams.has('code') && !here.searchParams.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Pending | null;
  sessionStorage.removeItem(PENDING_KEY);
  window.history.replaceState(null, '', `${here.pathname}${pending?.returnTo ?? ''}`);
  if (!pending) throw new Error('no sign-in was started in this tab');
  const { as, client } = await configuration();
  const callback = oauth.validateAuthResponse(as, client, here, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    callback,
    redirectUri(),
    pending.verifier,
    insecureIfLocal(new URL(as.issuer)),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  // The purpose granted (the issuer may let the person pick another than the one asked for), to ask for again on expiry.
  const granted = result.scope
    ?.split(' ')
    .find((scope) => scope.startsWith('purpose:'))
    ?.slice('purpose:'.length);
  const session: Session = { accessToken: result.access_token, expiresAt: Date.now() + (result.expires_in ?? 300) * 1000, purpose: granted ?? pending.purpose };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

/**
 * Forgets the session here, then signs out at the issuer when it offers that (coming back to this
 * page). True when the page is leaving for the issuer; false when it stays, signed out.
 */
export async function signOut(): Promise<boolean> {
  sessionStorage.removeItem(SESSION_KEY);
  const { as, client } = await configuration().catch(() => ({ as: null, client: null }));
  if (!as?.end_session_endpoint || !client) return false;
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({ client_id: client.client_id, post_logout_redirect_uri: redirectUri() }).toString();
  window.location.assign(url.href);
  return true;
}
