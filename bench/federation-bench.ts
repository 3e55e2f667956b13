// The federation bench's harness: the servers, the answers checked against each other, the load runs alternating between targets, peak memory and a profile.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AgencyName } from '#platform/config/agencies.js';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import type { Role } from '#platform/identity/identity.js';
import { NATIONWIDE } from '#platform/identity/identity.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { readConfig } from '#platform/config/config.js';
import { errorSummary, firstDifference } from './answer-check.js';
import { type CpuSnapshot, cpuSpent, perRequest } from './cpu-time.js';
import { waitUntilDatabasesIdle } from './bench-databases.js';
import { mainThreadProfile, type ProfileSummary, summarizeProfile } from './cpu-profile.js';
import { type BenchQuery, type BenchRequest, benchQueries, floorBody, graphqlBody, reviewRequests } from './federation-queries.js';
import { FederationProcesses, type FederationUrls } from './federation-processes.js';
import {
  type BodySource,
  eachOnce,
  figuresOf,
  inTurn,
  isCleanAnswer,
  type LoadFigures,
  type LoadRun,
  REQUEST_TIMEOUT_SECONDS,
  runLoad,
  warmUp,
} from './load-run.js';
import { insertReviewPool, removeReviewPools, reviewedCount } from './review-pool.js';
import { chooseWorkload, type Workload } from './workload.js';

export type TargetName = 'ours' | 'hive' | 'floor';

export const TARGET_LABELS: Record<TargetName, string> = { ours: 'our gateway', hive: 'Hive Gateway', floor: 'floor (direct SQL)' };

export interface HarnessOptions {
  adminUrl: string;
  databases: { urls: Record<AgencyName, string>; names: string[]; linkageKey: Buffer };
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  rounds: number;
  maxRequests: number;
  hive: boolean;
  /** Seconds of journey load on a CPU-profiled gateway; 0 for none. */
  profileSeconds: number;
  log: (line: string) => void;
}

export interface QueryResult {
  key: BenchQuery['key'];
  name: string;
  detail: string;
  figures: Partial<Record<TargetName, LoadFigures>>;
  /** Latency in ms of a request alone on idle servers (the median of the check's requests); null: no answer within the request timeout. */
  alone: Partial<Record<TargetName, number | null>>;
  /** Targets not put under load for this query, and why. */
  skipped: Partial<Record<TargetName, string>>;
  /** The write only: transitions found in the database after the runs, per target. */
  confirmedWrites?: Partial<Record<TargetName, number>>;
  /** CPU ms per answered request of each process (servers by name, and 'postgres') during the target's measured runs. */
  cpu?: Partial<Record<TargetName, Record<string, number>>>;
}

/** A measured run and the CPU time each process spent in it. */
interface MeasuredRun {
  run: LoadRun;
  cpu: { before: CpuSnapshot; after: CpuSnapshot };
}

/** What the check learnt of a query before any load. */
interface CheckOutcome {
  alone: Partial<Record<TargetName, number | null>>;
  skipped: Partial<Record<TargetName, string>>;
}

export interface WorkloadSummary {
  provinceCode: string;
  provincePatients: number;
  year: number;
  journeyPeople: number;
  employmentRegion: Workload['employmentRegion'];
}

export interface BenchRun {
  targets: TargetName[];
  workload: WorkloadSummary;
  results: QueryResult[];
  /** Peak resident memory (VmHWM) in bytes per process. */
  memory: Record<string, number | null>;
  profile: ProfileSummary | null;
  /** Why Hive Gateway is not among the targets, when it is not. */
  hiveNote: string | null;
}

interface Target {
  name: TargetName;
  url: (query: BenchQuery) => string;
  body: (query: BenchQuery, request: BenchRequest) => string;
}

const JOURNEY_SOURCES = 3;
/** Seconds of the warm-up of every read on every target before the first measurement (at least the per-run warm-up). */
const GLOBAL_WARM_UP_SECONDS = 3;
/** Requests a review warm-up may use: enough for a couple of seconds at most rates, few rows to write. */
const REVIEW_WARM_UP_REQUESTS = 400;

