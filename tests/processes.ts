// Runs the project's own entry points as real child processes, for tests that start, crash and stop them.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '#platform/server/paths.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout contains the text, rejects when the process exits first or time runs out. */
  waitForOutput(text: string, timeoutMs: number): Promise<void>;
}

/** Starts a TypeScript entry point of the project with tsx under this Node. */
export function runEntryPoint(file: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, file), ...args], {
    cwd: projectRoot,
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput: (text, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${text}" within ${timeoutMs} ms; stderr: ${err.slice(-2000)}`)), timeoutMs);
        const check = () => {
          if (out.includes(text)) {
            clearTimeout(timer);
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        void exited.then(({ code }) => {
          clearTimeout(timer);
          if (!out.includes(text)) reject(new Error(`exited with ${code} before "${text}"; stderr: ${err.slice(-2000)}`));
        });
        check();
      }),
  };
}
