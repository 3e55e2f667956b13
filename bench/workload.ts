// What the bench asks about: a province, people whose journey spans the three agencies, a region with a full page of employment referrals, a year.
import { findDivision, isDivisionCode } from '#platform/statistics/division.js';
import type { AgencyName } from '#platform/config/agencies.js';
import { busiestProvince, withClient } from './bench-databases.js';

/** Every list query asks for this many rows. */
export const PAGE_SIZE = 100;
/** The journey query turns over this many people. */
const JOURNEY_PEOPLE = 300;

export interface EmploymentRegion {
  code: string;
  level: 'county' | 'city' | 'province';
  /** Acknowledged referrals in it (the page holds at most PAGE_SIZE of them). */
  referrals: number;
}

export interface Workload {
  province: { code: string; patients: number };
  /** Calendar year of the indicators: the last complete one. */
  year: number;
  /** People with a live referral-upload consent (a social worker then sees their registry events), a referral and employment records; never printed. */
  journeyPids: string[];
  employmentRegion: EmploymentRegion;
  /** People of the province (pid, county) whose new referrals the transition reviews; never printed. */
  reviewPeople: { pid: string; countyCode: string }[];
}

async function pidsOf(url: string, sql: string): Promise<Set<string>> {
  const { rows } = await withClient(url, (client) => client.query<{ pid: string }>(sql));
  return new Set(rows.map((row) => row.pid));
}

async function journeyPeople(urls: Record<AgencyName, string>): Promise<string[]> {
  const [consented, referred, employed] = await Promise.all([
    pidsOf(urls.registry, `select distinct pid from consent where scope = 'REFERRAL_UPLOAD' and revoked_at is null`),
    pidsOf(urls.welfare, 'select distinct pid from referral'),
    pidsOf(
      urls.employment,
      'select pid from disability_certificate union select pid from placement union select pid from training_enrolment union select pid from employment_referral union select pid from job_recommendation',
    ),
  ]);
  return [...consented]
    .filter((pid) => referred.has(pid) && employed.has(pid))
    .sort()
    .slice(0, JOURNEY_PEOPLE);
}

/** The smallest division with a full page of acknowledged referrals: the busiest county, else its city, else its province. */
async function employmentRegion(employmentUrl: string): Promise<EmploymentRegion> {
  const { rows } = await withClient(employmentUrl, (client) =>
    client.query<{ county_code: string; referrals: number }>(
      `select county_code, count(*)::int as referrals from employment_referral where status = 'ACKNOWLEDGED' group by 1`,
    ),
  );
  const busiest = <K extends string>(keyOf: (county: string) => K): { code: K; referrals: number } | null => {
    const totals = new Map<K, number>();
    for (const row of rows) totals.set(keyOf(row.county_code), (totals.get(keyOf(row.county_code)) ?? 0) + row.referrals);
    const [top] = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return top ? { code: top[0], referrals: top[1] } : null;
  };
  const county = busiest((code) => code);
  if (!county) throw new Error('the employment bench database has no acknowledged referrals');
  if (county.referrals >= PAGE_SIZE) return { code: county.code, level: 'county', referrals: county.referrals };
  const city = busiest((code) => `${code.slice(0, 4)}00`);
  if (city && city.referrals >= PAGE_SIZE && isDivisionCode(city.code) && findDivision(city.code)?.level === 'CITY')
    return { code: city.code, level: 'city', referrals: city.referrals };
  const province = busiest((code) => `${code.slice(0, 2)}0000`)!;
  return { code: province.code, level: 'province', referrals: province.referrals };
}

async function reviewPeople(registryUrl: string, provinceCode: string): Promise<{ pid: string; countyCode: string }[]> {
  const { rows } = await withClient(registryUrl, (client) =>
    client.query<{ pid: string; county_code: string }>('select pid, county_code from patient where county_code like $1 order by pid limit 1000', [
      `${provinceCode.slice(0, 2)}%`,
    ]),
  );
  return rows.map((row) => ({ pid: row.pid, countyCode: row.county_code }));
}

export async function chooseWorkload(urls: Record<AgencyName, string>): Promise<Workload> {
  const province = await busiestProvince(urls.registry);
  const [journeyPids, region, people] = await Promise.all([journeyPeople(urls), employmentRegion(urls.employment), reviewPeople(urls.registry, province.code)]);
  if (journeyPids.length === 0) throw new Error('no person has records in all three agencies; seed more people');
  return { province, year: new Date().getUTCFullYear() - 1, journeyPids, employmentRegion: region, reviewPeople: people };
}
