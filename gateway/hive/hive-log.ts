// Hive Gateway's own log lines, written through our pino logger with nothing personal in them.
import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/gateway';
import type { Logger } from '#platform/server/logger.js';

/** Attributes Hive attaches that name the machinery, never the data. */
const SAFE_ATTRIBUTES = new Set(['requestId', 'subgraphName', 'subgraph', 'source', 'key', 'name', 'code', 'status']);

/** Keeps what says where and what kind; drops anything that could carry a query, variables or an answer. */
function safeAttributes(attrs: unknown): Record<string, unknown> {
  if (!attrs || typeof attrs !== 'object' || Array.isArray(attrs)) return {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) {
    // Hive's logger has already turned errors into plain objects (name, message, stack, class); the message may hold values.
    const error = value as { class?: unknown; name?: unknown; stack?: unknown; code?: unknown } | null;
    if (error && typeof error === 'object' && (error.stack !== undefined || error.class !== undefined))
      kept[key] = { errorType: error.class ?? error.name, code: error.code };
    else if (SAFE_ATTRIBUTES.has(key) && ['string', 'number', 'boolean'].includes(typeof value)) kept[key] = value;
  }
  return kept;
}

/**
 * Hive's debug level logs each subgraph call's query and variables, so it never goes below
 * info here, whatever LOG_LEVEL says; above that it follows our logger's level.
 */
function hiveLevel(level: string): LogLevel {
  if (level === 'warn' || level === 'error') return level;
  if (level === 'fatal' || level === 'silent') return 'error';
  return 'info';
}

export function hiveLogFor(logger: Logger): HiveLogger {
  return new HiveLogger({
    level: hiveLevel(logger.level),
    writers: [
      {
        write(level, attrs, msg) {
          logger[level === 'trace' || level === 'debug' ? 'debug' : level](safeAttributes(attrs), msg ?? '');
        },
      },
    ],
  });
}
