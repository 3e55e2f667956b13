// The registry in full: status history, follow-up symptoms, discharge assessments, relapses, referral uploads (the outbox) and idempotency receipts.
import type { Knex } from 'knex';
import { createIdempotencyTable } from '#platform/graphql/idempotency.js';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('patient', (t) => {
    // The day the management status last changed; with registered_on it says whether a patient was under management in a year.
    t.date('status_since').nullable();
  });
  await db.raw(`update patient set status_since = registered_on where status_since is null`);
  await db.raw(`alter table patient alter column status_since set not null`);

  await db.schema.alterTable('follow_up', (t) => {
    // Classification input besides the grade (DOMAIN.md §2): are the symptoms gone?
    t.boolean('symptoms_resolved').notNullable().defaultTo(false);
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  // Indicators: the visits of a year.
  await db.raw(`create index follow_up_date_idx on follow_up (visit_date, pid)`);
  await db.raw(`alter table follow_up add constraint follow_up_risk_grade_range check (risk_grade between 0 and 5)`);

  await db.schema.alterTable('hospitalization', (t) => {
    // The discharge rehabilitation assessment, recorded with or after the discharge.
    t.date('assessed_on').nullable();
    t.boolean('willing_to_work').nullable();
    t.boolean('able_to_work').nullable();
    t.boolean('needs_support').nullable();
  });
  await db.raw(`update hospitalization set assessed_on = discharged_on where discharged_on is not null and recommends_community_rehab is not null`);
  await db.raw(`alter table hospitalization add constraint hospitalization_dates check (discharged_on is null or discharged_on >= admitted_on)`);
  // Indicators: admissions of a year.
  await db.raw(`create index hospitalization_admitted_idx on hospitalization (admitted_on, pid)`);

  await db.schema.createTable('relapse', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.date('occurred_on').notNullable();
    t.smallint('risk_grade').notNullable();
    // Emergency handling (DOMAIN.md §2): who handled it, and how.
    t.string('handled_by', 24).notNullable();
    t.string('handling', 32).notNullable();
    t.boolean('admitted').notNullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['pid', 'occurred_on'], 'relapse_pid_date_idx');
    t.index(['occurred_on', 'pid'], 'relapse_date_idx');
  });
  await db.raw(`alter table relapse add constraint relapse_risk_grade_range check (risk_grade between 0 and 5)`);

  await db.schema.alterTable('consent', (t) => {
    t.text('revoked_reason').nullable();
  });

  // The outbox of consented referral uploads: written with the upload, read by the welfare
  // platform's importer, acknowledged once imported. CANCELLED when the consent is revoked first.
  await db.schema.createTable('referral_upload', (t) => {
    t.uuid('id').primary();
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.bigInteger('hospitalization_id').nullable().references('id').inTable('hospitalization');
    t.string('county_code', 6).notNullable();
    t.boolean('recommends_community_rehab').notNullable();
    t.timestamp('uploaded_at', { useTz: true }).notNullable();
    t.string('uploaded_by', 128).notNullable();
    t.string('status', 16).notNullable();
    t.timestamp('delivered_at', { useTz: true }).nullable();
    t.timestamp('cancelled_at', { useTz: true }).nullable();
    t.index(['pid', 'uploaded_at'], 'referral_upload_pid_idx');
  });
  await db.raw(`create index referral_upload_pending_idx on referral_upload (uploaded_at, id) where status = 'PENDING'`);
  // One live upload per person: a second upload while one is pending is the same referral.
  await db.raw(`create unique index referral_upload_one_pending_idx on referral_upload (pid) where status = 'PENDING'`);

  await createIdempotencyTable(db);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('mutation_receipt');
  await db.schema.dropTableIfExists('referral_upload');
  await db.schema.dropTableIfExists('relapse');
  await db.raw(`drop index if exists hospitalization_admitted_idx`);
  await db.raw(`drop index if exists follow_up_date_idx`);
  await db.raw(`alter table hospitalization drop constraint if exists hospitalization_dates`);
  await db.raw(`alter table follow_up drop constraint if exists follow_up_risk_grade_range`);
  await db.schema.alterTable('consent', (t) => t.dropColumn('revoked_reason'));
  await db.schema.alterTable('hospitalization', (t) => {
    t.dropColumns('assessed_on', 'willing_to_work', 'able_to_work', 'needs_support');
  });
  await db.schema.alterTable('follow_up', (t) => t.dropColumns('symptoms_resolved', 'recorded_at'));
  await db.schema.alterTable('patient', (t) => t.dropColumn('status_since'));
}
