// The registry bench's two operations, each as sent through the gateway and as sent to the registry directly.
import { allDivisions } from '#platform/statistics/division.js';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  viaGateway: GraphQLRequest;
  /** The same figures asked of the registry subgraph alone. */
  direct: GraphQLRequest;
}

const PATIENTS = `query Patients($region: String!) { patients(filter: {regionCode: $region}, first: 100) { nodes { pid registry { regionCode riskLevel managementStatus diagnosis { category icd10 } followUps(first: 5) { nodes { date riskLevel condition } } } } pageInfo { endCursor } } }`;

const INDICATORS = `query Indicators($region: String!, $year: Int!) { rehabIndicators(regionCode: $region, year: $year) { regionCode relapseRate managementRate regularMedicationRate registryActivePatients children { regionCode relapseRate managementRate regularMedicationRate registryActivePatients } } }`;

const INDICATOR_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on RehabIndicators { regionCode relapseRate managementRate regularMedicationRate registryActivePatients } } }`;

/** The divisions directly below a province (a city sharing its code with its only county is listed once). */
export function childrenOf(provinceCode: string): string[] {
  return allDivisions()
    .filter((division) => division.parentCode === provinceCode && division.code !== provinceCode)
    .map((division) => division.code);
}

export function registryBenchQueries(provinceCode: string, year: number): BenchQuery[] {
  const patients: GraphQLRequest = { query: PATIENTS, variables: { region: provinceCode } };
  const representations = [provinceCode, ...childrenOf(provinceCode)].map((regionCode) => ({ __typename: 'RehabIndicators', regionCode, year }));
  return [
    { name: 'patients (first 100, follow-ups)', viaGateway: patients, direct: patients },
    {
      name: 'rehabIndicators (province + children)',
      viaGateway: { query: INDICATORS, variables: { region: provinceCode, year } },
      direct: { query: INDICATOR_ENTITIES, variables: { reps: representations } },
    },
  ];
}
