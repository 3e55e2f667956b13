// The message catalogues and the language a caller asks for: Chinese (zh-CN) by default, English on request. Pure, so the pages bundle it too.
import { en } from './en.js';
import { type MessageKey, zhCN } from './zh-CN.js';

export type { MessageKey } from './zh-CN.js';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type MessageParams = Record<string, string | number>;

/** What a rule refuses, as a key of the catalogue and its values: domain rules stay pure, and the caller says it in the request's language. */
export type Problem = { key: MessageKey; params?: MessageParams };

/** The language of an Accept-Language header: English when an English tag comes before any Chinese one, else Chinese. */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Language {
  const first = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().split(';')[0]!.toLowerCase())
    .find((tag) => tag.startsWith('en') || tag.startsWith('zh'));
  return first?.startsWith('en') ? 'en' : 'zh-CN';
}

/** The language of a process's environment, for what its command line prints: English when the first of LC_ALL, LC_MESSAGES and LANG that is set starts with "en", else Chinese. */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Whether a text of a declaration is a key of the catalogue (then said in the reader's language) rather than the text itself. */
export const isMessageKey = (text: string): text is MessageKey => Object.hasOwn(zhCN, text);

/** A text of a declaration: a key of the catalogue, one with its values, or a text with nothing to translate. */
export type Wording = string | Problem;

/** A declaration's text in `language`: a key of the catalogue said in it, any other text as written. */
export function textIn(language: Language, text: Wording): string {
  if (typeof text !== 'string') return message(language, text.key, text.params);
  return isMessageKey(text) ? message(language, text) : text;
}

/** A language the pages stored or a URL named, if it is one of ours. */
export function languageOf(value: string | null | undefined): Language | null {
  return LANGUAGES.find((language) => language === value) ?? null;
}

/** The message in `language`, its `{name}` places filled from `params`. */
export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const text = CATALOGUES[language][key] ?? zhCN[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Words for an enum value in a text a person reads (ConsentScope, REFERRAL_UPLOAD → 转介信息上传); the value itself stays in the API. */
export function termIn(language: Language, enumName: string, value: string): string {
  const key = `${enumName}.${value}`;
  if (key in zhCN) return message(language, key as MessageKey);
  return value.toLowerCase().replaceAll('_', ' ');
}
