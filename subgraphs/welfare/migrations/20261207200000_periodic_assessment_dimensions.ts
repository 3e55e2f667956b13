// Periodic assessments record the exit assessment's dimensions; social function is new to both.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral_assessment', (t) => {
    // Social function restored enough for daily and community life (notice §6: one of the exit assessment's dimensions).
    t.boolean('social_function').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('referral_assessment', (t) => {
    t.dropColumn('social_function');
  });
}
