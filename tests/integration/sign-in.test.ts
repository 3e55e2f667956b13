// The pages' sign-in against the gateway's dev issuer, driven by the same OpenID Connect client library the pages bundle (oauth4webapi): discovery, the sign-in page, the code with PKCE, and a token the API accepts.
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, postGraphQL, startFederation } from '../federation-harness.js';

const INSECURE = { [oauth.allowInsecureRequests]: true };

describe('signing in at the dev issuer', () => {
  let federation: Federation;
  let as: oauth.AuthorizationServer;
  let clientId: string;
  let redirectUri: string;

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 60, seed: 5 });
    const config = (await (await fetch(`${federation.gateway.url}/web/sign-in.json`)).json()) as { issuer: string; clientId: string };
    clientId = config.clientId;
    redirectUri = `${federation.gateway.url}/dashboard`;
    const issuer = new URL(config.issuer);
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...INSECURE }));
  });
  afterAll(async () => {
    await federation?.stop();
  });

  /** The authorization request the pages make, and the sign-in form posted as a person would. */
  async function authorize(choice: Record<string, string>, extra: Record<string, string> = {}) {
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const params = {
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid purpose:STATISTICS',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ui_locales: 'zh-CN',
      ...extra,
    };
    const page = await fetch(`${as.authorization_endpoint}?${new URLSearchParams(params)}`);
    const answer = await fetch(as.authorization_endpoint!, { method: 'POST', body: new URLSearchParams({ ...params, ...choice }), redirect: 'manual' });
    return { page, answer, verifier, state, nonce };
  }

  async function tokens(choice: Record<string, string>) {
    const { answer, verifier, state, nonce } = await authorize(choice);
    expect(answer.status).toBe(303);
    const client: oauth.Client = { client_id: clientId };
    const callback = oauth.validateAuthResponse(as, client, new URL(answer.headers.get('location')!), state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, redirectUri, verifier, INSECURE);
    return { result: await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true }), callback, verifier };
  }

  it('publishes its discovery document and keys, and a Chinese sign-in page listing the demo roles, regions and purposes', async () => {
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
    const jwks = (await (await fetch(as.jwks_uri!)).json()) as { keys: { d?: string }[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]!.d).toBeUndefined();
    const { page } = await authorize({});
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    for (const text of [
      '开发环境登录',
      '统计分析人员 (ANALYST)',
      '严重精神障碍登记管理人员 (REGISTRY_OFFICER)',
      '广东省 (440000)',
      '全国 (000000)',
      '统计分析 (STATISTICS)',
    ])
      expect(html).toContain(text);
    // The purpose asked for at sign-in is the one chosen on the page.
    expect(html).toMatch(/<option value="STATISTICS" selected>/);
  });

  it('issues, for a code and its PKCE verifier, a token the API accepts with the role, region and purpose chosen', async () => {
    const { result } = await tokens({ role: 'ANALYST', region: '440000', purpose: 'STATISTICS' });
    expect(result.token_type.toLowerCase()).toBe('bearer');
    expect(result.expires_in).toBeGreaterThan(0);
    expect(oauth.getValidatedIdTokenClaims(result)?.sub).toBe('dev-analyst');
    const answer = await postGraphQL<{ rehabIndicators: { regionCode: string } }>(
      federation.gateway.graphqlUrl,
      '{ rehabIndicators(regionCode: "440000", year: 2025) { regionCode } }',
      undefined,
      result.access_token,
    );
    expect(answer.data?.rehabIndicators.regionCode).toBe('440000');
    // An analyst's token, whoever asks: people stay FORBIDDEN.
    const people = await postGraphQL(
      federation.gateway.graphqlUrl,
      '{ patients(filter: { regionCode: "440000" }) { nodes { pid } } }',
      undefined,
      result.access_token,
    );
    expect(people.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong PKCE verifier and a code used twice', async () => {
    const { answer, state } = await authorize({ role: 'REGISTRY_OFFICER', region: '440300', purpose: 'TREATMENT' });
    const client: oauth.Client = { client_id: clientId };
    const callback = oauth.validateAuthResponse(as, client, new URL(answer.headers.get('location')!), state);
    const wrong = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, redirectUri, oauth.generateRandomCodeVerifier(), INSECURE);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant');

    const { callback: used, verifier } = await tokens({ role: 'REGISTRY_OFFICER', region: '440300', purpose: 'TREATMENT' });
    const again = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), used, redirectUri, verifier, INSECURE);
    expect(again.status).toBe(400);
  });

  it('refuses a purpose that does not fit the role on the page, and a redirect to another origin', async () => {
    const { answer } = await authorize({ role: 'EMPLOYMENT_OFFICER', region: '440000', purpose: 'TREATMENT' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('使用目的 TREATMENT 与角色 EMPLOYMENT_OFFICER 不符');
    const { page } = await authorize({}, { redirect_uri: 'https://elsewhere.example/callback' });
    expect(page.status).toBe(400);
  });
});
