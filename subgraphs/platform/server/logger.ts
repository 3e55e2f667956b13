// Structured logs. Nothing personal is ever logged: no names, citizen IDs, pids or diagnoses.
import pino from 'pino';

export type Logger = pino.Logger;

/** One request's summary line: what was asked, by which role, how long it took; never variables or results. */
export interface RequestLogFields {
  requestId: string;
  operationName: string | null;
  role: string | null;
  durationMs: number;
  errorCodes: string[];
}

export function createLogger(service: string): Logger {
  // LOG_FILE sends the lines to a file (appended, written synchronously) instead of stdout.
  const destination = process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, append: true, sync: true }) : undefined;
  return pino(
    {
      base: { service },
      level: process.env.LOG_LEVEL ?? 'info',
      // A second line of defence: fields that could carry personal data are blanked if a
      // future log call ever passes them.
      redact: {
        paths: [
          'person',
          'citizenId',
          'variables',
          'authorization',
          '*.person',
          '*.pid',
          '*.citizenId',
          '*.variables',
          '*.authorization',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
