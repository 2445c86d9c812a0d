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
    "\n  fragment RoutedCaseFields on Case {\n    id\n    priority\n    routingStage\n    department {\n      id\n      name\n    }\n    assignment {\n      staff {\n        id\n        department {\n          id\n        }\n      }\n      assignedAt\n    }\n    deadlines {\n      clock\n      dueAt\n      metAt\n      state\n    }\n    escalation {\n      level\n      aboutHeadOfService\n      final\n    }\n    routingHistory {\n      action\n      reason\n      actor\n      priority\n      fromDepartment {\n        id\n      }\n      toDepartment {\n        id\n      }\n      staff {\n        id\n      }\n    }\n    outcome {\n      outcome\n      disposition\n      appealWindowClosesAt\n    }\n    appeal {\n      lodgedAt\n      reasons\n    }\n    referral {\n      agency {\n        id\n        name\n      }\n      disposition\n    }\n  }\n": typeof types.RoutedCaseFieldsFragmentDoc,
    "\n  query RoutedCaseEntity($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        ...RoutedCaseFields\n      }\n    }\n  }\n": typeof types.RoutedCaseEntityDocument,
    "\n  query AgencyReferralQueue($state: AgencyReferralState, $first: Int, $after: String) {\n    agencyReferralQueue(state: $state, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          receivedAt\n          referredAt\n          decidedAt\n          declineReason\n          agencyStatus\n          caseStatus\n          agency {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgencyReferralQueueDocument,
    "\n  mutation AgencyAcceptReferral($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n      decidedAt\n    }\n  }\n": typeof types.AgencyAcceptReferralDocument,
    "\n  mutation AgencyDeclineReferral($caseId: ID!, $reason: String!) {\n    declineAgencyReferral(caseId: $caseId, reason: $reason) {\n      caseId\n      state\n      declineReason\n    }\n  }\n": typeof types.AgencyDeclineReferralDocument,
    "\n  mutation AgencyRecordStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n": typeof types.AgencyRecordStatusDocument,
    "\n  mutation AgencyCaseAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n": typeof types.AgencyCaseAssignDocument,
    "\n  mutation CommandReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandRerouteDocument,
    "\n  mutation CommandAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandAssignDocument,
    "\n  mutation CommandChangePriority($caseId: ID!, $priority: Priority!, $reason: String!) {\n    changePriority(caseId: $caseId, priority: $priority, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandChangePriorityDocument,
    "\n  mutation CommandEscalate($caseId: ID!, $reason: String!, $about: Boolean!) {\n    escalateCase(caseId: $caseId, reason: $reason, aboutHeadOfService: $about) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandEscalateDocument,
    "\n  mutation CommandComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandCompleteDocument,
    "\n  mutation CommandLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandLodgeAppealDocument,
    "\n  mutation CommandAcknowledge($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandAcknowledgeDocument,
    "\n  mutation CommandInviteToAppealHearing($caseId: ID!, $hearingAt: DateTimeISO!) {\n    inviteToAppealHearing(caseId: $caseId, hearingAt: $hearingAt) {\n      ...RoutedCaseFields\n    }\n  }\n": typeof types.CommandInviteToAppealHearingDocument,
    "\n  query CommandDepartmentWorkload($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n      staff {\n        id\n        name\n        openAssignments\n      }\n    }\n  }\n": typeof types.CommandDepartmentWorkloadDocument,
    "\n  query DepartmentQueue($departmentId: ID!, $first: Int, $after: String, $filter: QueueFilter) {\n    departmentQueue(departmentId: $departmentId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          priority\n          routingStage\n          department {\n            id\n            name\n          }\n          assignment {\n            staff {\n              id\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DepartmentQueueDocument,
    "\n  query DepartmentsAndAgencies {\n    departments {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n    agencies {\n      id\n      kind\n      contact\n    }\n  }\n": typeof types.DepartmentsAndAgenciesDocument,
};
const documents: Documents = {
    "\n  fragment RoutedCaseFields on Case {\n    id\n    priority\n    routingStage\n    department {\n      id\n      name\n    }\n    assignment {\n      staff {\n        id\n        department {\n          id\n        }\n      }\n      assignedAt\n    }\n    deadlines {\n      clock\n      dueAt\n      metAt\n      state\n    }\n    escalation {\n      level\n      aboutHeadOfService\n      final\n    }\n    routingHistory {\n      action\n      reason\n      actor\n      priority\n      fromDepartment {\n        id\n      }\n      toDepartment {\n        id\n      }\n      staff {\n        id\n      }\n    }\n    outcome {\n      outcome\n      disposition\n      appealWindowClosesAt\n    }\n    appeal {\n      lodgedAt\n      reasons\n    }\n    referral {\n      agency {\n        id\n        name\n      }\n      disposition\n    }\n  }\n": types.RoutedCaseFieldsFragmentDoc,
    "\n  query RoutedCaseEntity($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        ...RoutedCaseFields\n      }\n    }\n  }\n": types.RoutedCaseEntityDocument,
    "\n  query AgencyReferralQueue($state: AgencyReferralState, $first: Int, $after: String) {\n    agencyReferralQueue(state: $state, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          receivedAt\n          referredAt\n          decidedAt\n          declineReason\n          agencyStatus\n          caseStatus\n          agency {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgencyReferralQueueDocument,
    "\n  mutation AgencyAcceptReferral($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n      decidedAt\n    }\n  }\n": types.AgencyAcceptReferralDocument,
    "\n  mutation AgencyDeclineReferral($caseId: ID!, $reason: String!) {\n    declineAgencyReferral(caseId: $caseId, reason: $reason) {\n      caseId\n      state\n      declineReason\n    }\n  }\n": types.AgencyDeclineReferralDocument,
    "\n  mutation AgencyRecordStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n": types.AgencyRecordStatusDocument,
    "\n  mutation AgencyCaseAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n": types.AgencyCaseAssignDocument,
    "\n  mutation CommandReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandRerouteDocument,
    "\n  mutation CommandAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandAssignDocument,
    "\n  mutation CommandChangePriority($caseId: ID!, $priority: Priority!, $reason: String!) {\n    changePriority(caseId: $caseId, priority: $priority, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandChangePriorityDocument,
    "\n  mutation CommandEscalate($caseId: ID!, $reason: String!, $about: Boolean!) {\n    escalateCase(caseId: $caseId, reason: $reason, aboutHeadOfService: $about) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandEscalateDocument,
    "\n  mutation CommandComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandCompleteDocument,
    "\n  mutation CommandLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandLodgeAppealDocument,
    "\n  mutation CommandAcknowledge($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandAcknowledgeDocument,
    "\n  mutation CommandInviteToAppealHearing($caseId: ID!, $hearingAt: DateTimeISO!) {\n    inviteToAppealHearing(caseId: $caseId, hearingAt: $hearingAt) {\n      ...RoutedCaseFields\n    }\n  }\n": types.CommandInviteToAppealHearingDocument,
    "\n  query CommandDepartmentWorkload($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n      staff {\n        id\n        name\n        openAssignments\n      }\n    }\n  }\n": types.CommandDepartmentWorkloadDocument,
    "\n  query DepartmentQueue($departmentId: ID!, $first: Int, $after: String, $filter: QueueFilter) {\n    departmentQueue(departmentId: $departmentId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          priority\n          routingStage\n          department {\n            id\n            name\n          }\n          assignment {\n            staff {\n              id\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.DepartmentQueueDocument,
    "\n  query DepartmentsAndAgencies {\n    departments {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n    agencies {\n      id\n      kind\n      contact\n    }\n  }\n": types.DepartmentsAndAgenciesDocument,
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
export function graphql(source: "\n  fragment RoutedCaseFields on Case {\n    id\n    priority\n    routingStage\n    department {\n      id\n      name\n    }\n    assignment {\n      staff {\n        id\n        department {\n          id\n        }\n      }\n      assignedAt\n    }\n    deadlines {\n      clock\n      dueAt\n      metAt\n      state\n    }\n    escalation {\n      level\n      aboutHeadOfService\n      final\n    }\n    routingHistory {\n      action\n      reason\n      actor\n      priority\n      fromDepartment {\n        id\n      }\n      toDepartment {\n        id\n      }\n      staff {\n        id\n      }\n    }\n    outcome {\n      outcome\n      disposition\n      appealWindowClosesAt\n    }\n    appeal {\n      lodgedAt\n      reasons\n    }\n    referral {\n      agency {\n        id\n        name\n      }\n      disposition\n    }\n  }\n"): (typeof documents)["\n  fragment RoutedCaseFields on Case {\n    id\n    priority\n    routingStage\n    department {\n      id\n      name\n    }\n    assignment {\n      staff {\n        id\n        department {\n          id\n        }\n      }\n      assignedAt\n    }\n    deadlines {\n      clock\n      dueAt\n      metAt\n      state\n    }\n    escalation {\n      level\n      aboutHeadOfService\n      final\n    }\n    routingHistory {\n      action\n      reason\n      actor\n      priority\n      fromDepartment {\n        id\n      }\n      toDepartment {\n        id\n      }\n      staff {\n        id\n      }\n    }\n    outcome {\n      outcome\n      disposition\n      appealWindowClosesAt\n    }\n    appeal {\n      lodgedAt\n      reasons\n    }\n    referral {\n      agency {\n        id\n        name\n      }\n      disposition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutedCaseEntity($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        ...RoutedCaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutedCaseEntity($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Case {\n        ...RoutedCaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyReferralQueue($state: AgencyReferralState, $first: Int, $after: String) {\n    agencyReferralQueue(state: $state, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          receivedAt\n          referredAt\n          decidedAt\n          declineReason\n          agencyStatus\n          caseStatus\n          agency {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyReferralQueue($state: AgencyReferralState, $first: Int, $after: String) {\n    agencyReferralQueue(state: $state, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          receivedAt\n          referredAt\n          decidedAt\n          declineReason\n          agencyStatus\n          caseStatus\n          agency {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyAcceptReferral($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyAcceptReferral($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyDeclineReferral($caseId: ID!, $reason: String!) {\n    declineAgencyReferral(caseId: $caseId, reason: $reason) {\n      caseId\n      state\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyDeclineReferral($caseId: ID!, $reason: String!) {\n    declineAgencyReferral(caseId: $caseId, reason: $reason) {\n      caseId\n      state\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyRecordStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyRecordStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyCaseAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyCaseAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandChangePriority($caseId: ID!, $priority: Priority!, $reason: String!) {\n    changePriority(caseId: $caseId, priority: $priority, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandChangePriority($caseId: ID!, $priority: Priority!, $reason: String!) {\n    changePriority(caseId: $caseId, priority: $priority, reason: $reason) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandEscalate($caseId: ID!, $reason: String!, $about: Boolean!) {\n    escalateCase(caseId: $caseId, reason: $reason, aboutHeadOfService: $about) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandEscalate($caseId: ID!, $reason: String!, $about: Boolean!) {\n    escalateCase(caseId: $caseId, reason: $reason, aboutHeadOfService: $about) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandAcknowledge($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandAcknowledge($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommandInviteToAppealHearing($caseId: ID!, $hearingAt: DateTimeISO!) {\n    inviteToAppealHearing(caseId: $caseId, hearingAt: $hearingAt) {\n      ...RoutedCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommandInviteToAppealHearing($caseId: ID!, $hearingAt: DateTimeISO!) {\n    inviteToAppealHearing(caseId: $caseId, hearingAt: $hearingAt) {\n      ...RoutedCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandDepartmentWorkload($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n      staff {\n        id\n        name\n        openAssignments\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommandDepartmentWorkload($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n      staff {\n        id\n        name\n        openAssignments\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentQueue($departmentId: ID!, $first: Int, $after: String, $filter: QueueFilter) {\n    departmentQueue(departmentId: $departmentId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          priority\n          routingStage\n          department {\n            id\n            name\n          }\n          assignment {\n            staff {\n              id\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentQueue($departmentId: ID!, $first: Int, $after: String, $filter: QueueFilter) {\n    departmentQueue(departmentId: $departmentId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          priority\n          routingStage\n          department {\n            id\n            name\n          }\n          assignment {\n            staff {\n              id\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentsAndAgencies {\n    departments {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n    agencies {\n      id\n      kind\n      contact\n    }\n  }\n"): (typeof documents)["\n  query DepartmentsAndAgencies {\n    departments {\n      id\n      name\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n    agencies {\n      id\n      kind\n      contact\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;