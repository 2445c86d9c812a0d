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
    "\n  query HrSchemaTypes {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HrSchemaTypesDocument,
    "\n  query StaffComplaintFindings($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n          findings\n        }\n      }\n    }\n  }\n": typeof types.StaffComplaintFindingsDocument,
    "\n  query StaffComplaintStatus($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n        }\n      }\n    }\n  }\n": typeof types.StaffComplaintStatusDocument,
    "\n  query HrAccessLog($caseId: ID, $first: Int!) {\n    hrAccessLog(caseId: $caseId, first: $first) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n": typeof types.HrAccessLogDocument,
    "\n  query HrCaseFile($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          openedAt\n          closedAt\n          subjectEmployee {\n            name\n            jobTitle\n            department\n          }\n          review {\n            reviewer\n            notes\n            staffLevelsInvolved\n            category\n            startedAt\n            updatedAt\n          }\n          peopleInvolved {\n            name\n            role\n            addedAt\n          }\n          findings\n          actionTaken {\n            kind\n            details\n          }\n          outcome\n          disclosure {\n            decision\n            text\n            disclosedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.HrCaseFileDocument,
    "\n  query HrFilePeople($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          subjectEmployee {\n            name\n          }\n          peopleInvolved {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HrFilePeopleDocument,
    "\n  mutation RecordHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RecordHrReviewDocument,
    "\n  mutation RecordHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordHrFindingsDocument,
    "\n  mutation AddPersonInvolved($caseId: ID!, $person: HrPersonInvolvedInput!) {\n    addPersonInvolved(caseId: $caseId, person: $person) {\n      id\n    }\n  }\n": typeof types.AddPersonInvolvedDocument,
    "\n  mutation CloseStaffComplaint(\n    $caseId: ID!\n    $outcome: StaffComplaintOutcome!\n    $disclosure: HrDisclosureInput\n  ) {\n    closeStaffComplaint(caseId: $caseId, outcome: $outcome, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n": typeof types.CloseStaffComplaintDocument,
    "\n  query HrQueue($first: Int, $after: String, $status: HrFileStatus) {\n    hrQueue(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffComplaint {\n            status\n            openedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.HrQueueDocument,
    "\n  query HrMonthlySummary($fromMonth: String!, $toMonth: String!) {\n    hrMonthlySummary(fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      category\n      status\n      count\n    }\n  }\n": typeof types.HrMonthlySummaryDocument,
};
const documents: Documents = {
    "\n  query HrSchemaTypes {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HrSchemaTypesDocument,
    "\n  query StaffComplaintFindings($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n          findings\n        }\n      }\n    }\n  }\n": types.StaffComplaintFindingsDocument,
    "\n  query StaffComplaintStatus($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n        }\n      }\n    }\n  }\n": types.StaffComplaintStatusDocument,
    "\n  query HrAccessLog($caseId: ID, $first: Int!) {\n    hrAccessLog(caseId: $caseId, first: $first) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n": types.HrAccessLogDocument,
    "\n  query HrCaseFile($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          openedAt\n          closedAt\n          subjectEmployee {\n            name\n            jobTitle\n            department\n          }\n          review {\n            reviewer\n            notes\n            staffLevelsInvolved\n            category\n            startedAt\n            updatedAt\n          }\n          peopleInvolved {\n            name\n            role\n            addedAt\n          }\n          findings\n          actionTaken {\n            kind\n            details\n          }\n          outcome\n          disclosure {\n            decision\n            text\n            disclosedAt\n          }\n        }\n      }\n    }\n  }\n": types.HrCaseFileDocument,
    "\n  query HrFilePeople($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          subjectEmployee {\n            name\n          }\n          peopleInvolved {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HrFilePeopleDocument,
    "\n  mutation RecordHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.RecordHrReviewDocument,
    "\n  mutation RecordHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n": types.RecordHrFindingsDocument,
    "\n  mutation AddPersonInvolved($caseId: ID!, $person: HrPersonInvolvedInput!) {\n    addPersonInvolved(caseId: $caseId, person: $person) {\n      id\n    }\n  }\n": types.AddPersonInvolvedDocument,
    "\n  mutation CloseStaffComplaint(\n    $caseId: ID!\n    $outcome: StaffComplaintOutcome!\n    $disclosure: HrDisclosureInput\n  ) {\n    closeStaffComplaint(caseId: $caseId, outcome: $outcome, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n": types.CloseStaffComplaintDocument,
    "\n  query HrQueue($first: Int, $after: String, $status: HrFileStatus) {\n    hrQueue(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffComplaint {\n            status\n            openedAt\n          }\n        }\n      }\n    }\n  }\n": types.HrQueueDocument,
    "\n  query HrMonthlySummary($fromMonth: String!, $toMonth: String!) {\n    hrMonthlySummary(fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      category\n      status\n      count\n    }\n  }\n": types.HrMonthlySummaryDocument,
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
export function graphql(source: "\n  query HrSchemaTypes {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrSchemaTypes {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffComplaintFindings($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n          findings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffComplaintFindings($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n          findings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffComplaintStatus($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffComplaintStatus($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        staffComplaint {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrAccessLog($caseId: ID, $first: Int!) {\n    hrAccessLog(caseId: $caseId, first: $first) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query HrAccessLog($caseId: ID, $first: Int!) {\n    hrAccessLog(caseId: $caseId, first: $first) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrCaseFile($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          openedAt\n          closedAt\n          subjectEmployee {\n            name\n            jobTitle\n            department\n          }\n          review {\n            reviewer\n            notes\n            staffLevelsInvolved\n            category\n            startedAt\n            updatedAt\n          }\n          peopleInvolved {\n            name\n            role\n            addedAt\n          }\n          findings\n          actionTaken {\n            kind\n            details\n          }\n          outcome\n          disclosure {\n            decision\n            text\n            disclosedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrCaseFile($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          openedAt\n          closedAt\n          subjectEmployee {\n            name\n            jobTitle\n            department\n          }\n          review {\n            reviewer\n            notes\n            staffLevelsInvolved\n            category\n            startedAt\n            updatedAt\n          }\n          peopleInvolved {\n            name\n            role\n            addedAt\n          }\n          findings\n          actionTaken {\n            kind\n            details\n          }\n          outcome\n          disclosure {\n            decision\n            text\n            disclosedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrFilePeople($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          subjectEmployee {\n            name\n          }\n          peopleInvolved {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrFilePeople($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        status\n        staffComplaint {\n          status\n          subjectEmployee {\n            name\n          }\n          peopleInvolved {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPersonInvolved($caseId: ID!, $person: HrPersonInvolvedInput!) {\n    addPersonInvolved(caseId: $caseId, person: $person) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPersonInvolved($caseId: ID!, $person: HrPersonInvolvedInput!) {\n    addPersonInvolved(caseId: $caseId, person: $person) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseStaffComplaint(\n    $caseId: ID!\n    $outcome: StaffComplaintOutcome!\n    $disclosure: HrDisclosureInput\n  ) {\n    closeStaffComplaint(caseId: $caseId, outcome: $outcome, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseStaffComplaint(\n    $caseId: ID!\n    $outcome: StaffComplaintOutcome!\n    $disclosure: HrDisclosureInput\n  ) {\n    closeStaffComplaint(caseId: $caseId, outcome: $outcome, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrQueue($first: Int, $after: String, $status: HrFileStatus) {\n    hrQueue(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffComplaint {\n            status\n            openedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrQueue($first: Int, $after: String, $status: HrFileStatus) {\n    hrQueue(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          staffComplaint {\n            status\n            openedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrMonthlySummary($fromMonth: String!, $toMonth: String!) {\n    hrMonthlySummary(fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      category\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query HrMonthlySummary($fromMonth: String!, $toMonth: String!) {\n    hrMonthlySummary(fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      category\n      status\n      count\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;