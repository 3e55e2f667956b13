// Delivers the officers' answers to the platform, each until the platform confirms it; a confirmed answer is marked delivered.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { markAnswerDelivered, type PendingAnswer, undeliveredAnswers } from './data/referral-sync.js';
import { callWelfare, failureReason, WelfareCallError, type WelfareEndpoint } from './welfare-client.js';

export interface DeliveryOptions extends WelfareEndpoint {
  batchSize: number;
  /** Test hook: ends the process after the platform confirmed an answer, before it is marked delivered. */
  crashAfterAnswer?: boolean;
}

const ANSWER = `mutation AnswerEmploymentHandoff($input: AnswerEmploymentHandoffInput!) { answerEmploymentHandoff(input: $input) { id status } }`;

export interface DeliveryResult {
  pending: number;
  delivered: number;
  /** Answers the platform refused or did not confirm this round, with the reason (codes only): they stay in the outbox. */
  failures: string[];
}

async function deliver(db: Knex, options: DeliveryOptions, requestId: string, answer: PendingAnswer): Promise<void> {
  const { answerEmploymentHandoff: handoff } = await callWelfare<{ answerEmploymentHandoff: { id: string; status: string } }>(options, requestId, ANSWER, {
    input: { handoffId: answer.id, decision: answer.decision, reason: answer.reason },
  });
  if (handoff.status !== answer.decision) throw new WelfareCallError(`welfare holds the hand-off as ${handoff.status}`, []);
  if (options.crashAfterAnswer) process.kill(process.pid, 'SIGKILL');
  await markAnswerDelivered(db, answer.id, requestId);
}

/**
 * One round over the outbox, oldest answer first. The platform's answer is idempotent (the same
 * answer twice changes nothing), so a crash between its confirmation and our mark only means
 * the answer is sent once more next round. One refused answer does not hold up the others.
 */
export async function deliveryRound(db: Knex, options: DeliveryOptions): Promise<DeliveryResult> {
  const requestId = randomUUID();
  const answers = await undeliveredAnswers(db, options.batchSize);
  const failures: string[] = [];
  let delivered = 0;
  for (const answer of answers) {
    try {
      await deliver(db, options, requestId, answer);
      delivered++;
    } catch (error) {
      failures.push(failureReason(error));
    }
  }
  return { pending: answers.length, delivered, failures };
}
