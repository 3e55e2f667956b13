import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, message, negotiateLanguage, termIn } from '#platform/i18n/messages.js';
import { requestLanguage, t, withLanguage } from '#platform/i18n/request-language.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  it('have the same keys in every language, none of them empty', () => {
    const keys = LANGUAGES.map((language) => Object.keys(CATALOGUES[language]).sort());
    for (const other of keys.slice(1)) expect(other).toEqual(keys[0]);
    for (const language of LANGUAGES) for (const text of Object.values(CATALOGUES[language])) expect(text.trim()).not.toBe('');
  });

  it('fill the same places in every language', () => {
    for (const key of Object.keys(CATALOGUES['zh-CN']) as (keyof (typeof CATALOGUES)['zh-CN'])[]) {
      expect(placeholders(CATALOGUES.en[key]), key).toEqual(placeholders(CATALOGUES['zh-CN'][key]));
    }
  });

  it('speak Chinese unless English comes first in Accept-Language', () => {
    expect(negotiateLanguage(undefined)).toBe('zh-CN');
    expect(negotiateLanguage('*')).toBe('zh-CN');
    expect(negotiateLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(negotiateLanguage('fr-FR,de;q=0.5')).toBe('zh-CN');
    expect(negotiateLanguage('en-GB,en;q=0.9,zh;q=0.5')).toBe('en');
    expect(negotiateLanguage('fr, en-US;q=0.8')).toBe('en');
  });

  it('fill in values and name enum values in words', () => {
    expect(message('zh-CN', 'journey.diagnosed', { category: termIn('zh-CN', 'DiagnosisCategory', 'SCHIZOPHRENIA'), icd10: 'F20.0' })).toBe(
      '确诊：精神分裂症（F20.0）',
    );
    expect(message('en', 'journey.diagnosed', { category: termIn('en', 'DiagnosisCategory', 'SCHIZOPHRENIA'), icd10: 'F20.0' })).toBe(
      'Diagnosed: schizophrenia (F20.0)',
    );
    expect(termIn('zh-CN', 'NoSuchEnum', 'SOME_VALUE')).toBe('some value');
  });

  it("keep the request's language through awaits", async () => {
    expect(requestLanguage()).toBe('zh-CN');
    const text = await withLanguage('en', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return t('http.notFound');
    });
    expect(text).toBe('there is nothing at this address');
  });
});
