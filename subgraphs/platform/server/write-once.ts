// Files that are created once and then only read (dev keys): concurrent first starts agree on one.
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Returns the file's content, creating it with `make()` when absent. The content is written
 * aside and hard-linked into place, so processes starting together never read a half-written
 * file and all end up with the one that won.
 */
export function readOrCreate(file: string, make: () => string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const draft = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(draft, make(), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, 'utf8');
}
