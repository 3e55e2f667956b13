// The disability federation's vocational training catalogue: a few courses per county with people.
import { Random } from './random.js';
import { countyName } from './residence.js';
import type { DbTrainingCourseRow } from './tables.js';

/** Courses that county federations commonly run for people with psychiatric disabilities. */
const COURSE_SUBJECTS = [
  '家政服务',
  '中式面点',
  '西式烘焙',
  '手工编织',
  '电子商务客服',
  '园艺绿化',
  '洗车美容',
  '保洁服务',
  '咖啡制作',
  '计算机基础',
  '非遗手工艺',
  '仓储分拣',
] as const;

/** Three to five distinct courses, the same for a given (seed, county). */
export function buildCourses(seed: number, countyCode: string): DbTrainingCourseRow[] {
  const random = Random.for(seed, 'course', countyCode);
  const subjects = [...COURSE_SUBJECTS];
  const count = random.int(3, 5);
  const rows: DbTrainingCourseRow[] = [];
  for (let n = 0; n < count; n++) {
    const [subject] = subjects.splice(random.int(0, subjects.length - 1), 1);
    rows.push({ id: random.uuid(), name: `${countyName(countyCode)}残疾人${subject ?? COURSE_SUBJECTS[0]}职业技能培训班`, county_code: countyCode });
  }
  return rows;
}

export class CourseCatalogue {
  private readonly byCounty = new Map<string, DbTrainingCourseRow[]>();

  constructor(courses: readonly DbTrainingCourseRow[]) {
    for (const course of courses) {
      const list = this.byCounty.get(course.county_code) ?? [];
      list.push(course);
      this.byCounty.set(course.county_code, list);
    }
  }

  /** A course run in the county, if the county has any. */
  pick(countyCode: string, random: Random): DbTrainingCourseRow | undefined {
    const list = this.byCounty.get(countyCode);
    return list && list.length > 0 ? random.pick(list) : undefined;
  }
}
