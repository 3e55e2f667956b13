// Serves the built playground (GraphiQL at /) and dashboard (/dashboard) under a Content-Security-Policy that lets them load nothing from anywhere but this gateway.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { projectRoot } from '#platform/server/paths.js';

/** Where `npm run build:web` writes the bundles (ignored by git). */
export const webDistDir = path.join(projectRoot, 'gateway', 'web', 'dist');

/** URL prefix of the bundles, their styles and Monaco's workers; the HTML pages load them from here. */
export const WEB_ASSETS_PATH = '/web';

/** The playground's and the dashboard's URL paths on the gateway. */
export const PLAYGROUND_PATH = '/';
export const DASHBOARD_PATH = '/dashboard';

/** The pages, by URL, and the built file each one is. */
export const WEB_PAGES: Record<string, string> = { [PLAYGROUND_PATH]: 'playground.html', [DASHBOARD_PATH]: 'dashboard.html' };

/**
 * Only this gateway may serve scripts, styles, fonts, workers and answers. Exceptions, each
 * because the bundled code needs it: inline styles (React, Monaco and ECharts set them) and
 * data: fonts and images (GraphiQL's stylesheet carries its fonts and icons inline).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'content-security-policy': CONTENT_SECURITY_POLICY,
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
   * In production (NODE_ENV=production) the pages are for authenticated callers only: the
   * gateway's token check runs before them (a browser reaches them through a proxy that adds
   * the bearer token, e.g. after single sign-on). Null in development: the pages hold no data,
   * and every GraphQL request they make still needs a token.
   */
  guard?: RequestHandler | null;
}

/** Mounts the pages and their assets on the gateway's app. */
export function mountWeb(app: Express, options: WebOptions = {}): void {
  const distDir = options.distDir ?? webDistDir;
  const guard: RequestHandler = options.guard ?? ((_req, _res, next) => next());
  for (const [route, file] of Object.entries(WEB_PAGES)) {
    app.get(route, guard, securityHeaders, (_req, res) => {
      if (!existsSync(path.join(distDir, file))) return notBuilt(res);
      res.sendFile(file, { root: distDir });
    });
  }
  app.use(WEB_ASSETS_PATH, guard, securityHeaders, express.static(distDir, { index: false, redirect: false }));
}
