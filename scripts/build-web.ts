// `npm run build:web`: bundles the playground (GraphiQL, its Monaco workers, styles and fonts) and the dashboard (ECharts) with esbuild into gateway/web/dist/, which the gateway serves; nothing is fetched from elsewhere at run time.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main } from '#platform/config/config.js';
import { projectRoot } from '#platform/server/paths.js';
import { webDistDir } from '../gateway/src/web.js';

const sourceDir = path.join(projectRoot, 'gateway', 'web');

/** The pages' entry points (ES modules) and their HTML shells. */
const PAGES = { playground: 'playground.ts', dashboard: 'dashboard.ts' };
const HTML = ['playground.html', 'dashboard.html'];

/** Monaco's workers, as classic scripts at the paths gateway/web/monaco-workers.ts asks for. */
const WORKERS = {
  'workers/editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'workers/json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'workers/graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

/** Browser packages that only a full (dev) install has; a production image lacks them. */
const BROWSER_PACKAGES = ['graphiql', 'react-dom', 'echarts', 'monaco-editor', 'monaco-graphql'];

export interface WebBuild {
  outDir: string;
  /** Output files, relative to outDir. */
  files: string[];
  bytes: number;
}

/** The browser packages that cannot be resolved here (empty on a full install). */
export function missingBrowserPackages(): string[] {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  return BROWSER_PACKAGES.filter((name) => {
    try {
      require.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
}

/** Replaces outDir with fresh bundles of the playground, the dashboard and Monaco's workers. */
export async function buildWeb(outDir: string = webDistDir): Promise<WebBuild> {
  const esbuild = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    absWorkingDir: projectRoot,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    // Maps point into node_modules instead of carrying every library's sources (tens of MB).
    sourcesContent: false,
    target: ['chrome120', 'firefox120', 'safari17'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: outDir,
    metafile: true,
    logLevel: 'warning',
  } satisfies BuildOptions;
  const pages = await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(PAGES).map(([name, file]) => [name, path.join(sourceDir, file)])),
    format: 'esm',
    // Monaco's stylesheet refers to its icon font; it becomes a file beside the bundles.
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: 'assets/[name]-[hash]',
  });
  const workers = await esbuild.build({ ...common, entryPoints: WORKERS, format: 'iife' });
  for (const file of HTML) copyFileSync(path.join(sourceDir, file), path.join(outDir, file));
  const outputs = { ...pages.metafile.outputs, ...workers.metafile.outputs };
  return {
    outDir,
    files: [...Object.keys(outputs).map((file) => path.relative(outDir, path.resolve(projectRoot, file))), ...HTML].sort(),
    bytes: Object.values(outputs).reduce((sum, output) => sum + output.bytes, 0),
  };
}

const BUILD_WEB_COMMAND = {
  name: 'build:web',
  command: 'npm run build:web',
  summary: 'cli.buildWeb.summary',
  options: {},
  examples: ['npm run build:web'],
} as const satisfies CommandDeclaration;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(async () => {
    readCommandLine(BUILD_WEB_COMMAND);
    const missing = missingBrowserPackages();
    if (missing.length > 0) {
      // A production install (npm ci --omit=dev) has no browser packages: the gateway then serves its API without the pages.
      process.stdout.write(`Skipped the playground and dashboard build: ${missing.join(', ')} not installed (dev dependencies).\n`);
      return;
    }
    const started = Date.now();
    const build = await buildWeb();
    const where = path.relative(projectRoot, build.outDir);
    process.stdout.write(
      `Built the playground and dashboard into ${where}/ (${build.files.length} files, ${(build.bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
  });
}
