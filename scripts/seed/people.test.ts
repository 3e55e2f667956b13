import { describe, expect, it } from 'vitest';
import { parseCitizenId } from '#platform/identity/citizen-id.js';
import { derivePid } from '#platform/identity/pid.js';
import { dayOf, isoDate } from './calendar.js';
import { CitizenIdRegistry, generatePersonIdentity, type Person } from './people.js';
import { Random } from './random.js';

const linkageKey = Buffer.alloc(32, 3);

function people(n: number, seed = 1): Person[] {
  const ids = new CitizenIdRegistry();
  return Array.from({ length: n }, (_, index) => generatePersonIdentity(Random.for(seed, 'person', index), seed, index, linkageKey, ids));
}

describe('demo people', () => {
  const crowd = people(3000);

  it('have valid citizen IDs that agree with their county, birth date and sex', () => {
    for (const person of crowd) {
      const parsed = parseCitizenId(person.citizenId, new Date('2026-11-01'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.id.divisionCode).toBe(person.countyCode);
      expect(parsed.id.birthDate).toBe(isoDate(person.birthDay));
      expect(parsed.id.sex).toBe(person.sex);
    }
  });

  it('never share a citizen ID, and their pid is the keyed pseudonym of it', () => {
    expect(new Set(crowd.map((person) => person.citizenId)).size).toBe(crowd.length);
    for (const person of crowd.slice(0, 50)) expect(person.pid).toBe(derivePid(person.citizenId, linkageKey));
  });

  it('were born between 1950 and 2006', () => {
    for (const person of crowd) {
      expect(person.birthDay).toBeGreaterThanOrEqual(dayOf('1950-01-01'));
      expect(person.birthDay).toBeLessThanOrEqual(dayOf('2006-12-31'));
    }
  });

  it('live about 60 % in Guangdong and the rest all over China', () => {
    const guangdong = crowd.filter((person) => person.countyCode.startsWith('44')).length / crowd.length;
    expect(guangdong).toBeGreaterThan(0.56);
    expect(guangdong).toBeLessThan(0.66);
    expect(new Set(crowd.map((person) => person.countyCode.slice(0, 2))).size).toBeGreaterThan(25);
  });

  it('have Chinese names of two to four characters', () => {
    for (const person of crowd) expect(person.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });
});

describe('CitizenIdRegistry', () => {
  it('moves a clashing sequence on by two, keeping the sex digit', () => {
    const ids = new CitizenIdRegistry();
    expect(ids.claim('440305', 5000, 999)).toBe(999);
    expect(ids.claim('440305', 5000, 999)).toBe(1);
    expect(ids.claim('440305', 5001, 999)).toBe(999);
  });
});
