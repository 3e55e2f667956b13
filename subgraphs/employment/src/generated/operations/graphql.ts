/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnswerEmploymentHandoffInput = {
  decision: HandoffDecision;
  handoffId: string | number;
  /** Required to decline. */
  reason?: string | null | undefined;
};

export type HandoffDecision =
  | 'ACKNOWLEDGED'
  | 'DECLINED';

export type HandoffStatus =
  | 'ACKNOWLEDGED'
  | 'DECLINED'
  /** Waiting for the outbox relay's delivery to the federation. */
  | 'PENDING'
  /** Received by the federation; waiting for an employment officer's answer. */
  | 'RECEIVED';

export type AnswerEmploymentHandoffMutationVariables = Exact<{
  input: AnswerEmploymentHandoffInput;
}>;


export type AnswerEmploymentHandoffMutation = { answerEmploymentHandoff: { id: string, status: HandoffStatus } };


export const AnswerEmploymentHandoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerEmploymentHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerEmploymentHandoffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerEmploymentHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerEmploymentHandoffMutation, AnswerEmploymentHandoffMutationVariables>;