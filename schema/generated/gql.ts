/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PatientsInRegion($filter: PatientFilter!, $first: Int, $after: String) {\n  patients(filter: $filter, first: $first, after: $after) {\n    nodes {\n      pid\n      registry {\n        regionCode\n        riskLevel\n        managementStatus\n        diagnosis {\n          category\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PatientsInRegionDocument,
    "query PersonOverview($pid: ID!) {\n  person(pid: $pid) {\n    pid\n    registry {\n      registeredOn\n      regionCode\n      riskLevel\n      managementStatus\n      diagnosis {\n        category\n        icd10\n      }\n      hospitalizations {\n        admittedOn\n        dischargedOn\n        recommendsCommunityRehab\n      }\n    }\n    referrals {\n      id\n      status\n      channel\n      submittedAt\n      institution {\n        name\n      }\n    }\n    benefits {\n      kind\n      startedOn\n      monthlyAmountCents\n    }\n    disabilityCertificate {\n      category\n      grade\n    }\n    employment {\n      status\n      placements {\n        kind\n        startedOn\n        endedOn\n      }\n    }\n  }\n}": typeof types.PersonOverviewDocument,
    "query RegionIndicators($regionCode: String!, $year: Int!) {\n  region(code: $regionCode) {\n    code\n    name\n    level\n    parent {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    children {\n      code\n      name\n    }\n  }\n  rehabIndicators(regionCode: $regionCode, year: $year) {\n    ...IndicatorFigures\n    children {\n      ...IndicatorFigures\n    }\n  }\n}\n\nfragment IndicatorFigures on RehabIndicators {\n  regionCode\n  year\n  countiesTotal\n  countiesCovered\n  coverageRate\n  coverageTarget\n  registeredRecipients\n  standardizedRecipients\n  standardizedServiceRate\n  standardizedServiceTarget\n  meanWaitingDays\n  waitingOver90Days\n  relapseRate\n  employmentRate\n}": typeof types.RegionIndicatorsDocument,
};
const documents: Documents = {
    "query PatientsInRegion($filter: PatientFilter!, $first: Int, $after: String) {\n  patients(filter: $filter, first: $first, after: $after) {\n    nodes {\n      pid\n      registry {\n        regionCode\n        riskLevel\n        managementStatus\n        diagnosis {\n          category\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PatientsInRegionDocument,
    "query PersonOverview($pid: ID!) {\n  person(pid: $pid) {\n    pid\n    registry {\n      registeredOn\n      regionCode\n      riskLevel\n      managementStatus\n      diagnosis {\n        category\n        icd10\n      }\n      hospitalizations {\n        admittedOn\n        dischargedOn\n        recommendsCommunityRehab\n      }\n    }\n    referrals {\n      id\n      status\n      channel\n      submittedAt\n      institution {\n        name\n      }\n    }\n    benefits {\n      kind\n      startedOn\n      monthlyAmountCents\n    }\n    disabilityCertificate {\n      category\n      grade\n    }\n    employment {\n      status\n      placements {\n        kind\n        startedOn\n        endedOn\n      }\n    }\n  }\n}": types.PersonOverviewDocument,
    "query RegionIndicators($regionCode: String!, $year: Int!) {\n  region(code: $regionCode) {\n    code\n    name\n    level\n    parent {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    children {\n      code\n      name\n    }\n  }\n  rehabIndicators(regionCode: $regionCode, year: $year) {\n    ...IndicatorFigures\n    children {\n      ...IndicatorFigures\n    }\n  }\n}\n\nfragment IndicatorFigures on RehabIndicators {\n  regionCode\n  year\n  countiesTotal\n  countiesCovered\n  coverageRate\n  coverageTarget\n  registeredRecipients\n  standardizedRecipients\n  standardizedServiceRate\n  standardizedServiceTarget\n  meanWaitingDays\n  waitingOver90Days\n  relapseRate\n  employmentRate\n}": types.RegionIndicatorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientsInRegion($filter: PatientFilter!, $first: Int, $after: String) {\n  patients(filter: $filter, first: $first, after: $after) {\n    nodes {\n      pid\n      registry {\n        regionCode\n        riskLevel\n        managementStatus\n        diagnosis {\n          category\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query PatientsInRegion($filter: PatientFilter!, $first: Int, $after: String) {\n  patients(filter: $filter, first: $first, after: $after) {\n    nodes {\n      pid\n      registry {\n        regionCode\n        riskLevel\n        managementStatus\n        diagnosis {\n          category\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonOverview($pid: ID!) {\n  person(pid: $pid) {\n    pid\n    registry {\n      registeredOn\n      regionCode\n      riskLevel\n      managementStatus\n      diagnosis {\n        category\n        icd10\n      }\n      hospitalizations {\n        admittedOn\n        dischargedOn\n        recommendsCommunityRehab\n      }\n    }\n    referrals {\n      id\n      status\n      channel\n      submittedAt\n      institution {\n        name\n      }\n    }\n    benefits {\n      kind\n      startedOn\n      monthlyAmountCents\n    }\n    disabilityCertificate {\n      category\n      grade\n    }\n    employment {\n      status\n      placements {\n        kind\n        startedOn\n        endedOn\n      }\n    }\n  }\n}"): (typeof documents)["query PersonOverview($pid: ID!) {\n  person(pid: $pid) {\n    pid\n    registry {\n      registeredOn\n      regionCode\n      riskLevel\n      managementStatus\n      diagnosis {\n        category\n        icd10\n      }\n      hospitalizations {\n        admittedOn\n        dischargedOn\n        recommendsCommunityRehab\n      }\n    }\n    referrals {\n      id\n      status\n      channel\n      submittedAt\n      institution {\n        name\n      }\n    }\n    benefits {\n      kind\n      startedOn\n      monthlyAmountCents\n    }\n    disabilityCertificate {\n      category\n      grade\n    }\n    employment {\n      status\n      placements {\n        kind\n        startedOn\n        endedOn\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionIndicators($regionCode: String!, $year: Int!) {\n  region(code: $regionCode) {\n    code\n    name\n    level\n    parent {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    children {\n      code\n      name\n    }\n  }\n  rehabIndicators(regionCode: $regionCode, year: $year) {\n    ...IndicatorFigures\n    children {\n      ...IndicatorFigures\n    }\n  }\n}\n\nfragment IndicatorFigures on RehabIndicators {\n  regionCode\n  year\n  countiesTotal\n  countiesCovered\n  coverageRate\n  coverageTarget\n  registeredRecipients\n  standardizedRecipients\n  standardizedServiceRate\n  standardizedServiceTarget\n  meanWaitingDays\n  waitingOver90Days\n  relapseRate\n  employmentRate\n}"): (typeof documents)["query RegionIndicators($regionCode: String!, $year: Int!) {\n  region(code: $regionCode) {\n    code\n    name\n    level\n    parent {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    children {\n      code\n      name\n    }\n  }\n  rehabIndicators(regionCode: $regionCode, year: $year) {\n    ...IndicatorFigures\n    children {\n      ...IndicatorFigures\n    }\n  }\n}\n\nfragment IndicatorFigures on RehabIndicators {\n  regionCode\n  year\n  countiesTotal\n  countiesCovered\n  coverageRate\n  coverageTarget\n  registeredRecipients\n  standardizedRecipients\n  standardizedServiceRate\n  standardizedServiceTarget\n  meanWaitingDays\n  waitingOver90Days\n  relapseRate\n  employmentRate\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;