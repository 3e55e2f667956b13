import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUBGRAPHS } from '#platform/config/agencies.js';
import { projectRoot } from '#platform/server/paths.js';
import { withoutSecurityFeatures } from './supergraph.js';
import { type FileWatch, sha256, supergraphFromFile, type SupergraphVersion, watchFileContent } from './supergraph-watch.js';

const COMMITTED = readFileSync(path.join(projectRoot, 'schema', 'supergraph.graphql'), 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watching a file', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function scratchFile(content: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pj-watch-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, content);
    return file;
  }

  function watchChanges(file: string, options: { pollMs?: number; debounceMs?: number; events?: boolean } = {}): { changes: string[] } {
    const changes: string[] = [];
    const watch: FileWatch = watchFileContent({
      path: file,
      initialHash: sha256(readFileSync(file, 'utf8')),
      pollMs: options.pollMs ?? 60_000,
      debounceMs: options.debounceMs ?? 100,
      events: options.events ?? true,
      onChange: (text) => changes.push(text),
    });
    cleanups.unshift(() => watch.close());
    return { changes };
  }

  it('reads a burst of writes once, after they settle', async () => {
    const file = scratchFile('v0');
    // A long window, so a busy machine's late timers still fall within it.
    const { changes } = watchChanges(file, { debounceMs: 400 });
    for (const version of ['v1', 'v2', 'v3', 'v4', 'v5']) {
      writeFileSync(file, version);
      await sleep(10);
    }
    await vi.waitFor(() => expect(changes).toEqual(['v5']), { timeout: 3000 });
    await sleep(500);
    expect(changes).toEqual(['v5']);
  });

  it('ignores a rewrite with the same content, and a change undone before it settled', async () => {
    const file = scratchFile('v0');
    const { changes } = watchChanges(file);
    writeFileSync(file, 'v0');
    await sleep(300);
    writeFileSync(file, 'v1');
    writeFileSync(file, 'v0');
    await sleep(300);
    expect(changes).toEqual([]);
  });

  it('follows a file replaced by renaming another over it, as editors and git do', async () => {
    const file = scratchFile('v0');
    const { changes } = watchChanges(file);
    for (const version of ['v1', 'v2']) {
      writeFileSync(`${file}.tmp`, version);
      renameSync(`${file}.tmp`, file);
      await vi.waitFor(() => expect(changes.at(-1)).toBe(version), { timeout: 2000 });
    }
    expect(changes).toEqual(['v1', 'v2']);
  });

  it('still notices a change by polling where the filesystem sends no events', async () => {
    const file = scratchFile('v0');
    const { changes } = watchChanges(file, { events: false, pollMs: 100, debounceMs: 20 });
    await sleep(250);
    writeFileSync(file, 'v1');
    await vi.waitFor(() => expect(changes).toEqual(['v1']), { timeout: 2000 });
  });

  it('treats a file missing for a while as no change', async () => {
    const file = scratchFile('v0');
    const { changes } = watchChanges(file, { pollMs: 100, debounceMs: 20 });
    rmSync(file);
    await sleep(300);
    writeFileSync(file, 'v0');
    await sleep(300);
    expect(changes).toEqual([]);
    writeFileSync(file, 'v1');
    await vi.waitFor(() => expect(changes).toEqual(['v1']), { timeout: 2000 });
  });
});

describe('the supergraph from its file', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** Starts the hook as @apollo/gateway does, with an update that applies (or refuses) like the gateway's. */
  async function start(refuse: (sdl: string) => boolean = () => false) {
    const dir = mkdtempSync(path.join(tmpdir(), 'pj-supergraph-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, COMMITTED);
    const updates: string[] = [];
    const loaded: { version: SupergraphVersion; reloaded: boolean }[] = [];
    const rejected: string[] = [];
    const hook = supergraphFromFile({
      path: file,
      pollMs: 60_000,
      debounceMs: 50,
      onLoaded: (version, reloaded) => loaded.push({ version, reloaded }),
      onRejected: (_error, hash) => rejected.push(hash),
    });
    const update = (sdl: string) => {
      if (refuse(sdl)) throw new Error('refused');
      updates.push(sdl);
    };
    const { supergraphSdl, cleanup } = await hook({ update, healthCheck: async () => undefined, getDataSource: () => undefined as never });
    if (cleanup) cleanups.unshift(cleanup);
    return { file, supergraphSdl, updates, loaded, rejected };
  }

  it('serves the file without the security features at start, naming its subgraphs', async () => {
    const { supergraphSdl, loaded } = await start();
    expect(supergraphSdl).toBe(withoutSecurityFeatures(COMMITTED));
    expect(loaded).toHaveLength(1);
    expect(loaded[0]!.reloaded).toBe(false);
    expect(loaded[0]!.version.hash).toBe(sha256(COMMITTED));
    expect(loaded[0]!.version.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual([...SUBGRAPHS].sort());
  });

  it('hands a new file to the gateway and reports it loaded', async () => {
    const { file, updates, loaded, rejected } = await start();
    const variant = `${COMMITTED}\n# recomposed\n`;
    writeFileSync(file, variant);
    await vi.waitFor(() => expect(loaded).toHaveLength(2), { timeout: 2000 });
    expect(updates).toEqual([withoutSecurityFeatures(variant)]);
    expect(loaded[1]).toMatchObject({ reloaded: true, version: { hash: sha256(variant) } });
    expect(rejected).toEqual([]);
  });

  it('rejects a file that does not parse, keeps the version in service and takes the next good one', async () => {
    const { file, updates, loaded, rejected } = await start();
    writeFileSync(file, 'this is not GraphQL {');
    await vi.waitFor(() => expect(rejected).toEqual([sha256('this is not GraphQL {')]), { timeout: 2000 });
    expect(updates).toEqual([]);
    expect(loaded).toHaveLength(1);

    // Restoring the version in service changes nothing; a new good version is applied.
    writeFileSync(file, COMMITTED);
    await sleep(200);
    expect(updates).toEqual([]);
    const variant = `${COMMITTED}\n# recomposed\n`;
    writeFileSync(file, variant);
    await vi.waitFor(() => expect(updates).toHaveLength(1), { timeout: 2000 });
    expect(loaded.at(-1)).toMatchObject({ reloaded: true, version: { hash: sha256(variant) } });
  });

  it('counts a supergraph the gateway refuses as rejected, not loaded', async () => {
    const { file, updates, loaded, rejected } = await start((sdl) => sdl.includes('refuse me'));
    const refused = `${COMMITTED.replace('schema\n', '"refuse me"\nschema\n')}`;
    expect(refused).not.toBe(COMMITTED);
    writeFileSync(file, refused);
    await vi.waitFor(() => expect(rejected).toEqual([sha256(refused)]), { timeout: 2000 });
    expect(updates).toEqual([]);
    expect(loaded).toHaveLength(1);
  });

  it('refuses to start from a file that does not parse', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pj-supergraph-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, 'not a schema {');
    const hook = supergraphFromFile({ path: file, pollMs: 60_000, onLoaded: () => undefined, onRejected: () => undefined });
    await expect(hook({ update: () => undefined, healthCheck: async () => undefined, getDataSource: () => undefined as never })).rejects.toThrow(
      /Syntax Error/,
    );
  });
});
