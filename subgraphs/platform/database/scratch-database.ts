// Throw-away databases on a local PostgreSQL for tests that run on both engines: is one there, and a fresh database on it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The maintenance database tests connect to; TEST_POSTGRES_URL overrides the local default. */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** True when a PostgreSQL answers at the admin URL within two seconds. */
export async function postgresReachable(adminUrl = TEST_POSTGRES_ADMIN_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A uniquely named database on the local PostgreSQL, dropped by the returned function. */
export async function createScratchDatabase(label: string, adminUrl = TEST_POSTGRES_ADMIN_URL): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pj_test_${label}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
