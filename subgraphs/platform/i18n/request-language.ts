// The language of the request being served, negotiated once from its Accept-Language and kept for everything that runs on its behalf (resolvers, errors, journey summaries).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { DEFAULT_LANGUAGE, type Language, type MessageKey, type MessageParams, message, negotiateLanguage, type Problem, termIn } from './messages.js';

const current = new AsyncLocalStorage<Language>();

/** Runs `work` in `language`: every `t` inside it, however deep or late (promises, DataLoader batches), speaks it. */
export function withLanguage<T>(language: Language, work: () => T): T {
  return current.run(language, work);
}

/** The language of the request being served; Chinese outside any request. */
export function requestLanguage(): Language {
  return current.getStore() ?? DEFAULT_LANGUAGE;
}

/** Express middleware: the rest of the request runs in the language its Accept-Language asks for. */
export const negotiatedLanguage: RequestHandler = (req, _res, next) => withLanguage(negotiateLanguage(req.headers['accept-language']), next);

/** A message of the catalogue in the request's language. */
export const t = (key: MessageKey, params?: MessageParams): string => message(requestLanguage(), key, params);

/** A rule's problem in the request's language. */
export const explain = (problem: Problem): string => t(problem.key, problem.params);

/** An enum value in words, in the request's language. */
export const term = (enumName: string, value: string): string => termIn(requestLanguage(), enumName, value);
