// Keeps `npm start`'s processes running: a server that dies after start-up is restarted with backoff while the others keep serving.
import type { ChildProcess } from 'node:child_process';

export interface SupervisorOptions {
  /** Wait before the first restart of a crashed process; doubled for each crash in a row. */
  restartDelayMs: number;
  /** The longest wait between restarts. */
  maxRestartDelayMs: number;
  /** A process that ran this long before it crashed starts again from the first delay. */
  stableAfterMs: number;
  /** Warnings and notices for the person running the federation (stderr). */
  log(line: string): void;
  /** A process that exited before `healing()`: start-up failed. */
  onStartUpCrash(name: string, exit: string): void;
}

export interface Supervised {
  name: string;
  readyUrl: string;
  /** The running process (a new one after each restart). */
  process: ChildProcess;
}

interface Entry extends Supervised {
  spawn(): ChildProcess;
  startedAt: number;
  crashesInARow: number;
  restartTimer?: NodeJS.Timeout;
}

/** How long to wait before restarting a process that crashed `crashesInARow` times (1 for the first crash). */
export function restartDelay(crashesInARow: number, options: Pick<SupervisorOptions, 'restartDelayMs' | 'maxRestartDelayMs'>): number {
  return Math.min(options.maxRestartDelayMs, options.restartDelayMs * 2 ** Math.max(0, crashesInARow - 1));
}

const describeExit = (code: number | null, signal: NodeJS.Signals | null) => signal ?? `code ${code}`;

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Until `healing()` a crash is a start-up failure, for the caller to report (`onStartUpCrash`);
 * after it, a crashed process is restarted with backoff, and reported when it answers /ready again.
 */
export class Supervisor {
  private readonly entries: Entry[] = [];
  private heals = false;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {}

  add(name: string, readyUrl: string, spawn: () => ChildProcess): Supervised {
    const entry: Entry = { name, readyUrl, spawn, process: spawn(), startedAt: Date.now(), crashesInARow: 0 };
    this.entries.push(entry);
    this.watch(entry);
    return entry;
  }

  /** From now on a crashed process is restarted instead of ending the federation. */
  healing(): void {
    this.heals = true;
  }

  private watch(entry: Entry): void {
    const child = entry.process;
    child.once('exit', (code, signal) => {
      if (this.stopping || entry.process !== child) return;
      if (!this.heals) return this.options.onStartUpCrash(entry.name, describeExit(code, signal));
      const ranMs = Date.now() - entry.startedAt;
      entry.crashesInARow = ranMs >= this.options.stableAfterMs ? 1 : entry.crashesInARow + 1;
      const delay = restartDelay(entry.crashesInARow, this.options);
      this.options.log(
        `warning: ${entry.name} exited unexpectedly (${describeExit(code, signal)}); restarting it in ${(delay / 1000).toFixed(1)} s (crash ${entry.crashesInARow} in a row); the others keep serving`,
      );
      entry.restartTimer = setTimeout(() => this.restart(entry), delay);
    });
  }

  private restart(entry: Entry): void {
    entry.restartTimer = undefined;
    if (this.stopping) return;
    entry.process = entry.spawn();
    entry.startedAt = Date.now();
    this.watch(entry);
    void this.announceWhenReady(entry, entry.process);
  }

  private async announceWhenReady(entry: Entry, child: ChildProcess): Promise<void> {
    while (!this.stopping && entry.process === child && child.exitCode === null && child.signalCode === null) {
      try {
        if ((await fetch(entry.readyUrl, { signal: AbortSignal.timeout(2000) })).ok) {
          this.options.log(`notice: ${entry.name} restarted and ready again`);
          return;
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  /** Every process still running, restarts cancelled. */
  running(): Supervised[] {
    return this.entries.filter((e) => e.process.exitCode === null && e.process.signalCode === null);
  }

  /** SIGTERM to every process (SIGKILL after `graceMs`), no more restarts; resolves once all have exited. */
  async stopAll(graceMs: number): Promise<void> {
    this.stopping = true;
    for (const entry of this.entries) clearTimeout(entry.restartTimer);
    await Promise.all(
      this.running().map(async (entry) => {
        const done = exited(entry.process);
        entry.process.kill('SIGTERM');
        const timer = setTimeout(() => {
          this.options.log(`warning: ${entry.name} did not stop within ${graceMs / 1000} s; killed`);
          entry.process.kill('SIGKILL');
        }, graceMs);
        await done;
        clearTimeout(timer);
      }),
    );
  }
}
