// The floor as a process of its own: plain HTTP on 127.0.0.1, one route per bench query, answered by direct SQL (no GraphQL, no token check).
//
// It runs apart from the load generator, as the gateways do, so that autocannon does not share
// its event loop. The caller is read from the bearer token's payload (not verified: the floor
// measures the data work), because analysts' pseudonyms and the region scope depend on it.
import http from 'node:http';
import { z } from 'zod';
import { callerFromClaims, type Caller } from '#platform/identity/identity.js';
import { main, readConfig, variable } from '#platform/config/config.js';
import { employmentReferralPageFloor } from './employment-referral-page.js';
import { indicatorSeriesFloor, indicatorsFloor } from './indicators.js';
import { journeyFloor } from './journey.js';
import { patientPageFloor } from './patient-page.js';
import { closeFloorPools, type FloorPools, openFloorPools } from './pools.js';
import { referralPageFloor } from './referral-page.js';
import { referralReviewFloor } from './referral-review.js';

export const floorVariables = {
  port: variable('FLOOR_PORT', 'HTTP port of the bench floor', z.coerce.number().int().min(1).max(65535)),
  registryUrl: variable('DATABASE_URL_REGISTRY', 'postgres:// URL of the registry database', z.string().url()),
  welfareUrl: variable('DATABASE_URL_WELFARE', 'postgres:// URL of the welfare database', z.string().url()),
  employmentUrl: variable('DATABASE_URL_EMPLOYMENT', 'postgres:// URL of the employment database', z.string().url()),
};

/** The routes and the JSON each takes; answers are `{ data }` shaped as the GraphQL answer's data. */
const routes = {
  '/journey': z.object({ pid: z.string() }),
  '/patients': z.object({ regionCode: z.string(), first: z.number().int() }),
  '/indicators': z.object({ regionCode: z.string(), year: z.number().int() }),
  '/indicator-series': z.object({ regionCode: z.string(), from: z.string(), to: z.string() }),
  '/referrals': z.object({ regionCode: z.string(), first: z.number().int() }),
  '/employment-referrals': z.object({ regionCode: z.string(), status: z.enum(['RECEIVED', 'ACKNOWLEDGED', 'DECLINED']), first: z.number().int() }),
  '/review': z.object({ referralId: z.string(), expectedVersion: z.number().int() }),
};

type Route = keyof typeof routes;

function callerOf(authorization: string | undefined): Caller {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  if (!payload) throw new Error('no bearer token');
  const result = callerFromClaims(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  if (!result.ok) throw new Error(result.reason);
  return result.caller;
}

async function answer(route: Route, body: unknown, caller: Caller, pools: FloorPools): Promise<unknown> {
  switch (route) {
    case '/journey':
      return journeyFloor(pools, caller, routes[route].parse(body).pid);
    case '/patients': {
      const { regionCode, first } = routes[route].parse(body);
      return patientPageFloor(pools, caller, regionCode, first);
    }
    case '/indicators': {
      const { regionCode, year } = routes[route].parse(body);
      return indicatorsFloor(pools, caller, regionCode, year);
    }
    case '/indicator-series': {
      const { regionCode, from, to } = routes[route].parse(body);
      return indicatorSeriesFloor(pools, caller, regionCode, from, to);
    }
    case '/referrals': {
      const { regionCode, first } = routes[route].parse(body);
      return referralPageFloor(pools, caller, regionCode, first);
    }
    case '/employment-referrals': {
      const { regionCode, status, first } = routes[route].parse(body);
      return employmentReferralPageFloor(pools, caller, regionCode, status, first);
    }
    case '/review': {
      const { referralId, expectedVersion } = routes[route].parse(body);
      return referralReviewFloor(pools, caller, referralId, expectedVersion);
    }
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

main(async () => {
  const config = readConfig(floorVariables);
  const pools = openFloorPools({ registry: config.registryUrl, welfare: config.welfareUrl, employment: config.employmentUrl });
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' && path === '/ready') {
      void Promise.all([pools.registry.query('select 1'), pools.welfare.query('select 1'), pools.employment.query('select 1')]).then(
        () => send(res, 200, { status: 'ready' }),
        () => send(res, 503, { status: 'degraded' }),
      );
      return;
    }
    if (req.method !== 'POST' || !(path in routes)) {
      send(res, 404, { errors: [{ message: 'no such route' }] });
      return;
    }
    void (async () => {
      try {
        const body: unknown = JSON.parse(await readBody(req));
        send(res, 200, { data: await answer(path as Route, body, callerOf(req.headers.authorization), pools) });
      } catch (error) {
        // Messages of the floor's own checks and of PostgreSQL; never a row's content.
        send(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      }
    })();
  });
  // Keep-alive as long as the load generator holds its connections.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(config.port, '127.0.0.1', resolve));
  process.stdout.write(`floor listening on 127.0.0.1:${config.port}\n`);
  const stop = () => server.close(() => void closeFloorPools(pools).finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
});
