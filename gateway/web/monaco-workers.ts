// Points Monaco's language workers at the bundles the gateway serves beside the playground (graphiql's own setup-workers/esm.sh fetches them from the internet).
/// <reference lib="dom" />
import type { Environment } from 'monaco-editor';

/** Worker bundle per Monaco language label (see scripts/build-web.ts); anything else runs in the plain editor worker. */
export const MONACO_WORKERS: Record<string, string> = {
  json: 'workers/json.worker.js',
  graphql: 'workers/graphql.worker.js',
  editorWorkerService: 'workers/editor.worker.js',
};

/** Must run before the first editor is created; `base` is the URL the worker paths are relative to (the playground bundle's). */
export function installMonacoWorkers(base: string): void {
  const environment: Environment = {
    getWorker(_workerId, label) {
      return new Worker(new URL(MONACO_WORKERS[label] ?? MONACO_WORKERS.editorWorkerService!, base), { name: label });
    },
  };
  window.MonacoEnvironment = environment;
}
