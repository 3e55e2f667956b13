// The referral platform in full: review and dispatch times, re-reviews, assessments, agreements, services, hand-offs to employment, staff, social workers.
import type { Knex } from 'knex';
import { createIdempotencyTable } from '#platform/graphql/idempotency.js';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => {
    // Who applied, for a third party's application.
    t.string('applicant', 32).nullable();
    // When the social worker's review registered or rejected it (the registration deadline).
    t.timestamp('reviewed_at', { useTz: true }).nullable();
    // When it was last dispatched (the dispatch deadline).
    t.timestamp('dispatched_at', { useTz: true }).nullable();
    t.timestamp('referred_out_at', { useTz: true }).nullable();
    t.timestamp('closed_at', { useTz: true }).nullable();
  });
  // Overdue lists and the waiting list: by status, then the day the deadline runs from.
  await db.raw(`create index referral_status_submitted_idx on referral (status, submitted_at, id)`);
  await db.raw(`create index referral_status_registered_idx on referral (status, registered_at, id)`);
  await db.raw(`alter table institution add constraint institution_capacity_non_negative check (capacity >= 0)`);

  await db.schema.alterTable('institution', (t) => {
    // Published prices: [{ serviceForm, priceCents, unit }].
    t.jsonb('prices').notNullable().defaultTo('[]');
  });

  await db.schema.createTable('institution_staff', (t) => {
    t.string('id', 36).primary();
    t.string('institution_id', 36).notNullable().references('id').inTable('institution');
    t.string('role', 24).notNullable();
    t.boolean('qualified').notNullable();
    t.boolean('direct_service').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['institution_id'], 'institution_staff_institution_idx');
  });

  await db.schema.createTable('staff_training', (t) => {
    t.string('staff_id', 36).notNullable().references('id').inTable('institution_staff');
    t.integer('year').notNullable();
    t.integer('hours').notNullable();
    t.primary(['staff_id', 'year']);
  });
  await db.raw(`alter table staff_training add constraint staff_training_hours check (hours >= 0)`);

  await db.schema.createTable('social_worker', (t) => {
    t.string('id', 36).primary();
    t.string('county_code', 6).notNullable();
    // The subject of the social worker's tokens.
    t.string('subject', 128).notNullable().unique();
    t.boolean('qualified').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.raw(`create index social_worker_county_prefix_idx on social_worker (county_code text_pattern_ops, id)`);

  await db.schema.createTable('referral_re_review', (t) => {
    t.bigIncrements('id');
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.string('actor_id', 128).notNullable();
    t.boolean('still_willing').notNullable();
    t.boolean('circumstances_changed').notNullable();
    t.index(['referral_id', 'at'], 'referral_re_review_referral_idx');
  });

  // Intake (multidisciplinary), periodic, re-assessment after a relapse, and exit assessments.
  await db.schema.createTable('referral_assessment', (t) => {
    t.bigIncrements('id');
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('kind', 16).notNullable();
    t.date('assessed_on').notNullable();
    t.string('effect', 8).nullable();
    t.specificType('recommended_forms', 'text[]').notNullable().defaultTo('{}');
    // Intake: which of psychiatrist, nurse, rehab therapist and social worker took part.
    t.jsonb('team').nullable();
    // Exit: illness, self-care and readiness for work.
    t.boolean('illness_stable').nullable();
    t.boolean('self_care').nullable();
    t.boolean('willing_to_work').nullable();
    t.boolean('able_to_work').nullable();
    t.boolean('needs_support').nullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['referral_id', 'assessed_on'], 'referral_assessment_referral_idx');
    // Indicators: assessments of a year.
    t.index(['assessed_on', 'referral_id'], 'referral_assessment_date_idx');
  });

  await db.schema.createTable('service_agreement', (t) => {
    t.string('referral_id', 36).primary().references('id').inTable('referral').onDelete('CASCADE');
    t.date('signed_on').notNullable();
    t.string('signed_by', 24).notNullable();
    t.specificType('service_forms', 'text[]').notNullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });

  await db.schema.createTable('service_record', (t) => {
    t.bigIncrements('id');
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('institution_id', 36).notNullable().references('id').inTable('institution');
    t.date('service_date').notNullable();
    t.string('service_form', 32).notNullable();
    t.integer('duration_minutes').notNullable();
    t.string('staff_id', 36).notNullable().references('id').inTable('institution_staff');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // Referral.services, newest first.
    t.index(['referral_id', 'service_date', 'id'], 'service_record_referral_idx');
    // Indicators: services of a year by institution (coverage) and by referral (standardized service).
    t.index(['service_date', 'institution_id'], 'service_record_date_idx');
  });
  await db.raw(`alter table service_record add constraint service_record_duration check (duration_minutes > 0 and duration_minutes <= 1440)`);

  // The outbox of post-rehabilitation referrals to employment: written with REFERRED_OUT,
  // read by the disability federation's importer, answered when an officer acknowledges.
  await db.schema.createTable('employment_handoff', (t) => {
    t.uuid('id').primary();
    t.string('referral_id', 36).notNullable().unique().references('id').inTable('referral');
    t.string('pid', 32).notNullable();
    t.string('county_code', 6).notNullable();
    t.string('outcome', 32).notNullable();
    t.boolean('willing_to_work').notNullable();
    t.boolean('able_to_work').notNullable();
    t.boolean('needs_support').notNullable();
    t.timestamp('handed_over_at', { useTz: true }).notNullable();
    t.string('status', 16).notNullable();
    t.timestamp('received_at', { useTz: true }).nullable();
    t.timestamp('answered_at', { useTz: true }).nullable();
    t.text('decline_reason').nullable();
  });
  await db.raw(`create index employment_handoff_pending_idx on employment_handoff (handed_over_at, id) where status = 'PENDING'`);

  await db.raw(`alter table benefit add constraint benefit_period check (ended_on is null or ended_on >= started_on)`);
  await db.raw(`alter table benefit add constraint benefit_amount check (monthly_amount_cents >= 0)`);

  await createIdempotencyTable(db);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('mutation_receipt');
  await db.raw(`alter table benefit drop constraint if exists benefit_period`);
  await db.raw(`alter table benefit drop constraint if exists benefit_amount`);
  for (const table of [
    'employment_handoff',
    'service_record',
    'service_agreement',
    'referral_assessment',
    'referral_re_review',
    'social_worker',
    'staff_training',
    'institution_staff',
  ]) {
    await db.schema.dropTableIfExists(table);
  }
  await db.schema.alterTable('institution', (t) => t.dropColumn('prices'));
  await db.raw(`alter table institution drop constraint if exists institution_capacity_non_negative`);
  await db.raw(`drop index if exists referral_status_submitted_idx`);
  await db.raw(`drop index if exists referral_status_registered_idx`);
  await db.schema.alterTable('referral', (t) => t.dropColumns('applicant', 'reviewed_at', 'dispatched_at', 'referred_out_at', 'closed_at'));
}
