// The routes mountWeb adds to the gateway: the pages and their bundles, no token needed, always under the policy that keeps them on this gateway.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { requireCaller } from '#platform/identity/http-auth.js';
import { devKeyFiles, ensureDevKeys, jwksFrom } from '#platform/identity/keys.js';
import { createTokenVerifier } from '#platform/identity/token-verifier.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mountWeb } from '../../gateway/src/web.js';

async function serve(distDir: string, guard: RequestHandler | null = null): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  mountWeb(app, { distDir, guard });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the web routes', () => {
  let dist: string;
  let built: Awaited<ReturnType<typeof serve>>;
  let unbuilt: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'pj-web-'));
    mkdirSync(path.join(dist, 'workers'));
    writeFileSync(path.join(dist, 'playground.html'), '<!doctype html><title>playground</title>');
    writeFileSync(path.join(dist, 'dashboard.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(path.join(dist, 'workers', 'json.worker.js'), 'self.onmessage = () => {};');
    built = await serve(dist);
    unbuilt = await serve(path.join(dist, 'missing'));
  });
  afterAll(async () => {
    await built?.close();
    await unbuilt?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['/', 'playground'],
    ['/dashboard', 'dashboard'],
  ])('serves %s without a token, under the policy', async (route, title) => {
    const response = await fetch(`${built.url}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain(`<title>${title}</title>`);
  });

  it("serves Monaco's workers from /web, under the same policy", async () => {
    const response = await fetch(`${built.url}/web/workers/json.worker.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows scripts, workers and requests from this gateway only', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    for (const name of ['default-src', 'script-src', 'worker-src', 'connect-src']) expect(directives[name]).toEqual(["'self'"]);
  });

  it("tells the pages where to sign in: this gateway's dev issuer, or the configured identity provider (which the policy then lets them ask)", async () => {
    expect(await (await fetch(`${built.url}/web/sign-in.json`)).json()).toEqual({ issuer: `${built.url}/dev-issuer`, clientId: 'patient-journey-web' });
    const app = express();
    mountWeb(app, { distDir: dist, signIn: { clientId: 'pj-pages', issuer: 'https://idp.example.gov.cn/realms/pj' } });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await (await fetch(`${url}/web/sign-in.json`)).json()).toEqual({ issuer: 'https://idp.example.gov.cn/realms/pj', clientId: 'pj-pages' });
      expect((await fetch(`${url}/dashboard`)).headers.get('content-security-policy')).toContain("connect-src 'self' https://idp.example.gov.cn;");
    } finally {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  });

  it('answers 503 with the command to run when the pages are not built', async () => {
    const response = await fetch(`${unbuilt.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:web');
  });

  it('serves the pages only to authenticated callers when given a token check as the guard (the gateway itself gives none: the pages sign in)', async () => {
    const keys = mkdtempSync(path.join(tmpdir(), 'pj-web-keys-'));
    const privateJwk = await ensureDevKeys(keys);
    const verify = createTokenVerifier({ keys: jwksFrom(devKeyFiles(keys).jwks), issuer: 'web-test', audience: 'patient-journey', clockToleranceSeconds: 5 });
    const guarded = await serve(dist, requireCaller(verify));
    try {
      expect((await fetch(`${guarded.url}/`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/web/workers/json.worker.js`)).status).toBe(401);
      const token = await signDevToken(privateJwk, { role: 'ANALYST', region: '000000', issuer: 'web-test', audience: 'patient-journey' });
      expect((await fetch(`${guarded.url}/dashboard`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      await guarded.close();
      rmSync(keys, { recursive: true, force: true });
    }
  });
});
