// CPU time of the bench's processes and of the local PostgreSQL, read from Linux /proc: where a request's time goes, per process.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux almost always). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  name: string;
  parent: number;
  /** User and system time of the process itself, ms. */
  ownMs: number;
  /** Of its children that have exited and were waited for, ms. */
  reapedChildrenMs: number;
}

function statOf(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces: the fields after it are split.
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    const ms = (ticks: string | undefined) => (Number(ticks) * 1000) / TICKS_PER_SECOND;
    return {
      pid,
      name: text.slice(open + 1, close),
      parent: Number(fields[1]),
      ownMs: ms(fields[11]) + ms(fields[12]),
      reapedChildrenMs: ms(fields[13]) + ms(fields[14]),
    };
  } catch {
    return null;
  }
}

/** CPU ms used so far by these processes (a server and the processes below it); null when /proc cannot tell. */
export function processesCpuMs(pids: readonly number[]): number | null {
  const stats = pids.map(statOf).filter((stat): stat is ProcStat => stat !== null);
  return stats.length === 0 ? null : stats.reduce((sum, stat) => sum + stat.ownMs, 0);
}

/**
 * CPU ms used so far by every PostgreSQL process of this machine: the live ones, plus the
 * backends that have ended, which their postmaster has waited for (its children's time).
 * The bench's PostgreSQL is on this machine (bench-config allows only loopback); null when no
 * PostgreSQL process can be read.
 */
export function postgresCpuMs(): number | null {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number);
  } catch {
    return null;
  }
  const postgres = pids.map(statOf).filter((stat): stat is ProcStat => stat !== null && (stat.name === 'postgres' || stat.name === 'postmaster'));
  if (postgres.length === 0) return null;
  const ids = new Set(postgres.map((stat) => stat.pid));
  return postgres.reduce((sum, stat) => sum + stat.ownMs + (ids.has(stat.parent) ? 0 : stat.reapedChildrenMs), 0);
}

/** CPU ms per process name at one moment; a process that cannot be read is left out. */
export type CpuSnapshot = Record<string, number>;

/** CPU ms each process spent between two snapshots (the processes read both times). */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): CpuSnapshot {
  return Object.fromEntries(
    Object.keys(after)
      .filter((name) => before[name] !== undefined)
      .map((name) => [name, Math.max(0, after[name]! - before[name]!)]),
  );
}

/** CPU ms per request of each process; nothing for no request. */
export function perRequest(spent: CpuSnapshot, requests: number): CpuSnapshot {
  return requests === 0 ? {} : Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, ms / requests]));
}
