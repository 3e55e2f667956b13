// Reading a V8 .cpuprofile (node --cpu-prof): self time per function and per package, within a time window.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '#platform/server/paths.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  /** Function name and where it is: a package, a project file, or Node's own code. */
  label: string;
  selfMs: number;
  /** Share of the busy (non-idle) samples. */
  selfPercent: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  functions: ProfileEntry[];
  packages: ProfileEntry[];
  /** The project's own functions (not node_modules, not Node) with everything they call: what is ours to change. */
  ownCode: ProfileEntry[];
}

/** Where a function lives, short: `graphql/execution/execute.js`, `gateway/src/gateway.ts`, `node:internal/…`. */
function placeOf(url: string): string {
  if (!url) return '';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules !== -1) return file.slice(modules + '/node_modules/'.length);
  if (file.startsWith(projectRoot)) return path.relative(projectRoot, file);
  return file;
}

/** The package of a place: `@apollo/gateway`, `graphql`, `project: gateway`, `node`, or a V8 pseudo-node such as `(garbage collector)`. */
function packageOf(frame: CallFrame): string {
  const place = placeOf(frame.url);
  if (!place) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (place.startsWith('node:')) return 'node';
  if (place.startsWith('/')) return place.includes('/node_modules/') ? place : 'node';
  const parts = place.split('/');
  if (frame.url.includes('/node_modules/')) return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  return `project: ${parts.slice(0, 2).join('/')}`;
}

const IDLE = new Set(['(idle)']);

const isOwnCode = (url: string): boolean => url.includes(projectRoot) && !url.includes('/node_modules/');

/**
 * The main thread's .cpuprofile in a directory: --cpu-prof writes one per thread, and tsx
 * runs its module hooks on a thread of their own, so the largest profile is the server's.
 */
export function mainThreadProfile(directory: string): string | null {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => ({ file: path.join(directory, file), size: statSync(path.join(directory, file)).size }))
    .sort((a, b) => b.size - a.size);
  return files[0]?.file ?? null;
}

/**
 * Self time of the samples taken between `fromMicros` and `toMicros` (the monotonic clock
 * both process.hrtime and V8's profiler use), or of all samples when none fall in it.
 */
export function summarizeProfile(file: string, window: { fromMicros: number; toMicros: number } | null, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const byOwnFunction = new Map<string, number>();
  const stamps: number[] = [];
  let clock = profile.startTime;
  for (const delta of profile.timeDeltas) {
    clock += delta;
    stamps.push(clock);
  }
  const inWindow = window ? profile.samples.map((_, i) => stamps[i]! >= window.fromMicros && stamps[i]! <= window.toMicros) : profile.samples.map(() => true);
  const useAll = !inWindow.some(Boolean);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((nodeId, i) => {
    if (!useAll && !inWindow[i]) return;
    // A sample's weight is the time until the next one.
    const weight = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const frame = frames.get(nodeId);
    if (!frame) return;
    if (IDLE.has(frame.functionName)) {
      idle += weight;
      return;
    }
    busy += weight;
    const place = placeOf(frame.url);
    const label = `${frame.functionName || '(anonymous)'}${place ? ` ${place}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(label, (byFunction.get(label) ?? 0) + weight);
    const pkg = packageOf(frame);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + weight);
    // Inclusive: each of the project's functions on the sample's stack, once.
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parents.get(id)) {
      const caller = frames.get(id);
      if (!caller || !isOwnCode(caller.url)) continue;
      const own = `${caller.functionName || '(anonymous)'} ${placeOf(caller.url)}`;
      if (seen.has(own)) continue;
      seen.add(own);
      byOwnFunction.set(own, (byOwnFunction.get(own) ?? 0) + weight);
    }
  });
  const ranked = (totals: Map<string, number>): ProfileEntry[] =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([label, ms]) => ({ label, selfMs: ms, selfPercent: busy === 0 ? 0 : (100 * ms) / busy }));
  return { busyMs: busy, idleMs: idle, functions: ranked(byFunction), packages: ranked(byPackage), ownCode: ranked(byOwnFunction) };
}
