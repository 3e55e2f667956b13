import { describe, expect, it } from 'vitest';
import { prefersEnglish, textFor } from '#platform/server/http-refusals.js';

describe('the language of a refusal', () => {
  const text = { zh: '请求体不是有效的 JSON', en: 'the request body is not valid JSON' };
  it('is Chinese unless the client asks for English first', () => {
    expect(textFor(undefined, text)).toBe(text.zh);
    expect(textFor('zh-CN,zh;q=0.9,en;q=0.8', text)).toBe(text.zh);
    expect(textFor('fr-FR,de;q=0.5', text)).toBe(text.zh);
    expect(textFor('en-GB,en;q=0.9,zh;q=0.5', text)).toBe(text.en);
    expect(prefersEnglish('fr, EN-us;q=0.7')).toBe(true);
  });
});
