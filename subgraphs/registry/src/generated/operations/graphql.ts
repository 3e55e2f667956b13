/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ReceiveReferralUploadInput = {
  /** County of residence, GB/T 2260. */
  countyCode: string;
  /** Whether the person has a guardian, as the registry records it; where true, the case's consents and service agreement need the guardian's signature too. Omitted: unknown (as before), and only the person's signature is asked for. */
  hasGuardian?: boolean | null | undefined;
  /** The uploading hospital (the clinician's institution code): its clinicians read the imported case, the closed loop of DOMAIN.md §6. Omitted: unknown, and no hospital's clinicians read it. */
  hospitalCode?: string | null | undefined;
  pid: string | number;
  recommendsCommunityRehab: boolean;
  /** The registry's upload id: the import is idempotent on it. */
  uploadId: string | number;
  uploadedAt: string | Date;
};

export type ReceiveRegistryDischargeInput = {
  /** The registry's id of the discharge notice: the notice is idempotent on it. */
  dischargeId: string | number;
  /** The day of the discharge. */
  dischargedOn: string;
  pid: string | number;
};

export type ReceiveRegistryStatusInput = {
  /** The registry's id of the status change: the notice is idempotent on it. */
  changeId: string | number;
  /** With MOVED_OUT: the county the person moved to, when the registry knows it. */
  movedToCountyCode?: string | null | undefined;
  pid: string | number;
  /** The day the status holds from. */
  since: string;
  status: RegistryManagementStatus;
};

export type ReferralUploadReceiptStatus =
  /** A SUBMITTED referral holds the upload. */
  | 'IMPORTED'
  /** Withdrawn after the platform had acted on the referral: the case stays for a social worker to close. */
  | 'KEPT'
  /** The upload was withdrawn: its referral closed as WITHDRAWN, or it was never imported. */
  | 'WITHDRAWN';

/** The management statuses the registry tells the platform. */
export type RegistryManagementStatus =
  /** Managed again (after being lost to follow-up). */
  | 'ACTIVE'
  /** Every open case of the person closes (reason DECEASED). */
  | 'DECEASED'
  /** Shown on the person's cases (Referral.registryStatus) for their social workers to decide; nothing closes by itself. */
  | 'LOST_TO_FOLLOW_UP'
  /** Moved away: with the new county, each open case moves there as a transfer would (held by an institution: TRANSFER_PENDING). */
  | 'MOVED_OUT';

export type ReceiveReferralUploadMutationVariables = Exact<{
  input: ReceiveReferralUploadInput;
}>;


export type ReceiveReferralUploadMutation = { receiveReferralUpload: { uploadId: string, status: ReferralUploadReceiptStatus } };

export type ReceiveRegistryDischargeMutationVariables = Exact<{
  input: ReceiveRegistryDischargeInput;
}>;


export type ReceiveRegistryDischargeMutation = { receiveRegistryDischarge: { dischargeId: string, casesMarked: number } };

export type ReceiveRegistryStatusMutationVariables = Exact<{
  input: ReceiveRegistryStatusInput;
}>;


export type ReceiveRegistryStatusMutation = { receiveRegistryStatus: { changeId: string, casesClosed: number, casesMoved: number } };

export type WithdrawReferralUploadMutationVariables = Exact<{
  uploadId: string | number;
}>;


export type WithdrawReferralUploadMutation = { withdrawReferralUpload: { uploadId: string, status: ReferralUploadReceiptStatus } };


export const ReceiveReferralUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveReferralUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveReferralUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveReferralUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReceiveReferralUploadMutation, ReceiveReferralUploadMutationVariables>;
export const ReceiveRegistryDischargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveRegistryDischarge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveRegistryDischargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveRegistryDischarge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeId"}},{"kind":"Field","name":{"kind":"Name","value":"casesMarked"}}]}}]}}]} as unknown as DocumentNode<ReceiveRegistryDischargeMutation, ReceiveRegistryDischargeMutationVariables>;
export const ReceiveRegistryStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveRegistryStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveRegistryStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveRegistryStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeId"}},{"kind":"Field","name":{"kind":"Name","value":"casesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"casesMoved"}}]}}]}}]} as unknown as DocumentNode<ReceiveRegistryStatusMutation, ReceiveRegistryStatusMutationVariables>;
export const WithdrawReferralUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferralUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferralUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralUploadMutation, WithdrawReferralUploadMutationVariables>;