/* eslint-disable */
import * as types from './graphql';
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
    "\n  query OpaAccessLog($caseId: ID) {\n    opaAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n": typeof types.OpaAccessLogDocument,
    "\n  query OpaReferralTypeFields {\n    __type(name: \"OpaReferral\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OpaReferralTypeFieldsDocument,
    "\n  query CaseTypeFields {\n    __type(name: \"Case\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CaseTypeFieldsDocument,
    "\n  query OpaMonthlySummary($from: String!, $to: String!) {\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n": typeof types.OpaMonthlySummaryDocument,
    "\n  fragment OpaReferralFields on OpaReferral {\n    destination\n    forwardedAt\n    status\n    acceptedAt\n    closedAt\n    opaNumber\n    classification\n    agencyStatus\n    outcome\n    outcomeSummary\n    disposition\n  }\n": typeof types.OpaReferralFieldsFragmentDoc,
    "\n  query OpaReferralEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        opaReferral {\n          ...OpaReferralFields\n        }\n      }\n    }\n  }\n": typeof types.OpaReferralEntitiesDocument,
    "\n  mutation AcceptOpaReferral(\n    $caseId: ID!\n    $opaNumber: String!\n    $classification: OpaClassification!\n  ) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: $classification) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n": typeof types.AcceptOpaReferralDocument,
    "\n  mutation RecordOpaStatus($caseId: ID!, $opaStatus: String!, $status: CaseStatus!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: $status) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n": typeof types.RecordOpaStatusDocument,
    "\n  mutation RecordOpaOutcome(\n    $caseId: ID!\n    $outcome: OpaOutcome!\n    $disposition: String!\n    $summary: String\n  ) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      disposition: $disposition\n      summary: $summary\n    ) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n": typeof types.RecordOpaOutcomeDocument,
    "\n  query OpaReferralQueue($first: Int, $after: String, $filter: OpaReferralQueueFilter) {\n    opaReferralQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          opaReferral {\n            destination\n            forwardedAt\n            opaNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OpaReferralQueueDocument,
};
const documents: Documents = {
    "\n  query OpaAccessLog($caseId: ID) {\n    opaAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n": types.OpaAccessLogDocument,
    "\n  query OpaReferralTypeFields {\n    __type(name: \"OpaReferral\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n": types.OpaReferralTypeFieldsDocument,
    "\n  query CaseTypeFields {\n    __type(name: \"Case\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n": types.CaseTypeFieldsDocument,
    "\n  query OpaMonthlySummary($from: String!, $to: String!) {\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n": types.OpaMonthlySummaryDocument,
    "\n  fragment OpaReferralFields on OpaReferral {\n    destination\n    forwardedAt\n    status\n    acceptedAt\n    closedAt\n    opaNumber\n    classification\n    agencyStatus\n    outcome\n    outcomeSummary\n    disposition\n  }\n": types.OpaReferralFieldsFragmentDoc,
    "\n  query OpaReferralEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        opaReferral {\n          ...OpaReferralFields\n        }\n      }\n    }\n  }\n": types.OpaReferralEntitiesDocument,
    "\n  mutation AcceptOpaReferral(\n    $caseId: ID!\n    $opaNumber: String!\n    $classification: OpaClassification!\n  ) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: $classification) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n": types.AcceptOpaReferralDocument,
    "\n  mutation RecordOpaStatus($caseId: ID!, $opaStatus: String!, $status: CaseStatus!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: $status) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n": types.RecordOpaStatusDocument,
    "\n  mutation RecordOpaOutcome(\n    $caseId: ID!\n    $outcome: OpaOutcome!\n    $disposition: String!\n    $summary: String\n  ) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      disposition: $disposition\n      summary: $summary\n    ) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n": types.RecordOpaOutcomeDocument,
    "\n  query OpaReferralQueue($first: Int, $after: String, $filter: OpaReferralQueueFilter) {\n    opaReferralQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          opaReferral {\n            destination\n            forwardedAt\n            opaNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.OpaReferralQueueDocument,
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
export function graphql(source: "\n  query OpaAccessLog($caseId: ID) {\n    opaAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query OpaAccessLog($caseId: ID) {\n    opaAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpaReferralTypeFields {\n    __type(name: \"OpaReferral\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpaReferralTypeFields {\n    __type(name: \"OpaReferral\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTypeFields {\n    __type(name: \"Case\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseTypeFields {\n    __type(name: \"Case\") {\n      fields {\n        name\n        type {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpaMonthlySummary($from: String!, $to: String!) {\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query OpaMonthlySummary($from: String!, $to: String!) {\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpaReferralFields on OpaReferral {\n    destination\n    forwardedAt\n    status\n    acceptedAt\n    closedAt\n    opaNumber\n    classification\n    agencyStatus\n    outcome\n    outcomeSummary\n    disposition\n  }\n"): (typeof documents)["\n  fragment OpaReferralFields on OpaReferral {\n    destination\n    forwardedAt\n    status\n    acceptedAt\n    closedAt\n    opaNumber\n    classification\n    agencyStatus\n    outcome\n    outcomeSummary\n    disposition\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpaReferralEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        opaReferral {\n          ...OpaReferralFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpaReferralEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        opaReferral {\n          ...OpaReferralFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOpaReferral(\n    $caseId: ID!\n    $opaNumber: String!\n    $classification: OpaClassification!\n  ) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: $classification) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOpaReferral(\n    $caseId: ID!\n    $opaNumber: String!\n    $classification: OpaClassification!\n  ) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: $classification) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOpaStatus($caseId: ID!, $opaStatus: String!, $status: CaseStatus!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: $status) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOpaStatus($caseId: ID!, $opaStatus: String!, $status: CaseStatus!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: $status) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOpaOutcome(\n    $caseId: ID!\n    $outcome: OpaOutcome!\n    $disposition: String!\n    $summary: String\n  ) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      disposition: $disposition\n      summary: $summary\n    ) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOpaOutcome(\n    $caseId: ID!\n    $outcome: OpaOutcome!\n    $disposition: String!\n    $summary: String\n  ) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: $outcome\n      disposition: $disposition\n      summary: $summary\n    ) {\n      id\n      status\n      opaReferral {\n        ...OpaReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpaReferralQueue($first: Int, $after: String, $filter: OpaReferralQueueFilter) {\n    opaReferralQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          opaReferral {\n            destination\n            forwardedAt\n            opaNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpaReferralQueue($first: Int, $after: String, $filter: OpaReferralQueueFilter) {\n    opaReferralQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          opaReferral {\n            destination\n            forwardedAt\n            opaNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;