function targetsOf(urls: FederationUrls): Target[] {
  const graphql = (name: TargetName, url: string): Target => ({ name, url: () => url, body: graphqlBody });
  const targets = [graphql('ours', urls.gateway)];
  if (urls.hive) targets.push(graphql('hive', urls.hive));
  if (urls.floor) {
    const floor = urls.floor;
    targets.push({ name: 'floor', url: (query) => `${floor}${query.floorRoute}`, body: (_query, request) => floorBody(request) });
  }
  return targets;
}

/** The longest a run is stretched to (see runSeconds). */
const MAX_RUN_SECONDS = 120;

/**
 * The run's time: the configured seconds, stretched for a query so slow that they would hold
 * fewer than two answers per connection (a province's indicators at 1,000,000 people), as
 * autocannon abandons the requests still running when its time is up.
 */
function runSeconds(options: Pick<HarnessOptions, 'seconds' | 'connections'>, warmUpRate: number): number {
  const needed = warmUpRate > 0 ? Math.ceil((2 * options.connections) / warmUpRate) : MAX_RUN_SECONDS;
  return Math.max(options.seconds, Math.min(MAX_RUN_SECONDS, needed));
}

const HIVE_PROBE_SECONDS = 15;
/**
 * A target whose answer alone takes longer than this is not put under load for that query:
 * with every connection asking at once, each answer takes about connections ÷ cores times as
 * long (the work is CPU-bound on this machine) and would pass the request timeout, and the
 * statements left running would hold the next runs up.
 */
export const slowAloneSeconds = (connections: number): number => Math.round((REQUEST_TIMEOUT_SECONDS * Math.min(os.cpus().length, connections)) / connections);

/** Whether a gateway answers a trivial query: a server can report ready and still never answer one. */
async function answersGraphQL(url: string, token: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(HIVE_PROBE_SECONDS * 1000),
    });
    return response.ok && isCleanAnswer(await response.text());
  } catch {
    return false;
  }
}

/** Round r runs the targets in an order rotated by r, so that none is always first or last. */
const rotated = <T>(list: readonly T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length]!);

async function post(url: string, token: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000),
  });
  return { status: response.status, text: await response.text() };
}

function verifierOf(query: BenchQuery): (body: string) => boolean {
  const verify = query.verify;
  if (!verify) return isCleanAnswer;
  return (body) => isCleanAnswer(body) && verify((JSON.parse(body) as { data: unknown }).data);
}

