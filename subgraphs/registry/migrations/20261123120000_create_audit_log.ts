// The append-only audit of reads and writes of personal data (DOMAIN.md §6).
import type { Knex } from 'knex';
import { createAuditTable, dropAuditTable } from '#platform/audit/audit.js';

export const up = (db: Knex): Promise<void> => createAuditTable(db);
export const down = (db: Knex): Promise<void> => dropAuditTable(db);
