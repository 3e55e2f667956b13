// The national referral platform: institutions, referrals with their history and consents, and benefits.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('institution', (t) => {
    t.string('id', 36).primary();
    t.text('name').notNullable();
    t.string('county_code', 6).notNullable();
    t.integer('capacity').notNullable();
    t.specificType('service_forms', 'text[]').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  // rehabInstitutions(regionCode) by county prefix, in id order.
  await db.raw(`create index institution_county_prefix_idx on institution (county_code text_pattern_ops, id)`);

  await db.schema.createTable('referral', (t) => {
    t.string('id', 36).primary();
    t.string('pid', 32).notNullable();
    t.string('channel', 32).notNullable();
    t.string('status', 24).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.string('county_code', 6).notNullable();
    t.string('institution_id', 36).nullable().references('id').inTable('institution');
    t.timestamp('submitted_at', { useTz: true }).notNullable();
    t.timestamp('registered_at', { useTz: true }).nullable();
    t.timestamp('accepted_at', { useTz: true }).nullable();
    t.string('outcome', 32).nullable();
    t.string('close_reason', 32).nullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // Person.referrals, newest first.
    t.index(['pid', 'submitted_at'], 'referral_pid_submitted_idx');
    // Active cases of an institution (capacity, activeRecipients).
    t.index(['institution_id', 'status'], 'referral_institution_status_idx');
  });
  // referrals(filter: {regionCode, status}) by county prefix, in (submitted_at, id) order.
  await db.raw(`create index referral_county_prefix_idx on referral (county_code text_pattern_ops, submitted_at, id)`);
  await db.raw(`create index referral_status_county_idx on referral (status, county_code text_pattern_ops)`);

  await db.schema.createTable('referral_transition', (t) => {
    t.bigIncrements('id');
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('from_status', 24).nullable();
    t.string('to_status', 24).notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.string('actor_role', 32).notNullable();
    t.string('actor_id', 64).nullable();
    t.text('reason').nullable();
    t.index(['referral_id', 'at'], 'referral_transition_referral_idx');
  });

  await db.schema.createTable('referral_consent', (t) => {
    t.bigIncrements('id');
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('scope', 24).notNullable();
    t.string('granted_by', 24).notNullable();
    t.timestamp('granted_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true }).nullable();
    t.index(['referral_id'], 'referral_consent_referral_idx');
  });

  await db.schema.createTable('benefit', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable();
    t.string('kind', 40).notNullable();
    t.string('county_code', 6).notNullable();
    t.date('started_on').notNullable();
    t.date('ended_on').nullable();
    t.integer('monthly_amount_cents').notNullable();
    t.index(['pid', 'started_on'], 'benefit_pid_started_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of ['benefit', 'referral_consent', 'referral_transition', 'referral', 'institution']) {
    await db.schema.dropTableIfExists(table);
  }
}
