// The federation bench's six operations: each as GraphQL for the two gateways and as a request to the floor, with the role whose token asks.
import type { Role } from '#platform/identity/identity.js';
import { PAGE_SIZE, type Workload } from './workload.js';

export type QueryKey = 'journey' | 'patientPage' | 'indicators' | 'indicatorSeries' | 'referralPage' | 'employmentReferralPage' | 'review';

/** One request, as sent to a gateway (GraphQL) and to the floor (its route's JSON). */
export interface BenchRequest {
  variables: Record<string, unknown>;
  floor: Record<string, unknown>;
}

export interface BenchQuery {
  key: QueryKey;
  /** As the tables name it. */
  name: string;
  /** What the rows are, in aggregate (never a pid). */
  detail: string;
  /**
   * Whose token asks: a role that may read every field of the operation. Analysts see
   * aggregates only, so the page of patients is a registry officer's, with the registry's fields.
   */
  role: Role;
  operationName: string;
  document: string;
  floorRoute: string;
  /** The read requests turned over during a run; the review's are made per run (one fresh referral each). */
  requests: BenchRequest[];
  /** Whether an answer counts as a success, beyond having data and no errors. */
  verify?: (data: unknown) => boolean;
}

const JOURNEY = `query Journey($pid: ID!) { person(pid: $pid) { journey { at source kind summary } } }`;

const PATIENT_PAGE = `query PatientPage($region: String!) {
  patients(filter: { regionCode: $region }, first: ${PAGE_SIZE}) {
    nodes { pid registry { riskLevel diagnosis { category } } }
  }
}`;

const FIGURES = `regionCode year period countiesTotal coverageTarget standardizedServiceTarget countiesCovered coverageRate
  registeredRecipients standardizedRecipients standardizedServiceRate meanWaitingDays waitingOver90Days
  registrationOnTimeRate dispatchOnTimeRate staffTrainingComplianceRate
  employmentRate employmentReferralsAcknowledged employmentReferralsPlaced
  relapseRate managementRate regularMedicationRate registryActivePatients registryRelapsedPatients`;

const INDICATORS = `query ProvinceIndicators($region: String!, $year: Int!) {
  rehabIndicators(regionCode: $region, year: $year) { ${FIGURES} children { ${FIGURES} } }
}`;

/** The bench's series: 36 months of a province, as a trend chart asks them. */
const SERIES_MONTHS = 36;

const INDICATOR_SERIES = `query ProvinceSeries($region: String!, $from: String!, $to: String!) {
  rehabIndicatorSeries(regionCode: $region, from: $from, to: $to, granularity: MONTH) { ${FIGURES} }
}`;

const REFERRAL_PAGE = `query ReferralPage($region: String!) {
  referrals(filter: { regionCode: $region }, first: ${PAGE_SIZE}) {
    nodes { id status submittedAt institution { id name } history { from to at actorRole } person { pid registry { riskLevel } } }
  }
}`;

const EMPLOYMENT_REFERRAL_PAGE = `query EmploymentReferralPage($region: String!) {
  employmentReferrals(regionCode: $region, status: ACKNOWLEDGED, first: ${PAGE_SIZE}) {
    nodes {
      id status receivedAt
      person { pid disabilityCertificate { category grade } employment { status trainings { course startedOn completedOn } placements { kind startedOn endedOn } } }
    }
  }
}`;

const REVIEW = `mutation Review($input: ReviewReferralInput!) { reviewReferral(input: $input) { referral { id status version } } }`;

/** The review's requests for these fresh referrals (version 1, SUBMITTED). */
export function reviewRequests(referralIds: readonly string[]): BenchRequest[] {
  return referralIds.map((referralId) => ({
    variables: { input: { referralId, expectedVersion: 1, decision: 'REGISTER' } },
    floor: { referralId, expectedVersion: 1 },
  }));
}

const registered = (data: unknown): boolean => {
  const referral = (data as { reviewReferral?: { referral?: { status?: unknown; version?: unknown } } } | null)?.reviewReferral?.referral;
  return referral?.status === 'REGISTERED' && referral.version === 2;
};

