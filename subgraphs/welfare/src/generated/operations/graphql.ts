/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type EmploymentOutcome =
  | 'EMPLOYMENT'
  | 'SHELTERED_EMPLOYMENT';

export type EmploymentReferralStatus =
  | 'ACKNOWLEDGED'
  | 'DECLINED'
  /** Received from the platform, waiting for an officer's answer. */
  | 'RECEIVED';

/** The steps of a case imported from an upload that the platform tells the hospital. */
export type PlatformCaseStatus =
  /** A rehabilitation institution accepted the case (again, after a transfer). */
  | 'ACCEPTED'
  /** The case closed. */
  | 'CLOSED';

export type ReceiveCaseHoldingInput = {
  /** When the case changed. */
  at: string | Date;
  /** The platform's id of the change: the delivery is idempotent on it. */
  eventId: string | number;
  /** True: the institution took the case on; false: it no longer holds it (closed, transferred, referred out). */
  holds: boolean;
  institutionId: string | number;
  pid: string | number;
  /** The platform's case. */
  referralId: string | number;
};

/** A hand-off as the platform sends it: the exit assessment's readiness flags only. */
export type ReceiveEmploymentHandoffInput = {
  ableToWork: boolean;
  /** County of residence, GB/T 2260. */
  countyCode: string;
  handedOverAt: string | Date;
  /** The platform's hand-off id: receiving is idempotent on it. */
  handoffId: string | number;
  needsSupport: boolean;
  outcome: EmploymentOutcome;
  pid: string | number;
  referralId: string | number;
  willingToWork: boolean;
};

export type ReceiveEmploymentSharingRevocationInput = {
  pid: string | number;
  /** The platform's case whose consent was revoked. */
  referralId: string | number;
  /** The platform's id of the revocation: the delivery is idempotent on it. */
  revocationId: string | number;
  revokedAt: string | Date;
};

export type ReceiveGreenChannelRelapseInput = {
  /** The platform's id of this green-channel referral (a case may be referred back more than once): the delivery is idempotent on it. */
  greenChannelId: string | number;
  /** The receiving psychiatric hospital's unified social credit code (GB 32100). */
  hospitalCode: string;
  pid: string | number;
  /** The day the case was referred back (China time). */
  referredOn: string;
};

export type ReceiveUploadCaseStatusInput = {
  /** When the case reached the status. */
  at: string | Date;
  /** The platform's id of the event: the delivery is idempotent on it. */
  eventId: string | number;
  status: PlatformCaseStatus;
  uploadId: string | number;
};

export type ReceiveCaseHoldingMutationVariables = Exact<{
  input: ReceiveCaseHoldingInput;
}>;


export type ReceiveCaseHoldingMutation = { receiveCaseHolding: { eventId: string } };

export type ReceiveEmploymentHandoffMutationVariables = Exact<{
  input: ReceiveEmploymentHandoffInput;
}>;


export type ReceiveEmploymentHandoffMutation = { receiveEmploymentHandoff: { id: string, status: EmploymentReferralStatus } };

export type ReceiveEmploymentSharingRevocationMutationVariables = Exact<{
  input: ReceiveEmploymentSharingRevocationInput;
}>;


export type ReceiveEmploymentSharingRevocationMutation = { receiveEmploymentSharingRevocation: { revocationId: string } };

export type ReceiveGreenChannelRelapseMutationVariables = Exact<{
  input: ReceiveGreenChannelRelapseInput;
}>;


export type ReceiveGreenChannelRelapseMutation = { receiveGreenChannelRelapse: { greenChannelId: string, recorded: boolean } };

export type ReceiveUploadCaseStatusMutationVariables = Exact<{
  input: ReceiveUploadCaseStatusInput;
}>;


export type ReceiveUploadCaseStatusMutation = { receiveUploadCaseStatus: { eventId: string, recorded: boolean } };


export const ReceiveCaseHoldingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveCaseHolding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveCaseHoldingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveCaseHolding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<ReceiveCaseHoldingMutation, ReceiveCaseHoldingMutationVariables>;
export const ReceiveEmploymentHandoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveEmploymentHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveEmploymentHandoffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveEmploymentHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReceiveEmploymentHandoffMutation, ReceiveEmploymentHandoffMutationVariables>;
export const ReceiveEmploymentSharingRevocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveEmploymentSharingRevocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveEmploymentSharingRevocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveEmploymentSharingRevocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revocationId"}}]}}]}}]} as unknown as DocumentNode<ReceiveEmploymentSharingRevocationMutation, ReceiveEmploymentSharingRevocationMutationVariables>;
export const ReceiveGreenChannelRelapseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveGreenChannelRelapse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveGreenChannelRelapseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveGreenChannelRelapse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greenChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]} as unknown as DocumentNode<ReceiveGreenChannelRelapseMutation, ReceiveGreenChannelRelapseMutationVariables>;
export const ReceiveUploadCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveUploadCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveUploadCaseStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveUploadCaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]} as unknown as DocumentNode<ReceiveUploadCaseStatusMutation, ReceiveUploadCaseStatusMutationVariables>;