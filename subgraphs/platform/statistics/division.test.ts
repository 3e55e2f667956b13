import { describe, expect, it } from 'vitest';
import { allDivisions, countyDivisions, divisionPrefix, findDivision, isDivisionCode } from '#platform/statistics/division.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';

describe('divisions', () => {
  it('holds the real GB/T 2260 list: 31 provinces and about 2,900 county-level divisions', () => {
    expect(allDivisions().filter((d) => d.level === 'PROVINCE')).toHaveLength(31);
    expect(countyDivisions().length).toBeGreaterThan(2800);
    expect(findDivision('440305')).toMatchObject({ name: '南山区', level: 'COUNTY', parentCode: '440300' });
  });

  it('turns a province, city or county into the prefix of the counties below it', () => {
    expect(divisionPrefix('440000')).toBe('44');
    expect(divisionPrefix('440300')).toBe('4403');
    expect(divisionPrefix('440305')).toBe('440305');
  });

  it('treats a city without counties as its own only county', () => {
    expect(findDivision('441900')?.level).toBe('CITY');
    expect(
      countyDivisions()
        .filter((c) => c.code.startsWith(divisionPrefix('441900')))
        .map((c) => c.code),
    ).toEqual(['441900']);
  });

  it('knows which codes exist', () => {
    expect(isDivisionCode('110105')).toBe(true);
    expect(isDivisionCode('449999')).toBe(false);
    expect(isDivisionCode('44')).toBe(false);
  });
});

describe('regionPrefixArg', () => {
  it('refuses codes that are not 6 digits or not in the list, as bad input naming the argument', () => {
    for (const code of ['44', '4400000', 'abcdef', '449999']) {
      expect(() => regionPrefixArg(code)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'regionCode' }) }),
      );
    }
  });
});
