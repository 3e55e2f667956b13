// Jobs recommended to people: written by officers, read with the person's employment profile (employment-profiles.ts).
import type { Db } from '#platform/database/db.js';
import type { DbJobRecommendationRow } from './tables.js';

export interface RecommendationRecord {
  pid: string;
  employerId: string;
  position: string;
  recommendedOn: string;
}

export const toRecommendationRecord = (r: Pick<DbJobRecommendationRow, 'pid' | 'employer_id' | 'position' | 'recommended_on'>): RecommendationRecord => ({
  pid: r.pid,
  employerId: r.employer_id,
  position: r.position,
  recommendedOn: r.recommended_on,
});

export async function insertRecommendation(db: Db, recommendation: RecommendationRecord & { countyCode: string }): Promise<void> {
  await db('job_recommendation').insert({
    pid: recommendation.pid,
    employer_id: recommendation.employerId,
    position: recommendation.position,
    recommended_on: recommendation.recommendedOn,
    county_code: recommendation.countyCode,
  });
}
