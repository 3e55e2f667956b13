// Serves the built playground (GraphiQL at /) and dashboard (/dashboard) under a Content-Security-Policy that lets them load nothing from anywhere but this gateway.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { projectRoot } from '#platform/server/paths.js';
import { SIGN_IN_CONFIG_PATH } from '../web/paths.js';
import { issuerUrlOf } from './dev-issuer.js';

/** Where `npm run build:web` writes the bundles (ignored by git). */
export const webDistDir = path.join(projectRoot, 'gateway', 'web', 'dist');

/** URL prefix of the bundles, their styles and Monaco's workers; the HTML pages load them from here. */
export const WEB_ASSETS_PATH = '/web';

/** The playground's and the dashboard's URL paths on the gateway. */
export const PLAYGROUND_PATH = '/';
export const DASHBOARD_PATH = '/dashboard';

/** The pages, by URL, and the built file each one is. */
export const WEB_PAGES: Record<string, string> = { [PLAYGROUND_PATH]: 'playground.html', [DASHBOARD_PATH]: 'dashboard.html' };

/** Where the pages read how to sign in: the issuer to discover and their client id. */
export { SIGN_IN_CONFIG_PATH };

/** How the pages sign people in (OpenID Connect, authorization code with PKCE). */
export interface SignInSettings {
  clientId: string;
  /** A real identity provider's issuer URL (AUTH_ISSUER), whose discovery document the pages read; null means this gateway's dev issuer. */
  issuer: string | null;
}

/**
 * Only this gateway may serve scripts, styles, fonts, workers and answers. Exceptions, each
 * because the bundled code needs it: inline styles (React, Monaco and ECharts set them) and
 * data: fonts and images (GraphiQL's stylesheet carries its fonts and icons inline). A real
 * identity provider's origin may be asked too: its discovery document and token endpoint.
 */
export function contentSecurityPolicy(issuer: string | null = null): string {
  const connect = issuer ? `'self' ${new URL(issuer).origin}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "worker-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const securityHeadersFor =
  (policy: string): RequestHandler =>
  (_req, res, next) => {
    res.set({
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Rebuilt in place by `npm run build:web`: browsers revalidate (ETag) instead of caching stale bundles.
      'cache-control': 'no-cache',
    });
    next();
  };

function notBuilt(res: Response): void {
  res.status(503).type('text/plain').send('The playground and dashboard are not built: run `npm run build:web` (it needs the dev dependencies).\n');
}

export interface WebOptions {
  distDir?: string;
  /**
   * A check before the pages (e.g. the gateway's token check, for a deployment whose proxy adds
   * the bearer token). The gateway sets none: the pages hold no data and sign in themselves,
   * and every GraphQL request they make still needs a token.
   */
  guard?: RequestHandler | null;
  /** How the pages sign in; unset means this gateway's dev issuer with the pages' default client id. */
  signIn?: SignInSettings;
}

export const DEFAULT_CLIENT_ID = 'patient-journey-web';

/** Mounts the pages and their assets on the gateway's app. */
export function mountWeb(app: Express, options: WebOptions = {}): void {
  const distDir = options.distDir ?? webDistDir;
  const guard: RequestHandler = options.guard ?? ((_req, _res, next) => next());
  const signIn = options.signIn ?? { clientId: DEFAULT_CLIENT_ID, issuer: null };
  const securityHeaders = securityHeadersFor(contentSecurityPolicy(signIn.issuer));
  app.get(SIGN_IN_CONFIG_PATH, securityHeaders, (req, res) => {
    res.json({ issuer: signIn.issuer ?? issuerUrlOf(req), clientId: signIn.clientId });
  });
  for (const [route, file] of Object.entries(WEB_PAGES)) {
    app.get(route, guard, securityHeaders, (_req, res) => {
      if (!existsSync(path.join(distDir, file))) return notBuilt(res);
      res.sendFile(file, { root: distDir });
    });
  }
  app.use(WEB_ASSETS_PATH, guard, securityHeaders, express.static(distDir, { index: false, redirect: false }));
}
