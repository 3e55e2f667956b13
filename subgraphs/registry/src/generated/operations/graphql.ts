/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ReceiveReferralUploadInput = {
  /** County of residence, GB/T 2260. */
  countyCode: string;
  pid: string | number;
  recommendsCommunityRehab: boolean;
  /** The registry's upload id: the import is idempotent on it. */
  uploadId: string | number;
  uploadedAt: string | Date;
};

export type ReferralUploadReceiptStatus =
  /** A SUBMITTED referral holds the upload. */
  | 'IMPORTED'
  /** Withdrawn after the platform had acted on the referral: the case stays for a social worker to close. */
  | 'KEPT'
  /** The upload was withdrawn: its referral closed as WITHDRAWN, or it was never imported. */
  | 'WITHDRAWN';

export type ReceiveReferralUploadMutationVariables = Exact<{
  input: ReceiveReferralUploadInput;
}>;


export type ReceiveReferralUploadMutation = { receiveReferralUpload: { uploadId: string, status: ReferralUploadReceiptStatus } };

export type WithdrawReferralUploadMutationVariables = Exact<{
  uploadId: string | number;
}>;


export type WithdrawReferralUploadMutation = { withdrawReferralUpload: { uploadId: string, status: ReferralUploadReceiptStatus } };


export const ReceiveReferralUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveReferralUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveReferralUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveReferralUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReceiveReferralUploadMutation, ReceiveReferralUploadMutationVariables>;
export const WithdrawReferralUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferralUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferralUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralUploadMutation, WithdrawReferralUploadMutationVariables>;