// The severe-mental-disorder registry: patients and their clinical record, keyed by pid.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('patient', (t) => {
    t.string('pid', 32).primary();
    // Encrypted citizen ID (or null where the registry keeps none); never sent through the graph.
    t.text('citizen_id_cipher').nullable();
    t.text('name').notNullable();
    t.string('sex', 1).notNullable();
    t.date('birth_date').notNullable();
    t.string('county_code', 6).notNullable();
    t.text('guardian_name').nullable();
    t.date('registered_on').notNullable();
    t.string('management_status', 24).notNullable();
    // The grade of the latest risk assessment, kept in the same transaction that records
    // one, so that lists can filter on it (`minRiskLevel`) without scanning the history.
    t.smallint('current_risk_grade').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // patients(filter: {regionCode}) walks counties by prefix in pid order (keyset pagination).
    t.index(['county_code', 'pid'], 'patient_county_pid_idx');
  });
  await db.raw(`alter table patient add constraint patient_risk_grade_range check (current_risk_grade between 0 and 5)`);
  // LIKE 'prefix%' needs text_pattern_ops to use a btree index whatever the collation.
  await db.raw(`create index patient_county_prefix_idx on patient (county_code text_pattern_ops, pid)`);

  await db.schema.createTable('diagnosis', (t) => {
    t.string('pid', 32).primary().references('pid').inTable('patient').onDelete('CASCADE');
    t.string('category', 48).notNullable();
    t.string('icd10', 16).notNullable();
    t.date('diagnosed_on').notNullable();
    t.index(['category'], 'diagnosis_category_idx');
  });

  await db.schema.createTable('risk_assessment', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.date('assessed_on').notNullable();
    t.smallint('grade').notNullable();
    t.string('source', 24).notNullable();
    // Risk history of one patient, newest first.
    t.index(['pid', 'assessed_on'], 'risk_assessment_pid_date_idx');
  });

  await db.schema.createTable('follow_up', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.date('visit_date').notNullable();
    t.string('mode', 16).notNullable();
    t.smallint('risk_grade').notNullable();
    t.string('insight', 16).notNullable();
    t.jsonb('social_function').notNullable();
    t.string('medication_adherence', 16).notNullable();
    t.boolean('adverse_reactions').notNullable();
    t.boolean('hospitalized_since_last').notNullable();
    t.string('condition', 24).notNullable();
    t.date('next_due_on').notNullable();
    // RegistryRecord.followUps pages newest first by (visit_date, id).
    t.index(['pid', 'visit_date', 'id'], 'follow_up_pid_date_idx');
  });

  await db.schema.createTable('hospitalization', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.text('hospital_name').notNullable();
    t.date('admitted_on').notNullable();
    t.date('discharged_on').nullable();
    // Discharge rehabilitation assessment; null until discharge.
    t.boolean('recommends_community_rehab').nullable();
    t.index(['pid', 'admitted_on'], 'hospitalization_pid_date_idx');
  });

  await db.schema.createTable('consent', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.string('scope', 24).notNullable();
    t.string('granted_by', 24).notNullable();
    t.timestamp('granted_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true }).nullable();
    t.index(['pid', 'scope'], 'consent_pid_scope_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of ['consent', 'hospitalization', 'follow_up', 'risk_assessment', 'diagnosis', 'patient']) {
    await db.schema.dropTableIfExists(table);
  }
}
