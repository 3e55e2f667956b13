// The pages' language: Chinese by default, English on request, remembered in localStorage; texts come from the same catalogues the graph speaks from.
/// <reference lib="dom" />
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, languageOf, type MessageKey, type MessageParams, message } from '#platform/i18n/messages.js';

export type { MessageKey } from '#platform/i18n/messages.js';

const KEY = 'patient-journey.language';

/** The names of the languages in the switch, each in its own language. */
const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** The language the person chose last, or Chinese (also where there is no storage, e.g. in unit tests). */
export function pageLanguage(): Language {
  try {
    return languageOf(globalThis.localStorage?.getItem(KEY)) ?? DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** A text of the catalogue in the page's language. */
export const tr = (key: MessageKey, params?: MessageParams): string => message(pageLanguage(), key, params);

/** Fills every element marked `data-i18n="<key>"` (and `data-i18n-placeholder`), the page's title and its lang. */
export function translatePage(titleKey: MessageKey): void {
  document.documentElement.lang = pageLanguage();
  document.title = tr(titleKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = tr(node.dataset.i18n as MessageKey);
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) node.placeholder = tr(node.dataset.i18nPlaceholder as MessageKey);
}

/** A language switch: choosing another language remembers it and reloads the page in it. */
export function languageSwitch(): HTMLSelectElement {
  const select = document.createElement('select');
  select.id = 'language';
  select.ariaLabel = tr('web.language');
  for (const language of LANGUAGES) select.append(new Option(LANGUAGE_NAMES[language], language, false, language === pageLanguage()));
  select.addEventListener('change', () => {
    localStorage.setItem(KEY, select.value);
    window.location.reload();
  });
  return select;
}