export class FederationBench {
  private readonly processes = new FederationProcesses();
  private readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'pj-bench-'));
  private reviewBatch = 0;

  constructor(private readonly options: HarnessOptions) {}

  async run(): Promise<BenchRun> {
    const { options } = this;
    const welfareUrl = options.databases.urls.welfare;
    await removeReviewPools(welfareUrl);
    const workload = await chooseWorkload(options.databases.urls);
    options.log(
      `bench: province ${workload.province.code} (${workload.province.patients} patients), ${workload.journeyPids.length} journey candidates, employment referrals of a ${workload.employmentRegion.level}`,
    );
    const { targets, hiveNote, tokenFor } = await this.startServers();
    const queries = benchQueries(workload);
    const checks = new Map<BenchQuery, CheckOutcome>();
    for (const query of queries) checks.set(query, await this.checkAnswers(query, targets, await tokenFor(query.role), workload));
    await this.warmEverything(queries, checks, targets, tokenFor);

    const results: QueryResult[] = [];
    for (const query of queries) {
      const check = checks.get(query)!;
      const measured = targets.filter((target) => check.skipped[target.name] === undefined);
      results.push({ ...(await this.measure(query, measured, await tokenFor(query.role), workload)), ...check });
    }
    const exited = this.processes.exited();
    if (exited.length > 0) throw new Error(`${exited.join(', ')} stopped during the bench`);
    const memory = this.processes.peakMemory();
    const journey = queries.find((q) => q.key === 'journey')!;
    const profile = options.profileSeconds > 0 ? await this.profileJourney(journey, await tokenFor(journey.role)) : null;
    await removeReviewPools(welfareUrl);
    return {
      targets: targets.map((t) => t.name),
      workload: {
        provinceCode: workload.province.code,
        provincePatients: workload.province.patients,
        year: workload.year,
        journeyPeople: workload.journeyPids.length,
        employmentRegion: workload.employmentRegion,
      },
      results,
      memory,
      profile,
      hiveNote,
    };
  }

  /**
   * The subgraphs, both gateways and the floor, and a nationwide token per role. Hive Gateway
   * is left out, with the reason, when it has no start script or answers no GraphQL.
   */
  private async startServers(): Promise<{ targets: Target[]; hiveNote: string | null; tokenFor: (role: Role) => Promise<string> }> {
    const { options } = this;
    const privateJwk = await ensureDevKeys(this.dataDir);
    options.log(`bench: starting the three subgraphs, our gateway${options.hive ? ', Hive Gateway' : ''} and the floor`);
    const urls = await this.processes.start({
      databaseUrls: options.databases.urls,
      linkageKey: options.databases.linkageKey,
      dataDir: this.dataDir,
      hive: options.hive,
      floor: true,
    });
    const auth = readConfig(authVariables, {});
    const tokens = new Map<Role, string>();
    const tokenFor = async (role: Role): Promise<string> => {
      const kept = tokens.get(role);
      if (kept) return kept;
      const token = await signDevToken(privateJwk, { role, region: NATIONWIDE, ttl: '12h', issuer: auth.issuer, audience: auth.audience });
      tokens.set(role, token);
      return token;
    };
    let hiveNote: string | null = null;
    if (!options.hive) hiveNote = 'Hive Gateway was left out on request (--no-hive)';
    else if (!urls.hive) hiveNote = 'Hive Gateway was left out: package.json has no start:hive script';
    else if (!(await answersGraphQL(urls.hive, await tokenFor('SOCIAL_WORKER')))) {
      hiveNote = `Hive Gateway (npm run start:hive) started and reported ready, but answered no GraphQL request within ${HIVE_PROBE_SECONDS} s, so it was left out`;
      await this.processes.drop('hive');
      urls.hive = null;
    }
    if (hiveNote) options.log(`bench: ${hiveNote}`);
    return { targets: targetsOf(urls), hiveNote, tokenFor };
  }

  /**
   * Every read on every target it will be measured on, for a few seconds each, before any
   * measurement: servers start cold (code not yet optimised, statements not yet prepared on
   * each pooled connection, pages not yet cached), and whichever target ran first would pay
   * for the others.
   */
  private async warmEverything(
    queries: readonly BenchQuery[],
    checks: Map<BenchQuery, CheckOutcome>,
    targets: readonly Target[],
    tokenFor: (role: Role) => Promise<string>,
  ): Promise<void> {
    const { options } = this;
    const seconds = Math.max(options.warmUpSeconds, GLOBAL_WARM_UP_SECONDS);
    options.log(`bench: warming every read on every target, ${seconds} s each`);
    for (const query of queries.filter((q) => q.key !== 'review')) {
      const token = await tokenFor(query.role);
      for (const target of targets.filter((t) => checks.get(query)?.skipped[t.name] === undefined)) {
        await warmUp(
          { url: target.url(query), token, bodies: inTurn(query.requests.map((request) => target.body(query, request))) },
          options.connections,
          seconds,
          options.maxRequests,
        );
      }
    }
    await waitUntilDatabasesIdle(options.adminUrl, options.databases.names, { cancelAfterSeconds: REQUEST_TIMEOUT_SECONDS });
  }

  async stop(): Promise<void> {
    await this.processes.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /**
   * Before any load, one target after another on idle servers (each after one untimed read of
   * its own): every target answers the query,
   * and with the same data (the floor is only a floor if its answers are the graph's). A wrong
   * answer stops the bench. A target that gives none within the request timeout, or whose
   * answer alone takes so long that a loaded run could not finish, is reported and not put
   * under load. The journey keeps only people whose journey has all three agencies' events.
   * Prints counts, times and paths, never data.
   */
  private async checkAnswers(query: BenchQuery, targets: readonly Target[], token: string, workload: Workload): Promise<CheckOutcome> {
    if (query.key === 'journey') await this.keepThreeAgencyJourneys(query, targets, token, workload);
    const requestsOf = async (): Promise<BenchRequest[]> =>
      query.key === 'review'
        ? reviewRequests((await insertReviewPool(this.options.databases.urls.welfare, this.reviewBatch++, targets.length, workload.reviewPeople)).referralIds)
        : query.requests.slice(0, 5);
    const requests = await requestsOf();
    const outcome: CheckOutcome = { alone: {}, skipped: {} };
    const data = new Map<TargetName, unknown[]>();
    for (const [t, target] of targets.entries()) {
      // The review moves a referral per request: each target gets a referral of its own.
      const own = query.key === 'review' ? [requests[t]!] : requests;
      const times: number[] = [];
      const answers: unknown[] = [];
      // One untimed read first, so that no target is timed cold: the servers start together and
      // the first target checked would otherwise pay the subgraphs' first statements for all.
      // (A write cannot be sent twice: each review moves its own referral.)
      if (query.key !== 'review') await post(target.url(query), token, target.body(query, own[0]!)).catch(() => null);
      for (const request of own) {
        const started = performance.now();
        const answer = await post(target.url(query), token, target.body(query, request)).catch((error: unknown) => {
          if ((error as { name?: string }).name === 'TimeoutError') return null;
          throw error;
        });
        if (answer === null) break;
        times.push(performance.now() - started);
        if (answer.status !== 200 || !verifierOf(query)(answer.text))
          throw new Error(`check: ${query.name} on ${TARGET_LABELS[target.name]}: HTTP ${answer.status}, ${errorSummary(answer.text)}`);
        answers.push((JSON.parse(answer.text) as { data: unknown }).data);
      }
      const median = times.length === own.length ? [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)]! : null;
      outcome.alone[target.name] = median;
      if (median === null) outcome.skipped[target.name] = `no answer within ${REQUEST_TIMEOUT_SECONDS} s even alone`;
      else if (median > slowAloneSeconds(this.options.connections) * 1000)
        outcome.skipped[target.name] =
          `an answer alone took ${(median / 1000).toFixed(0)} s (over ${slowAloneSeconds(this.options.connections)} s): under ${this.options.connections} connections each would pass the ${REQUEST_TIMEOUT_SECONDS} s request timeout`;
      else data.set(target.name, answers);
      await waitUntilDatabasesIdle(this.options.adminUrl, this.options.databases.names, { cancelAfterSeconds: REQUEST_TIMEOUT_SECONDS });
    }
    if (query.key !== 'review') this.compareAnswers(query, data);
    const skipped = Object.entries(outcome.skipped).map(([name, why]) => `${TARGET_LABELS[name as TargetName]}: ${why}`);
    this.options.log(
      `  check: ${query.name}: ${requests.length} request(s), ${query.key === 'review' ? `${data.size} target(s) moved their referral to REGISTERED` : data.size > 1 ? `the same data from ${[...data.keys()].map((n) => TARGET_LABELS[n]).join(', ')}` : `${data.size} target(s) answered`}${skipped.length ? `; not loaded: ${skipped.join('; ')}` : ''}`,
    );
    return outcome;
  }

  /** Every answering target's data against the first's; a difference stops the bench. */
  private compareAnswers(query: BenchQuery, data: Map<TargetName, unknown[]>): void {
    const [first, ...others] = [...data];
    if (!first) return;
    for (const [name, answers] of others) {
      answers.forEach((answer, i) => {
        const difference = firstDifference(first[1][i], answer);
        if (difference) throw new Error(`check: ${query.name}: ${TARGET_LABELS[name]} answers otherwise than ${TARGET_LABELS[first[0]]} at ${difference}`);
      });
    }
  }

  private async keepThreeAgencyJourneys(query: BenchQuery, targets: readonly Target[], token: string, workload: Workload): Promise<void> {
    const floor = targets.find((t) => t.name === 'floor') ?? targets[0]!;
    const kept: BenchRequest[] = [];
    for (const request of query.requests) {
      const answer = await post(floor.url(query), token, floor.body(query, request));
      const journey = (JSON.parse(answer.text) as { data?: { person?: { journey?: { source: string }[] } | null } }).data?.person?.journey ?? [];
      if (new Set(journey.map((event) => event.source)).size === JOURNEY_SOURCES) kept.push(request);
    }
    if (kept.length === 0) throw new Error('check: no candidate journey has events from all three agencies');
    query.requests = kept;
    query.detail = query.detail.replace(/for \d+ people/, `for ${kept.length} people`);
    workload.journeyPids = workload.journeyPids.slice(0, kept.length);
    this.options.log(`  check: ${kept.length} of the candidates have journey events from all three agencies`);
  }

  private async measure(query: BenchQuery, targets: readonly Target[], token: string, workload: Workload): Promise<QueryResult> {
    const { options } = this;
    if (targets.length === 0) return { key: query.key, name: query.name, detail: query.detail, figures: {}, alone: {}, skipped: {} };
    options.log(
      `bench: ${query.name}: ${options.rounds} round(s) of ${targets.length} targets, ${options.connections} connections, at least ${options.seconds} s each`,
    );
    const runs = new Map<TargetName, LoadRun[]>();
    const cpuMs = new Map<TargetName, Record<string, number>>();
    const confirmed: Partial<Record<TargetName, number>> = {};
    for (let round = 0; round < options.rounds; round++) {
      for (const target of rotated(targets, round)) {
        const { run, cpu, reviewed } =
          query.key === 'review'
            ? await this.measureReview(query, target, token, workload)
            : { ...(await this.measureRead(query, target, token)), reviewed: undefined };
        runs.set(target.name, [...(runs.get(target.name) ?? []), run]);
        const spent = cpuMs.get(target.name) ?? {};
        for (const [name, ms] of Object.entries(cpuSpent(cpu.before, cpu.after))) spent[name] = (spent[name] ?? 0) + ms;
        cpuMs.set(target.name, spent);
        if (reviewed !== undefined) confirmed[target.name] = (confirmed[target.name] ?? 0) + reviewed;
        const figures = figuresOf([run]);
        options.log(
          `  ${TARGET_LABELS[target.name]}: ${figures.requestsPerSecond.toFixed(1)} requests/s, p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms${figures.failedAnswers + figures.connectionErrors > 0 ? `, ${figures.failedAnswers + figures.connectionErrors} failed` : ''}`,
        );
        await waitUntilDatabasesIdle(options.adminUrl, options.databases.names, { cancelAfterSeconds: REQUEST_TIMEOUT_SECONDS });
      }
    }
    const figures = Object.fromEntries([...runs].map(([name, list]) => [name, figuresOf(list)])) as Partial<Record<TargetName, LoadFigures>>;
    const cpu = Object.fromEntries([...cpuMs].map(([name, spent]) => [name, perRequest(spent, figures[name]?.responses ?? 0)])) as Partial<
      Record<TargetName, CpuSnapshot>
    >;
    return {
      key: query.key,
      name: query.name,
      detail: query.detail,
      figures,
      alone: {},
      skipped: {},
      cpu,
      ...(query.key === 'review' ? { confirmedWrites: confirmed } : {}),
    };
  }

  /** The load run, between two readings of every process's CPU time. */
  private async measured(load: () => Promise<LoadRun>): Promise<MeasuredRun> {
    const before = this.processes.cpuSnapshot();
    const run = await load();
    return { run, cpu: { before, after: this.processes.cpuSnapshot() } };
  }

  private async measureRead(query: BenchQuery, target: Target, token: string): Promise<MeasuredRun> {
    const { options } = this;
    const bodies = (): BodySource => inTurn(query.requests.map((request) => target.body(query, request)));
    const rate = await warmUp({ url: target.url(query), token, bodies: bodies() }, options.connections, options.warmUpSeconds, options.maxRequests);
    return this.measured(() =>
      runLoad(
        { url: target.url(query), token, bodies: bodies(), verify: verifierOf(query) },
        { connections: options.connections, seconds: runSeconds(options, rate), maxRequests: options.maxRequests },
      ),
    );
  }

  /**
   * Fresh referrals for every run: a warm-up pool, then a pool sized from the warm-up's rate
   * (half as much again, so that time, not referrals, ends the run). Afterwards the database
   * says how many really moved; a success that did not is counted as a failure.
   */
  private async measureReview(query: BenchQuery, target: Target, token: string, workload: Workload): Promise<MeasuredRun & { reviewed: number }> {
    const { options } = this;
    const welfareUrl = options.databases.urls.welfare;
    const spare = 2 * options.connections;
    const bodiesOf = (ids: readonly string[]) => reviewRequests(ids).map((request) => target.body(query, request));
    const warm = await insertReviewPool(welfareUrl, this.reviewBatch++, REVIEW_WARM_UP_REQUESTS + spare, workload.reviewPeople);
    const rate = await warmUp(
      { url: target.url(query), token, bodies: eachOnce(bodiesOf(warm.referralIds)) },
      options.connections,
      options.warmUpSeconds,
      REVIEW_WARM_UP_REQUESTS,
    );
    const planned = Math.min(options.maxRequests, Math.ceil(rate * options.seconds * 1.5) + 50);
    const pool = await insertReviewPool(welfareUrl, this.reviewBatch++, planned + spare, workload.reviewPeople);
    await waitUntilDatabasesIdle(options.adminUrl, options.databases.names, { cancelAfterSeconds: REQUEST_TIMEOUT_SECONDS });
    const { run, cpu } = await this.measured(() =>
      runLoad(
        { url: target.url(query), token, bodies: eachOnce(bodiesOf(pool.referralIds)), verify: verifierOf(query) },
        { connections: options.connections, seconds: options.seconds, maxRequests: planned },
      ),
    );
    const reviewed = await reviewedCount(welfareUrl, pool.referralIds);
    const successes = run.latencies.length - run.failedAnswers;
    // An answer that said REGISTERED for a case the database does not show moved is a failure.
    if (reviewed < successes) run.failedAnswers += successes - reviewed;
    return { run, cpu, reviewed };
  }

  /** Our gateway again, under --cpu-prof, during a journey run; the profile's samples of that run only. */
  private async profileJourney(query: BenchQuery, token: string): Promise<ProfileSummary | null> {
    const { options } = this;
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'pj-bench-profile-'));
    try {
      options.log(`bench: profiling our gateway (node --cpu-prof) during ${options.profileSeconds} s of journeys`);
      const profiled = await this.processes.startProfiledGateway(profileDir);
      const target: Target = { name: 'ours', url: () => profiled.url, body: graphqlBody };
      const bodies = () => inTurn(query.requests.map((request) => target.body(query, request)));
      await warmUp({ url: profiled.url, token, bodies: bodies() }, options.connections, options.warmUpSeconds, options.maxRequests);
      const from = Number(process.hrtime.bigint() / 1000n);
      await runLoad(
        { url: profiled.url, token, bodies: bodies() },
        { connections: options.connections, seconds: options.profileSeconds, maxRequests: options.maxRequests },
      );
      const to = Number(process.hrtime.bigint() / 1000n);
      await profiled.stop();
      const file = mainThreadProfile(profileDir);
      return file ? summarizeProfile(file, { fromMicros: from, toMicros: to }) : null;
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
}
