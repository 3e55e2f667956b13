// The reasons the system wrote on a case's history in English become markers (system:<name>), said in the reader's language when read.
import type { Knex } from 'knex';

const WRITTEN: readonly [string, string][] = [
  ['deceased', 'DECEASED: the registry recorded the death'],
  ['movedOut', 'MOVED_OUT: the registry recorded the move'],
  ['imported', 'imported from the registry upload'],
  ['uploadConsentRevoked', 'WITHDRAWN: the REFERRAL_UPLOAD consent was revoked in the registry'],
  ['agreementConsentRevoked', 'WITHDRAWN: SERVICE_AGREEMENT consent revoked'],
  ['noLongerWilling', 'WITHDRAWN: re-review found the person no longer willing'],
  ['circumstancesChanged', 're-review found the circumstances changed'],
  ['handoffAcknowledged', 'HANDOFF_ACKNOWLEDGED: the receiving institution took the person on'],
];

export async function up(db: Knex): Promise<void> {
  for (const [name, text] of WRITTEN)
    await db('referral_transition')
      .where({ reason: text })
      .update({ reason: `system:${name}` });
}

export async function down(db: Knex): Promise<void> {
  for (const [name, text] of WRITTEN)
    await db('referral_transition')
      .where({ reason: `system:${name}` })
      .update({ reason: text });
}
