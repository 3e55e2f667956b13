// The disability federation's records: certificates, vocational training and placements, keyed by pid.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('disability_certificate', (t) => {
    t.string('pid', 32).primary();
    // Keyed digest of the 20-character certificate number: lets a number be checked
    // against the record without keeping the citizen ID it contains in clear.
    t.string('number_digest', 64).nullable().unique();
    t.string('category', 16).notNullable();
    t.smallint('grade').notNullable();
    t.date('issued_on').notNullable();
  });
  await db.raw(`alter table disability_certificate add constraint disability_certificate_grade_range check (grade between 1 and 4)`);

  await db.schema.createTable('training_course', (t) => {
    t.string('id', 36).primary();
    t.text('name').notNullable();
    t.string('county_code', 6).notNullable();
  });

  await db.schema.createTable('training_enrolment', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable();
    t.string('course_id', 36).notNullable().references('id').inTable('training_course');
    t.date('started_on').notNullable();
    t.date('completed_on').nullable();
    t.index(['pid', 'started_on'], 'training_enrolment_pid_idx');
  });

  await db.schema.createTable('placement', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable();
    t.string('kind', 32).notNullable();
    t.text('employer_name').notNullable();
    t.string('county_code', 6).notNullable();
    t.date('started_on').notNullable();
    t.date('ended_on').nullable();
    t.index(['pid', 'started_on'], 'placement_pid_idx');
  });
  await db.raw(`alter table placement add constraint placement_dates_ordered check (ended_on is null or ended_on >= started_on)`);
}

export async function down(db: Knex): Promise<void> {
  for (const table of ['placement', 'training_enrolment', 'training_course', 'disability_certificate']) {
    await db.schema.dropTableIfExists(table);
  }
}
