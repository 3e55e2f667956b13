// The platform's revocations of EMPLOYMENT_SHARING consents, as its outbox told them: the access rules read them.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  // A redelivery finds its revocation and changes nothing.
  await db.schema.createTable('employment_sharing_revocation', (t) => {
    t.uuid('revocation_id').primary();
    t.string('pid', 32).notNullable();
    t.uuid('referral_id').notNullable();
    t.timestamp('revoked_at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['pid'], 'employment_sharing_revocation_pid_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('employment_sharing_revocation');
}
