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
    "\n  query AuditTypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTypeFieldsDocument,
    "\n  query AuditFindingsText($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          findings {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditFindingsTextDocument,
    "\n  query AuditAccessLog($caseId: ID) {\n    auditAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n": typeof types.AuditAccessLogDocument,
    "\n  mutation RecordAuditFindingsById($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordAuditFindingsByIdDocument,
    "\n  query AuditReviewEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ...AuditReviewCaseFields\n    }\n  }\n": typeof types.AuditReviewEntitiesDocument,
    "\n  query AuditReviewOpenedAt($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          openedAt\n        }\n      }\n    }\n  }\n": typeof types.AuditReviewOpenedAtDocument,
    "\n  query AuditReviewStepActions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          fileStatus\n          steps {\n            action\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditReviewStepActionsDocument,
    "\n  fragment AuditReviewCaseFields on Case {\n    id\n    status\n    auditReview {\n      openedAt\n      fileStatus\n      closedAt\n      allegation {\n        category\n        summary\n        programConcerned\n        estimatedAmount\n        assessedAt\n        assessedBy\n      }\n      whistleblowerProtection {\n        identityProtected\n        retaliationConcern\n        retaliationConcernRecordedAt\n      }\n      steps {\n        takenAt\n        action\n        staffId\n        notes\n        recordedBy\n        recordedAt\n      }\n      findings {\n        text\n        recordedAt\n        recordedBy\n      }\n      outcome\n      disclosure {\n        decision\n        text\n      }\n    }\n  }\n": typeof types.AuditReviewCaseFieldsFragmentDoc,
    "\n  mutation RecordAllegationAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": typeof types.RecordAllegationAssessmentDocument,
    "\n  mutation AddAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": typeof types.AddAuditStepDocument,
    "\n  mutation RecordAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": typeof types.RecordAuditFindingsDocument,
    "\n  mutation CloseAuditFile($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": typeof types.CloseAuditFileDocument,
    "\n  query AuditQueue($first: Int, $after: String) {\n    auditQueue(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          auditReview {\n            fileStatus\n            openedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditQueueDocument,
    "\n  query AuditMonthlySummary($from: String!, $to: String!) {\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n": typeof types.AuditMonthlySummaryDocument,
};
const documents: Documents = {
    "\n  query AuditTypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditTypeFieldsDocument,
    "\n  query AuditFindingsText($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          findings {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.AuditFindingsTextDocument,
    "\n  query AuditAccessLog($caseId: ID) {\n    auditAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n": types.AuditAccessLogDocument,
    "\n  mutation RecordAuditFindingsById($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n": types.RecordAuditFindingsByIdDocument,
    "\n  query AuditReviewEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ...AuditReviewCaseFields\n    }\n  }\n": types.AuditReviewEntitiesDocument,
    "\n  query AuditReviewOpenedAt($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          openedAt\n        }\n      }\n    }\n  }\n": types.AuditReviewOpenedAtDocument,
    "\n  query AuditReviewStepActions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          fileStatus\n          steps {\n            action\n          }\n        }\n      }\n    }\n  }\n": types.AuditReviewStepActionsDocument,
    "\n  fragment AuditReviewCaseFields on Case {\n    id\n    status\n    auditReview {\n      openedAt\n      fileStatus\n      closedAt\n      allegation {\n        category\n        summary\n        programConcerned\n        estimatedAmount\n        assessedAt\n        assessedBy\n      }\n      whistleblowerProtection {\n        identityProtected\n        retaliationConcern\n        retaliationConcernRecordedAt\n      }\n      steps {\n        takenAt\n        action\n        staffId\n        notes\n        recordedBy\n        recordedAt\n      }\n      findings {\n        text\n        recordedAt\n        recordedBy\n      }\n      outcome\n      disclosure {\n        decision\n        text\n      }\n    }\n  }\n": types.AuditReviewCaseFieldsFragmentDoc,
    "\n  mutation RecordAllegationAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": types.RecordAllegationAssessmentDocument,
    "\n  mutation AddAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": types.AddAuditStepDocument,
    "\n  mutation RecordAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": types.RecordAuditFindingsDocument,
    "\n  mutation CloseAuditFile($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n": types.CloseAuditFileDocument,
    "\n  query AuditQueue($first: Int, $after: String) {\n    auditQueue(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          auditReview {\n            fileStatus\n            openedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.AuditQueueDocument,
    "\n  query AuditMonthlySummary($from: String!, $to: String!) {\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n": types.AuditMonthlySummaryDocument,
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
export function graphql(source: "\n  query AuditTypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n        type {\n          kind\n          name\n          ofType {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFindingsText($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          findings {\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditFindingsText($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          findings {\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAccessLog($caseId: ID) {\n    auditAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query AuditAccessLog($caseId: ID) {\n    auditAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAuditFindingsById($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAuditFindingsById($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReviewEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ...AuditReviewCaseFields\n    }\n  }\n"): (typeof documents)["\n  query AuditReviewEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ...AuditReviewCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReviewOpenedAt($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          openedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditReviewOpenedAt($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          openedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReviewStepActions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          fileStatus\n          steps {\n            action\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditReviewStepActions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        auditReview {\n          fileStatus\n          steps {\n            action\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditReviewCaseFields on Case {\n    id\n    status\n    auditReview {\n      openedAt\n      fileStatus\n      closedAt\n      allegation {\n        category\n        summary\n        programConcerned\n        estimatedAmount\n        assessedAt\n        assessedBy\n      }\n      whistleblowerProtection {\n        identityProtected\n        retaliationConcern\n        retaliationConcernRecordedAt\n      }\n      steps {\n        takenAt\n        action\n        staffId\n        notes\n        recordedBy\n        recordedAt\n      }\n      findings {\n        text\n        recordedAt\n        recordedBy\n      }\n      outcome\n      disclosure {\n        decision\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuditReviewCaseFields on Case {\n    id\n    status\n    auditReview {\n      openedAt\n      fileStatus\n      closedAt\n      allegation {\n        category\n        summary\n        programConcerned\n        estimatedAmount\n        assessedAt\n        assessedBy\n      }\n      whistleblowerProtection {\n        identityProtected\n        retaliationConcern\n        retaliationConcernRecordedAt\n      }\n      steps {\n        takenAt\n        action\n        staffId\n        notes\n        recordedBy\n        recordedAt\n      }\n      findings {\n        text\n        recordedAt\n        recordedBy\n      }\n      outcome\n      disclosure {\n        decision\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAllegationAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAllegationAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAuditFile($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAuditFile($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      ...AuditReviewCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditQueue($first: Int, $after: String) {\n    auditQueue(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          auditReview {\n            fileStatus\n            openedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditQueue($first: Int, $after: String) {\n    auditQueue(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          auditReview {\n            fileStatus\n            openedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditMonthlySummary($from: String!, $to: String!) {\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query AuditMonthlySummary($from: String!, $to: String!) {\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;