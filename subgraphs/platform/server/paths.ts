// Where the project lives on disk, and where local state (embedded databases, dev keys) goes.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** `.data/` beside the code unless DATA_DIR says otherwise; ignored by git. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR ?? path.join(projectRoot, '.data'));
}
