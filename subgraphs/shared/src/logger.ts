// Structured logs. Nothing personal is ever logged: no names, citizen IDs, pids or diagnoses.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(service: string): Logger {
  return pino({
    base: { service },
    level: process.env.LOG_LEVEL ?? 'info',
    // A second line of defence: fields that could carry personal data are blanked if a
    // future log call ever passes them.
    redact: {
      paths: ['person', 'citizenId', 'variables', 'authorization', '*.person', '*.pid', '*.citizenId', '*.variables', '*.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
