// Break-glass grants: a clinician opens one person outside their region for a stated emergency (DOMAIN.md §6).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('break_glass_grant', (t) => {
    t.bigIncrements('id');
    t.string('subject', 128).notNullable();
    t.string('pid', 32).notNullable().references('pid').inTable('patient');
    t.text('reason').notNullable();
    t.timestamp('granted_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('reviewed_at', { useTz: true }).nullable();
    // A clinician's live grants, looked up once per request.
    t.index(['subject', 'expires_at'], 'break_glass_subject_expiry_idx');
    // The data-protection officer's review list.
    t.index(['reviewed_at', 'granted_at'], 'break_glass_review_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('break_glass_grant');
}
