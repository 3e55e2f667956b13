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
    "mutation ReceiveCaseHolding($input: ReceiveCaseHoldingInput!) {\n  receiveCaseHolding(input: $input) {\n    eventId\n  }\n}": typeof types.ReceiveCaseHoldingDocument,
    "mutation ReceiveEmploymentHandoff($input: ReceiveEmploymentHandoffInput!) {\n  receiveEmploymentHandoff(input: $input) {\n    id\n    status\n  }\n}": typeof types.ReceiveEmploymentHandoffDocument,
    "mutation ReceiveEmploymentSharingRevocation($input: ReceiveEmploymentSharingRevocationInput!) {\n  receiveEmploymentSharingRevocation(input: $input) {\n    revocationId\n  }\n}": typeof types.ReceiveEmploymentSharingRevocationDocument,
    "mutation ReceiveGreenChannelRelapse($input: ReceiveGreenChannelRelapseInput!) {\n  receiveGreenChannelRelapse(input: $input) {\n    greenChannelId\n    recorded\n  }\n}": typeof types.ReceiveGreenChannelRelapseDocument,
    "mutation ReceiveUploadCaseStatus($input: ReceiveUploadCaseStatusInput!) {\n  receiveUploadCaseStatus(input: $input) {\n    eventId\n    recorded\n  }\n}": typeof types.ReceiveUploadCaseStatusDocument,
};
const documents: Documents = {
    "mutation ReceiveCaseHolding($input: ReceiveCaseHoldingInput!) {\n  receiveCaseHolding(input: $input) {\n    eventId\n  }\n}": types.ReceiveCaseHoldingDocument,
    "mutation ReceiveEmploymentHandoff($input: ReceiveEmploymentHandoffInput!) {\n  receiveEmploymentHandoff(input: $input) {\n    id\n    status\n  }\n}": types.ReceiveEmploymentHandoffDocument,
    "mutation ReceiveEmploymentSharingRevocation($input: ReceiveEmploymentSharingRevocationInput!) {\n  receiveEmploymentSharingRevocation(input: $input) {\n    revocationId\n  }\n}": types.ReceiveEmploymentSharingRevocationDocument,
    "mutation ReceiveGreenChannelRelapse($input: ReceiveGreenChannelRelapseInput!) {\n  receiveGreenChannelRelapse(input: $input) {\n    greenChannelId\n    recorded\n  }\n}": types.ReceiveGreenChannelRelapseDocument,
    "mutation ReceiveUploadCaseStatus($input: ReceiveUploadCaseStatusInput!) {\n  receiveUploadCaseStatus(input: $input) {\n    eventId\n    recorded\n  }\n}": types.ReceiveUploadCaseStatusDocument,
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
export function graphql(source: "mutation ReceiveCaseHolding($input: ReceiveCaseHoldingInput!) {\n  receiveCaseHolding(input: $input) {\n    eventId\n  }\n}"): (typeof documents)["mutation ReceiveCaseHolding($input: ReceiveCaseHoldingInput!) {\n  receiveCaseHolding(input: $input) {\n    eventId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveEmploymentHandoff($input: ReceiveEmploymentHandoffInput!) {\n  receiveEmploymentHandoff(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation ReceiveEmploymentHandoff($input: ReceiveEmploymentHandoffInput!) {\n  receiveEmploymentHandoff(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveEmploymentSharingRevocation($input: ReceiveEmploymentSharingRevocationInput!) {\n  receiveEmploymentSharingRevocation(input: $input) {\n    revocationId\n  }\n}"): (typeof documents)["mutation ReceiveEmploymentSharingRevocation($input: ReceiveEmploymentSharingRevocationInput!) {\n  receiveEmploymentSharingRevocation(input: $input) {\n    revocationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveGreenChannelRelapse($input: ReceiveGreenChannelRelapseInput!) {\n  receiveGreenChannelRelapse(input: $input) {\n    greenChannelId\n    recorded\n  }\n}"): (typeof documents)["mutation ReceiveGreenChannelRelapse($input: ReceiveGreenChannelRelapseInput!) {\n  receiveGreenChannelRelapse(input: $input) {\n    greenChannelId\n    recorded\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveUploadCaseStatus($input: ReceiveUploadCaseStatusInput!) {\n  receiveUploadCaseStatus(input: $input) {\n    eventId\n    recorded\n  }\n}"): (typeof documents)["mutation ReceiveUploadCaseStatus($input: ReceiveUploadCaseStatusInput!) {\n  receiveUploadCaseStatus(input: $input) {\n    eventId\n    recorded\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;