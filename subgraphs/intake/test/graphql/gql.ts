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
    "\n  query CaseWithReporter($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      description\n      status\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n      }\n      onBehalfOf {\n        representedPersonName\n      }\n    }\n  }\n": typeof types.CaseWithReporterDocument,
    "\n  query ReportersPage($first: Int) {\n    cases(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            anonymous\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportersPageDocument,
    "\n  query CaseId($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": typeof types.CaseIdDocument,
    "\n  query CaseReferences($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        description\n      }\n    }\n  }\n": typeof types.CaseReferencesDocument,
    "\n  query IntakeAccessLog($caseId: ID) {\n    intakeAccessLog(caseId: $caseId) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n    }\n  }\n": typeof types.IntakeAccessLogDocument,
    "\n  mutation UpdateContact($caseId: ID!, $contact: ReporterContactInput!) {\n    updateReporterContact(caseId: $caseId, contact: $contact) {\n      id\n      updatedAt\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  query Consent($id: ID!) {\n    case(id: $id) {\n      onBehalfOf {\n        representedPersonName\n        relationship\n        consentGiven\n        consentRecordedAt\n        consentMethod\n      }\n    }\n  }\n": typeof types.ConsentDocument,
    "\n  query Representation($id: ID!) {\n    case(id: $id) {\n      reporter {\n        representative\n        excludedCompanions\n      }\n    }\n  }\n": typeof types.RepresentationDocument,
    "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          srNumber\n          kind\n          channel\n          status\n          receivedAt\n          location {\n            ward\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseBySrNumber($srNumber: String!) {\n    caseBySrNumber(srNumber: $srNumber) {\n      id\n    }\n  }\n": typeof types.CaseBySrNumberDocument,
    "\n  query CaseEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        srNumber\n        kind\n      }\n    }\n  }\n": typeof types.CaseEntitiesDocument,
    "\n  query CaseText($id: ID!) {\n    case(id: $id) {\n      description\n      location {\n        address\n      }\n      reporter {\n        name\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.CaseTextDocument,
    "\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n": typeof types.ServiceSdlDocument,
    "\n  query CouncilOfficeNotices($office: String, $first: Int, $after: String) {\n    councilOfficeNotices(office: $office, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n          case {\n            id\n            status\n            channel\n            councilOffice\n          }\n        }\n      }\n    }\n  }\n": typeof types.CouncilOfficeNoticesDocument,
    "\n  mutation Submit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n": typeof types.SubmitDocument,
    "\n  mutation Log($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      kind\n      channel\n      subjectCategory\n      councilOffice\n      receivingDepartment\n      receivedAt\n      loggedBy\n      serviceCode\n      description\n      status\n      updatedAt\n      location {\n        address\n        latitude\n        longitude\n        ward\n      }\n      attachments {\n        url\n        mediaType\n        sha256\n      }\n    }\n  }\n": typeof types.LogDocument,
    "\n  query Track($srNumber: String!) {\n    trackCase(srNumber: $srNumber) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n": typeof types.TrackDocument,
    "\n  mutation Withdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      srNumber\n      status\n      closedAt\n      updatedAt\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  query CaseCount($first: Int) {\n    cases(first: $first) {\n      totalCount\n    }\n  }\n": typeof types.CaseCountDocument,
};
const documents: Documents = {
    "\n  query CaseWithReporter($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      description\n      status\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n      }\n      onBehalfOf {\n        representedPersonName\n      }\n    }\n  }\n": types.CaseWithReporterDocument,
    "\n  query ReportersPage($first: Int) {\n    cases(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            anonymous\n          }\n        }\n      }\n    }\n  }\n": types.ReportersPageDocument,
    "\n  query CaseId($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n": types.CaseIdDocument,
    "\n  query CaseReferences($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        description\n      }\n    }\n  }\n": types.CaseReferencesDocument,
    "\n  query IntakeAccessLog($caseId: ID) {\n    intakeAccessLog(caseId: $caseId) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n    }\n  }\n": types.IntakeAccessLogDocument,
    "\n  mutation UpdateContact($caseId: ID!, $contact: ReporterContactInput!) {\n    updateReporterContact(caseId: $caseId, contact: $contact) {\n      id\n      updatedAt\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n        preferredLanguage\n      }\n    }\n  }\n": types.UpdateContactDocument,
    "\n  query Consent($id: ID!) {\n    case(id: $id) {\n      onBehalfOf {\n        representedPersonName\n        relationship\n        consentGiven\n        consentRecordedAt\n        consentMethod\n      }\n    }\n  }\n": types.ConsentDocument,
    "\n  query Representation($id: ID!) {\n    case(id: $id) {\n      reporter {\n        representative\n        excludedCompanions\n      }\n    }\n  }\n": types.RepresentationDocument,
    "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          srNumber\n          kind\n          channel\n          status\n          receivedAt\n          location {\n            ward\n          }\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseBySrNumber($srNumber: String!) {\n    caseBySrNumber(srNumber: $srNumber) {\n      id\n    }\n  }\n": types.CaseBySrNumberDocument,
    "\n  query CaseEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        srNumber\n        kind\n      }\n    }\n  }\n": types.CaseEntitiesDocument,
    "\n  query CaseText($id: ID!) {\n    case(id: $id) {\n      description\n      location {\n        address\n      }\n      reporter {\n        name\n        preferredLanguage\n      }\n    }\n  }\n": types.CaseTextDocument,
    "\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n": types.ServiceSdlDocument,
    "\n  query CouncilOfficeNotices($office: String, $first: Int, $after: String) {\n    councilOfficeNotices(office: $office, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n          case {\n            id\n            status\n            channel\n            councilOffice\n          }\n        }\n      }\n    }\n  }\n": types.CouncilOfficeNoticesDocument,
    "\n  mutation Submit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n": types.SubmitDocument,
    "\n  mutation Log($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      kind\n      channel\n      subjectCategory\n      councilOffice\n      receivingDepartment\n      receivedAt\n      loggedBy\n      serviceCode\n      description\n      status\n      updatedAt\n      location {\n        address\n        latitude\n        longitude\n        ward\n      }\n      attachments {\n        url\n        mediaType\n        sha256\n      }\n    }\n  }\n": types.LogDocument,
    "\n  query Track($srNumber: String!) {\n    trackCase(srNumber: $srNumber) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n": types.TrackDocument,
    "\n  mutation Withdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      srNumber\n      status\n      closedAt\n      updatedAt\n    }\n  }\n": types.WithdrawDocument,
    "\n  query CaseCount($first: Int) {\n    cases(first: $first) {\n      totalCount\n    }\n  }\n": types.CaseCountDocument,
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
export function graphql(source: "\n  query CaseWithReporter($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      description\n      status\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n      }\n      onBehalfOf {\n        representedPersonName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseWithReporter($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      description\n      status\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n      }\n      onBehalfOf {\n        representedPersonName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportersPage($first: Int) {\n    cases(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            anonymous\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportersPage($first: Int) {\n    cases(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            anonymous\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseId($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CaseId($id: ID!) {\n    case(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseReferences($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseReferences($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeAccessLog($caseId: ID) {\n    intakeAccessLog(caseId: $caseId) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n    }\n  }\n"): (typeof documents)["\n  query IntakeAccessLog($caseId: ID) {\n    intakeAccessLog(caseId: $caseId) {\n      readerSubject\n      readerRoles\n      caseId\n      field\n      granted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($caseId: ID!, $contact: ReporterContactInput!) {\n    updateReporterContact(caseId: $caseId, contact: $contact) {\n      id\n      updatedAt\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($caseId: ID!, $contact: ReporterContactInput!) {\n    updateReporterContact(caseId: $caseId, contact: $contact) {\n      id\n      updatedAt\n      reporter {\n        anonymous\n        name\n        email\n        mobilePhone\n        preferredLanguage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consent($id: ID!) {\n    case(id: $id) {\n      onBehalfOf {\n        representedPersonName\n        relationship\n        consentGiven\n        consentRecordedAt\n        consentMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consent($id: ID!) {\n    case(id: $id) {\n      onBehalfOf {\n        representedPersonName\n        relationship\n        consentGiven\n        consentRecordedAt\n        consentMethod\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Representation($id: ID!) {\n    case(id: $id) {\n      reporter {\n        representative\n        excludedCompanions\n      }\n    }\n  }\n"): (typeof documents)["\n  query Representation($id: ID!) {\n    case(id: $id) {\n      reporter {\n        representative\n        excludedCompanions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          srNumber\n          kind\n          channel\n          status\n          receivedAt\n          location {\n            ward\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          srNumber\n          kind\n          channel\n          status\n          receivedAt\n          location {\n            ward\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseBySrNumber($srNumber: String!) {\n    caseBySrNumber(srNumber: $srNumber) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CaseBySrNumber($srNumber: String!) {\n    caseBySrNumber(srNumber: $srNumber) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        srNumber\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseEntities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        id\n        srNumber\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseText($id: ID!) {\n    case(id: $id) {\n      description\n      location {\n        address\n      }\n      reporter {\n        name\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseText($id: ID!) {\n    case(id: $id) {\n      description\n      location {\n        address\n      }\n      reporter {\n        name\n        preferredLanguage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n"): (typeof documents)["\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilOfficeNotices($office: String, $first: Int, $after: String) {\n    councilOfficeNotices(office: $office, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n          case {\n            id\n            status\n            channel\n            councilOffice\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilOfficeNotices($office: String, $first: Int, $after: String) {\n    councilOfficeNotices(office: $office, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n          case {\n            id\n            status\n            channel\n            councilOffice\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n"): (typeof documents)["\n  mutation Submit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Log($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      kind\n      channel\n      subjectCategory\n      councilOffice\n      receivingDepartment\n      receivedAt\n      loggedBy\n      serviceCode\n      description\n      status\n      updatedAt\n      location {\n        address\n        latitude\n        longitude\n        ward\n      }\n      attachments {\n        url\n        mediaType\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Log($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      kind\n      channel\n      subjectCategory\n      councilOffice\n      receivingDepartment\n      receivedAt\n      loggedBy\n      serviceCode\n      description\n      status\n      updatedAt\n      location {\n        address\n        latitude\n        longitude\n        ward\n      }\n      attachments {\n        url\n        mediaType\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Track($srNumber: String!) {\n    trackCase(srNumber: $srNumber) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n"): (typeof documents)["\n  query Track($srNumber: String!) {\n    trackCase(srNumber: $srNumber) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      srNumber\n      status\n      closedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      srNumber\n      status\n      closedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseCount($first: Int) {\n    cases(first: $first) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CaseCount($first: Int) {\n    cases(first: $first) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;