export function benchQueries(workload: Workload): BenchQuery[] {
  const province = workload.province.code;
  const region = workload.employmentRegion;
  return [
    {
      key: 'journey',
      name: 'person journey',
      detail: `\`person(pid) { journey { at source kind summary } }\` for ${workload.journeyPids.length} people in turn, each with events from all three agencies (social worker, whole country)`,
      role: 'SOCIAL_WORKER',
      operationName: 'Journey',
      document: JOURNEY,
      floorRoute: '/journey',
      requests: workload.journeyPids.map((pid) => ({ variables: { pid }, floor: { pid } })),
    },
    {
      key: 'patientPage',
      name: 'patients page (registry)',
      detail: `\`patients(filter: {regionCode: ${province}}, first: ${PAGE_SIZE})\` with riskLevel and diagnosis (registry officer, whole country)`,
      role: 'REGISTRY_OFFICER',
      operationName: 'PatientPage',
      document: PATIENT_PAGE,
      floorRoute: '/patients',
      requests: [{ variables: { region: province }, floor: { regionCode: province, first: PAGE_SIZE } }],
    },
    {
      key: 'indicators',
      name: 'province indicators + children',
      detail: `\`rehabIndicators(regionCode: ${province}, year: ${workload.year})\` with every figure, and every child's (social worker, whole country)`,
      role: 'SOCIAL_WORKER',
      operationName: 'ProvinceIndicators',
      document: INDICATORS,
      floorRoute: '/indicators',
      requests: [{ variables: { region: province, year: workload.year }, floor: { regionCode: province, year: workload.year } }],
    },
    {
      key: 'indicatorSeries',
      name: `province series (${SERIES_MONTHS} months)`,
      detail: `\`rehabIndicatorSeries(regionCode: ${province}, from: ${workload.year - 2}-01, to: ${workload.year}-12, granularity: MONTH)\` with every figure of each month (social worker, whole country)`,
      role: 'SOCIAL_WORKER',
      operationName: 'ProvinceSeries',
      document: INDICATOR_SERIES,
      floorRoute: '/indicator-series',
      requests: [
        {
          variables: { region: province, from: `${workload.year - 2}-01`, to: `${workload.year}-12` },
          floor: { regionCode: province, from: `${workload.year - 2}-01`, to: `${workload.year}-12` },
        },
      ],
    },
    {
      key: 'referralPage',
      name: 'referrals page',
      detail: `\`referrals(filter: {regionCode: ${province}}, first: ${PAGE_SIZE})\` with institution, history and person { registry { riskLevel } } (social worker, whole country)`,
      role: 'SOCIAL_WORKER',
      operationName: 'ReferralPage',
      document: REFERRAL_PAGE,
      floorRoute: '/referrals',
      requests: [{ variables: { region: province }, floor: { regionCode: province, first: PAGE_SIZE } }],
    },
    {
      key: 'employmentReferralPage',
      name: 'employment referrals page',
      detail: `\`employmentReferrals(regionCode: ${region.code}, status: ACKNOWLEDGED, first: ${PAGE_SIZE})\` (a ${region.level} with ${region.referrals} acknowledged referrals${region.level === 'county' ? '' : `: no county holds ${PAGE_SIZE} at this population`}) with each person's certificate, status, trainings and placements (employment officer, whole country)`,
      role: 'EMPLOYMENT_OFFICER',
      operationName: 'EmploymentReferralPage',
      document: EMPLOYMENT_REFERRAL_PAGE,
      floorRoute: '/employment-referrals',
      requests: [{ variables: { region: region.code }, floor: { regionCode: region.code, status: 'ACKNOWLEDGED', first: PAGE_SIZE } }],
    },
    {
      key: 'review',
      name: 'reviewReferral (write)',
      detail:
        '`reviewReferral` REGISTER of a SUBMITTED referral at its expected version, a different referral per request (written into the welfare database before the run); a success is an answer with REGISTERED at version 2, and the database is checked after each run',
      role: 'SOCIAL_WORKER',
      operationName: 'Review',
      document: REVIEW,
      floorRoute: '/review',
      requests: [],
      verify: registered,
    },
  ];
}

/** The body sent to a gateway. */
export const graphqlBody = (query: BenchQuery, request: BenchRequest): string =>
  JSON.stringify({ query: query.document, operationName: query.operationName, variables: request.variables });

/** The body sent to the floor. */
export const floorBody = (request: BenchRequest): string => JSON.stringify(request.floor);
