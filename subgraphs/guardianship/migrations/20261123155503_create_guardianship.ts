// The guardianship subgraph's own database: wards, their guardians, responsibility agreements, quarterly
// community reviews and yearly incentive payments, with the append-only audit log and the idempotency receipts.
import type { Knex } from 'knex';
import { createAuditTable, dropAuditTable } from '#platform/audit/audit.js';
import { createIdempotencyTable } from '#platform/graphql/idempotency.js';

export async function up(db: Knex): Promise<void> {
  await createAuditTable(db);
  await createIdempotencyTable(db);

  // A person whose guardian may receive the incentive. Minimum necessary: the eligibility flag only,
  // never the risk grade or the diagnosis the health commission notified it from.
  await db.schema.createTable('ward', (t) => {
    // The graph's pseudonymous key; never the citizen ID.
    t.string('pid', 32).primary();
    t.string('county_code', 6).notNullable();
    t.string('eligibility', 16).notNullable();
    t.date('eligible_since').notNullable();
    t.timestamp('enrolled_at', { useTz: true }).notNullable();
  });
  await db.raw(`alter table ward add constraint ward_eligibility_check check (eligibility in ('HIGH_RISK', 'LOW_INCOME'))`);
  // Indicators count wards per county under a region prefix (LIKE 'prefix%' needs text_pattern_ops), by eligibility and date;
  // Person.guardianship filters by the caller's region prefix too.
  await db.raw(`create index ward_county_eligibility_idx on ward (county_code text_pattern_ops, eligibility, eligible_since)`);

  // Who the guardian is to the ward, and when. No names or citizen IDs: the committee's payment system holds them.
  await db.schema.createTable('guardian', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('ward');
    t.string('relationship', 24).notNullable();
    t.date('since').notNullable();
    t.date('ended_on').nullable();
    // A ward's guardians (Guardianship.guardians, the agreement's guardian check).
    t.index(['pid', 'since'], 'guardian_pid_since_idx');
  });

  // 监护责任协议: the guardian's signed undertaking, the condition of the incentive.
  await db.schema.createTable('responsibility_agreement', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('ward');
    t.bigInteger('guardian_id').notNullable().references('id').inTable('guardian');
    t.date('signed_on').notNullable();
    t.date('terminated_on').nullable();
    t.string('termination_reason', 24).nullable();
    // A ward's agreements (Guardianship.agreements, the indicators' in-force check per ward).
    t.index(['pid', 'signed_on'], 'responsibility_agreement_pid_signed_idx');
    // endGuardian looks for an agreement in force with the guardian.
    t.index(['guardian_id'], 'responsibility_agreement_guardian_idx');
  });
  // One agreement in force per ward: the rule the writes check under the ward's lock, kept by the database as well.
  await db.raw(`create unique index responsibility_agreement_one_in_force on responsibility_agreement (pid) where terminated_on is null`);

  await db.schema.createTable('quarterly_review', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('ward');
    t.smallint('year').notNullable();
    t.smallint('quarter').notNullable();
    t.date('reviewed_on').notNullable();
    t.string('outcome', 24).notNullable();
    // 肇事肇祸: an incident causing harm happened in the quarter.
    t.boolean('incident').notNullable();
    t.string('reviewer_role', 32).notNullable();
    // One review per ward and quarter; also serves a ward's reviews by year.
    t.unique(['pid', 'year', 'quarter'], { indexName: 'quarterly_review_pid_year_quarter_key' });
  });
  await db.raw(`alter table quarterly_review add constraint quarterly_review_quarter_check check (quarter between 1 and 4)`);

  await db.schema.createTable('incentive_payment', (t) => {
    t.bigIncrements('id');
    t.string('pid', 32).notNullable().references('pid').inTable('ward');
    t.bigInteger('guardian_id').notNullable().references('id').inTable('guardian');
    t.smallint('year').notNullable();
    t.integer('amount_yuan').notNullable();
    t.string('status', 16).notNullable();
    t.string('withheld_reason', 24).nullable();
    t.date('decided_on').notNullable();
    // One decision per ward and year; also serves a ward's payments.
    t.unique(['pid', 'year'], { indexName: 'incentive_payment_pid_year_key' });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('incentive_payment');
  await db.schema.dropTable('quarterly_review');
  await db.schema.dropTable('responsibility_agreement');
  await db.schema.dropTable('guardian');
  await db.schema.dropTable('ward');
  await db.schema.dropTable('mutation_receipt');
  await dropAuditTable(db);
}
