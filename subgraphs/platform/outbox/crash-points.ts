// Fault injection for the exactly-once tests: a process armed at a point of a hand-off kills itself there (SIGKILL, no clean-up).
/**
 * `claimed`: the sender's relay has claimed messages, before delivering them (its lease must expire);
 * `delivered`: the receiver committed, before the sender marks the message delivered;
 * `received`: the receiver's own commit, before it answers the sender.
 */
export type CrashPoint = 'claimed' | 'delivered' | 'received';

export const CRASH_POINTS = ['claimed', 'delivered', 'received'] as const;

let armed: CrashPoint | null = null;

/** Arms one point for this process (at start-up, from OUTBOX_CRASH_AT), or none. */
export function armCrashPoint(point: CrashPoint | null): void {
  armed = point;
}

/** Ends the process at once when this point is armed and `when` holds. */
export function crashIfArmed(point: CrashPoint, when: boolean): void {
  if (armed === point && when) process.kill(process.pid, 'SIGKILL');
}
