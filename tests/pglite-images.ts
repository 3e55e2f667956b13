// Migrated PGlite images for tests: creating an embedded cluster runs initdb in WebAssembly (about 3 s
// a database), while booting a dumped image of one takes about 1 s. Each agency's image is built once,
// after its migrations, and kept in the system's temporary folder under a hash of those migrations.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { subgraphInfo, type SubgraphName } from '#platform/config/agencies.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import { projectRoot } from '#platform/server/paths.js';

const imageDir = path.join(tmpdir(), 'patient-journey-pglite-images');

function imagePath(name: SubgraphName): string {
  const { migrationsDir } = subgraphInfo(name);
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(projectRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(path.join(migrationsDir, file)));
  return path.join(imageDir, `${name}-${hash.digest('hex').slice(0, 16)}.tar`);
}

/** The subgraph's database with every migration applied, as an image to boot PGlite from. */
export async function migratedImage(name: SubgraphName): Promise<Blob> {
  const file = imagePath(name);
  if (!existsSync(file)) {
    const db = openDatabase({ urlVariable: subgraphInfo(name).databaseUrlVariable, url: undefined, embeddedDir: 'memory://' });
    try {
      await migrateToLatest(db, subgraphInfo(name).migrationsDir);
      // knex-pglite keeps its one connection, the PGlite instance, on the client.
      const image = await (db.client as { pglite: PGlite }).pglite.dumpDataDir('none');
      mkdirSync(imageDir, { recursive: true });
      // Written aside and renamed, so a test file running beside this one never reads half an image.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
      renameSync(partial, file);
    } finally {
      await db.destroy();
    }
  }
  return new Blob([readFileSync(file)]);
}
