// One server of the bench as a child process: started under this Node (with flags, e.g. --cpu-prof), its output kept, its peak memory read from /proc.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '#platform/server/paths.js';
import { processesCpuMs } from './cpu-time.js';

const OUTPUT_KEPT = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export class ServerProcess {
  private out = '';
  private err = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcessWithoutNullStreams,
  ) {
    // Only the tail is kept: a server that logs per request must not grow the bench's memory.
    child.stdout.on('data', (chunk: Buffer) => (this.out = (this.out + chunk.toString()).slice(-OUTPUT_KEPT)));
    child.stderr.on('data', (chunk: Buffer) => (this.err = (this.err + chunk.toString()).slice(-OUTPUT_KEPT)));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** A TypeScript entry point of the project under this Node and tsx, with extra Node flags before it. */
  static node(name: string, file: string, env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): ServerProcess {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(projectRoot, file)], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    return new ServerProcess(name, child);
  }

  /** An npm script, for a script that is not a plain `tsx <file>`; its memory is then the largest process of its tree. */
  static npmScript(name: string, script: string, env: NodeJS.ProcessEnv): ServerProcess {
    const child = spawn('npm', ['run', '--silent', script], { cwd: projectRoot, env: { ...process.env, ...env } });
    return new ServerProcess(name, child);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The end of what it wrote to stdout (log lines: never personal data). */
  stdoutTail(characters = 2000): string {
    return this.out.slice(-characters);
  }

  /** The end of what it wrote to stderr, for a start-up failure (servers log no personal data). */
  stderrTail(characters = 2000): string {
    return this.err.slice(-characters);
  }

  /**
   * Peak resident memory in bytes (VmHWM, the kernel's high-water mark) of the process, or of
   * the largest process below it when it is a launcher (npm, a shell); null once it has exited.
   */
  peakMemoryBytes(): number | null {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return null;
    const peaks = processTree(pid)
      .map(peakOf)
      .filter((peak): peak is number => peak !== null);
    return peaks.length === 0 ? null : Math.max(...peaks);
  }

  /** CPU ms used so far by the process and those below it; null once it has exited. */
  cpuMs(): number | null {
    const pid = this.child.pid;
    return pid === undefined || !this.running ? null : processesCpuMs(processTree(pid));
  }

  /** SIGTERM, then SIGKILL after 10 s; resolves once it has exited. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    this.child.kill('SIGTERM');
    await this.exited;
    clearTimeout(timer);
  }
}

function peakOf(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The process and every process below it (Linux /proc; only the process itself elsewhere). */
function processTree(pid: number): number[] {
  const found = [pid];
  for (let index = 0; index < found.length; index++) {
    try {
      const children = readFileSync(`/proc/${found[index]}/task/${found[index]}/children`, 'utf8').trim();
      if (children) found.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone, or not Linux
    }
  }
  return found;
}
