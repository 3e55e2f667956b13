// What a case records for the decisions it must honour: whether the person has a guardian (whose signature consents and the agreement then need), and when a re-review sent it back for review.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => {
    // Recorded at intake: true, false, or null when unknown (a hospital upload that does not say); only true asks for the guardian's signature.
    t.boolean('has_guardian').nullable();
    // A re-review found the circumstances changed and sent the case back to SUBMITTED: the review deadline runs again from here.
    t.timestamp('review_requested_at', { useTz: true }).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => {
    t.dropColumn('review_requested_at');
    t.dropColumn('has_guardian');
  });
}
