// Hot reload of the supergraph: watches its file and hands each new version to @apollo/gateway, which plans new operations with it.
import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { type SubgraphEndpoint, subgraphsOf, withoutSecurityFeatures } from './supergraph.js';

/** Editors and git write a file in several steps; the last step within this window is the one read. */
export const DEBOUNCE_MS = 200;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface FileWatchOptions {
  path: string;
  /** Hash of the content already in use: the same content again is no change. */
  initialHash: string;
  /** Re-reads the file this often whatever the events say: some filesystems (NFS, some container mounts) deliver none. */
  pollMs: number;
  debounceMs?: number;
  /** Whether to listen for the filesystem's events besides polling (off only where they cannot be trusted). */
  events?: boolean;
  /** Called once for each content of the file that differs from the previous one. */
  onChange(text: string, hash: string): void;
  /** The watch failed, or the file could not be read (reported once per kind of failure); the poll carries on. */
  onError?(error: Error): void;
}

export interface FileWatch {
  close(): void;
}

const codeOf = (error: unknown): string => (error as { code?: unknown })?.code?.toString() ?? (error instanceof Error ? error.name : 'unknown');

/**
 * Calls onChange once per new content of a file, after its writes settle. It watches the
 * directory, not the file: editors and git replace a file by renaming another over it, which
 * would end a watch on the file itself. A file missing for a moment (mid-replace) is no change.
 */
export function watchFileContent(options: FileWatchOptions): FileWatch {
  const file = path.resolve(options.path);
  const name = path.basename(file);
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  let lastHash = options.initialHash;
  let lastFailure: string | undefined;
  let closed = false;
  let reading = false;
  let readAgain = false;
  let debounce: NodeJS.Timeout | undefined;

  const report = (error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error)));

  const readOnce = async () => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const failure = codeOf(error);
      if (failure !== 'ENOENT' && failure !== lastFailure) report(error);
      lastFailure = failure;
      return;
    }
    lastFailure = undefined;
    const hash = sha256(text);
    if (closed || hash === lastHash) return;
    lastHash = hash;
    try {
      options.onChange(text, hash);
    } catch (error) {
      report(error);
    }
  };

  // One read at a time; a change noticed during a read is read again after it.
  const check = async () => {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      do {
        readAgain = false;
        await readOnce();
      } while (readAgain && !closed);
    } finally {
      reading = false;
    }
  };

  const schedule = () => {
    if (closed) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void check(), debounceMs);
    debounce.unref();
  };

  const poll = setInterval(schedule, options.pollMs);
  poll.unref();

  let watcher: FSWatcher | undefined;
  if (options.events !== false) {
    try {
      watcher = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
        if (changed === null || changed === name) schedule();
      });
      watcher.on('error', (error) => {
        report(error);
        watcher?.close();
        watcher = undefined;
      });
    } catch (error) {
      report(error);
    }
  }

  return {
    close() {
      closed = true;
      clearTimeout(debounce);
      clearInterval(poll);
      watcher?.close();
    },
  };
}

/** One version of the supergraph file, as the gateway serves it. */
export interface SupergraphVersion {
  /** sha256 of the file as read, hex: what `sha256sum` prints for it. */
  hash: string;
  /** What the gateway loads: the file without the security features it cannot enforce. */
  sdl: string;
  subgraphs: SubgraphEndpoint[];
}

/** Throws when the text is no GraphQL document. */
export function supergraphVersion(text: string, hash: string = sha256(text)): SupergraphVersion {
  const sdl = withoutSecurityFeatures(text);
  return { hash, sdl, subgraphs: subgraphsOf(sdl) };
}

export interface SupergraphFileOptions {
  path: string;
  pollMs: number;
  debounceMs?: number;
  events?: boolean;
  /** The gateway serves this version: the first at start (reloaded false), then each accepted reload. */
  onLoaded(version: SupergraphVersion, reloaded: boolean): void;
  /** A new file the gateway could not load; the version before it stays in service. */
  onRejected(error: unknown, hash: string): void;
  onWatchError?(error: Error): void;
}

/**
 * The gateway's `supergraphSdl` option: the file as it is at start, then every new content of
 * it through the gateway's `update`. No subgraph health check runs first: an agency that is down
 * must not hold back a new supergraph, and each request degrades without it anyway. A file that
 * does not parse or that the gateway refuses is rejected; the previous supergraph stays.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  return async ({ update }) => {
    const text = await readFile(options.path, 'utf8');
    // At start there is nothing to fall back on: a file that does not load stops the gateway.
    const initial = supergraphVersion(text);
    let servedHash = initial.hash;
    const watch = watchFileContent({
      path: options.path,
      initialHash: initial.hash,
      pollMs: options.pollMs,
      debounceMs: options.debounceMs,
      events: options.events,
      onChange(changed, hash) {
        // Back to the version in service (after a rejected one): nothing to do.
        if (hash === servedHash) return;
        let version: SupergraphVersion;
        try {
          version = supergraphVersion(changed, hash);
          update(version.sdl);
        } catch (error) {
          options.onRejected(error, hash);
          return;
        }
        servedHash = hash;
        options.onLoaded(version, true);
      },
      onError: options.onWatchError,
    });
    options.onLoaded(initial, false);
    return { supergraphSdl: initial.sdl, cleanup: async () => watch.close() };
  };
}
