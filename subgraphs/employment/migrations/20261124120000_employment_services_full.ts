// Employment services in full: referrals received from the platform and their answers (both ways exactly once), employers, job recommendations, placement details.
import type { Knex } from 'knex';
import { createIdempotencyTable } from '#platform/graphql/idempotency.js';

export async function up(db: Knex): Promise<void> {
  // A post-rehabilitation referral as the platform handed it over (id = the platform's
  // hand-off id, so a second import writes nothing), with the officer's answer. The answer
  // is an outbox: answer_delivered_at stays null until the platform has confirmed it.
  await db.schema.createTable('employment_referral', (t) => {
    t.uuid('id').primary();
    t.string('referral_id', 36).notNullable();
    t.string('pid', 32).notNullable();
    t.string('county_code', 6).notNullable();
    t.string('outcome', 32).notNullable();
    t.boolean('willing_to_work').notNullable();
    t.boolean('able_to_work').notNullable();
    t.boolean('needs_support').notNullable();
    t.timestamp('handed_over_at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.string('status', 16).notNullable();
    t.timestamp('answered_at', { useTz: true }).nullable();
    t.string('answered_by', 128).nullable();
    t.text('decline_reason').nullable();
    t.timestamp('answer_delivered_at', { useTz: true }).nullable();
    t.index(['pid', 'received_at'], 'employment_referral_pid_idx');
  });
  await db.raw(`create index employment_referral_county_idx on employment_referral (county_code text_pattern_ops, status, received_at, id)`);
  await db.raw(
    `create index employment_referral_undelivered_idx on employment_referral (answered_at, id) where answered_at is not null and answer_delivered_at is null`,
  );
  // Indicators: referrals acknowledged in a year.
  await db.raw(`create index employment_referral_answered_idx on employment_referral (status, answered_at)`);

  await db.schema.createTable('employer', (t) => {
    t.string('id', 36).primary();
    t.text('name').notNullable();
    t.string('county_code', 6).notNullable();
    t.string('kind', 24).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.raw(`create index employer_county_prefix_idx on employer (county_code text_pattern_ops, id)`);

  await db.schema.createTable('job_recommendation', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable();
    t.string('employer_id', 36).notNullable().references('id').inTable('employer');
    t.text('position').notNullable();
    t.date('recommended_on').notNullable();
    t.string('county_code', 6).notNullable();
    t.index(['pid', 'recommended_on'], 'job_recommendation_pid_idx');
  });

  await db.schema.alterTable('placement', (t) => {
    t.string('employer_id', 36).nullable().references('id').inTable('employer');
    t.boolean('full_time').notNullable().defaultTo(true);
    t.text('job_coach').nullable();
    t.uuid('referral_id').nullable().references('id').inTable('employment_referral');
  });
  // placementsEndingSoon(regionCode) and the indicators' placements within 180 days.
  await db.raw(`create index placement_county_end_idx on placement (county_code text_pattern_ops, ended_on)`);
  await db.raw(`create index placement_pid_start_idx on placement (pid, started_on)`);

  await db.raw(`create index training_course_county_prefix_idx on training_course (county_code text_pattern_ops, id)`);

  await createIdempotencyTable(db);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('mutation_receipt');
  await db.raw(`drop index if exists training_course_county_prefix_idx`);
  await db.raw(`drop index if exists placement_county_end_idx`);
  await db.raw(`drop index if exists placement_pid_start_idx`);
  await db.schema.alterTable('placement', (t) => t.dropColumns('employer_id', 'full_time', 'job_coach', 'referral_id'));
  await db.schema.dropTableIfExists('job_recommendation');
  await db.schema.dropTableIfExists('employer');
  await db.schema.dropTableIfExists('employment_referral');
}
