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
    "\n  query MatrixCaseDepartmentPriority($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n      priority\n    }\n  }\n": typeof types.MatrixCaseDepartmentPriorityDocument,
    "\n  query MatrixCaseOpaReferral($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      opaReferral {\n        destination\n      }\n    }\n  }\n": typeof types.MatrixCaseOpaReferralDocument,
    "\n  query MatrixCaseReporter($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      reporter {\n        name\n      }\n    }\n  }\n": typeof types.MatrixCaseReporterDocument,
    "\n  query MatrixDepartmentQueue($departmentId: ID!) {\n    departmentQueue(departmentId: $departmentId, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MatrixDepartmentQueueDocument,
    "\n  query MatrixReferredCases {\n    referredTitleVICases(first: 100) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n": typeof types.MatrixReferredCasesDocument,
    "\n  mutation MatrixRetaliation($caseId: ID!) {\n    recordRetaliationAllegation(\n      caseId: $caseId\n      description: \"I was moved off my shift after filing.\"\n      inWriting: true\n    ) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n": typeof types.MatrixRetaliationDocument,
    "\n  query CompletionRouting($id: ID!) {\n    case(id: $id) {\n      routingStage\n      department {\n        id\n        name\n      }\n      referral {\n        agency {\n          name\n        }\n        disposition\n      }\n    }\n  }\n": typeof types.CompletionRoutingDocument,
    "\n  mutation CompletionComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n": typeof types.CompletionCompleteDocument,
    "\n  query CompletionCouncilNotices($office: String) {\n    councilOfficeNotices(office: $office) {\n      totalCount\n      edges {\n        node {\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CompletionCouncilNoticesDocument,
    "\n  mutation AgenciesFileComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n      titleVI {\n        stage\n      }\n    }\n  }\n": typeof types.AgenciesFileComplaintDocument,
    "\n  mutation AgenciesReferComplaint($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n      status\n    }\n  }\n": typeof types.AgenciesReferComplaintDocument,
    "\n  query AgenciesReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      titleVI {\n        referrals {\n          agencyId\n          decisions {\n            agencyId\n            decision\n            agencyStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgenciesReferralsDocument,
    "\n  query AgenciesQueue {\n    agencyReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          agencyStatus\n          caseStatus\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgenciesQueueDocument,
    "\n  mutation AgenciesAccept($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n    }\n  }\n": typeof types.AgenciesAcceptDocument,
    "\n  mutation AgenciesStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n": typeof types.AgenciesStatusDocument,
    "\n        query FuzzStillAnswers {\n          __typename\n        }\n      ": typeof types.FuzzStillAnswersDocument,
    "\n  query ProductionSrNumber($id: ID!) {\n    case(id: $id) {\n      srNumber\n    }\n  }\n": typeof types.ProductionSrNumberDocument,
    "\n  query GatewayTypename {\n    __typename\n  }\n": typeof types.GatewayTypenameDocument,
    "\n  query GatewayCaseCount($n: Int) {\n    cases(first: $n) {\n      totalCount\n    }\n  }\n": typeof types.GatewayCaseCountDocument,
    "\n  query GatewayCaseRouting($id: ID!) {\n    case(id: $id) {\n      srNumber\n      routingStage\n    }\n  }\n": typeof types.GatewayCaseRoutingDocument,
    "\n  query GatewayCasesWithAssignments {\n    cases(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          assignment {\n            assignedAt\n            staff {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GatewayCasesWithAssignmentsDocument,
    "\n        query GatewayHundredCases {\n          cases(first: 100) {\n            totalCount\n          }\n        }\n      ": typeof types.GatewayHundredCasesDocument,
    "\n        mutation GatewayFourSubmissions(\n          $a: SubmitCaseInput!\n          $b: SubmitCaseInput!\n          $c: SubmitCaseInput!\n          $d: SubmitCaseInput!\n        ) {\n          a: submitCase(input: $a) {\n            caseId\n          }\n          b: submitCase(input: $b) {\n            caseId\n          }\n          c: submitCase(input: $c) {\n            caseId\n          }\n          d: submitCase(input: $d) {\n            caseId\n          }\n        }\n      ": typeof types.GatewayFourSubmissionsDocument,
    "\n  query IntakeCaseCount {\n    cases(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.IntakeCaseCountDocument,
    "\n      mutation IntakeLogText($input: LogCaseInput!) {\n        logCase(input: $input) {\n          id\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    ": typeof types.IntakeLogTextDocument,
    "\n      query IntakeReadText($id: ID!) {\n        case(id: $id) {\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    ": typeof types.IntakeReadTextDocument,
    "\n      query IntakeReadWithReporter($id: ID!) {\n        case(id: $id) {\n          srNumber\n          channel\n          receivingDepartment\n          reporter {\n            email\n          }\n        }\n      }\n    ": typeof types.IntakeReadWithReporterDocument,
    "\n      query StartDemoLanguages {\n        cases(first: 100, filter: { channels: [MAIL, EMAIL, TTY] }) {\n          edges {\n            node {\n              description\n              reporter {\n                preferredLanguage\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.StartDemoLanguagesDocument,
    "\n  query RestrictedValuesCase($id: ID!, $sr: String!) {\n    case(id: $id) {\n      id\n      outcome {\n        outcome\n        disposition\n        appealWindowClosesAt\n      }\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n    trackCase(srNumber: $sr) {\n      srNumber\n      status\n      responsibleBody\n      closedAt\n    }\n  }\n": typeof types.RestrictedValuesCaseDocument,
    "\n  query RestrictedValuesReferred {\n    referredTitleVICases(first: 100) {\n      id\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n  }\n": typeof types.RestrictedValuesReferredDocument,
    "\n  query RestrictedValuesSummaries($from: String!, $to: String!) {\n    hrMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n": typeof types.RestrictedValuesSummariesDocument,
    "\n  query RestrictedValuesTitleViLog($from: DateTimeISO!, $to: DateTimeISO!) {\n    titleVILog(from: $from, to: $to) {\n      caseId\n      stage\n      status\n      referredTo\n      disposition\n    }\n  }\n": typeof types.RestrictedValuesTitleViLogDocument,
    "\n  query RestrictedValuesRoutingLog($caseId: ID!) {\n    routingAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      field\n      granted\n    }\n  }\n": typeof types.RestrictedValuesRoutingLogDocument,
    "\n  query RoutingCase($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      priority\n      routingStage\n      department {\n        id\n        name\n      }\n      assignment {\n        staff {\n          id\n        }\n      }\n      deadlines {\n        clock\n        dueAt\n        state\n      }\n      outcome {\n        outcome\n        disposition\n      }\n      referral {\n        agency {\n          id\n          name\n        }\n        disposition\n      }\n      routingHistory {\n        action\n        reason\n      }\n    }\n  }\n": typeof types.RoutingCaseDocument,
    "\n  query RoutingMonitors($id: ID!) {\n    department(id: $id) {\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n  }\n": typeof types.RoutingMonitorsDocument,
    "\n  query RoutingQueueIds($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RoutingQueueIdsDocument,
    "\n  query RoutingQueue($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          channel\n          receivedAt\n          description\n          location {\n            address\n            ward\n          }\n          priority\n          department {\n            name\n          }\n          assignment {\n            staff {\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RoutingQueueDocument,
    "\n  mutation RoutingAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n": typeof types.RoutingAssignDocument,
    "\n  mutation RoutingReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.RoutingRerouteDocument,
    "\n  mutation RoutingComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n": typeof types.RoutingCompleteDocument,
    "\n  mutation RoutingLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      id\n    }\n  }\n": typeof types.RoutingLodgeAppealDocument,
    "\n  query OfficesHrQueue {\n    hrQueue(first: 100) {\n      edges {\n        node {\n          id\n          staffComplaint {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficesHrQueueDocument,
    "\n  mutation OfficesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OfficesHrReviewDocument,
    "\n  mutation OfficesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficesHrFindingsDocument,
    "\n  mutation OfficesHrClose($caseId: ID!, $disclosure: HrDisclosureInput) {\n    closeStaffComplaint(caseId: $caseId, outcome: UPHELD, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n": typeof types.OfficesHrCloseDocument,
    "\n  query OfficesOpaQueue {\n    opaReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          opaReferral {\n            destination\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficesOpaQueueDocument,
    "\n  mutation OfficesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n      opaReferral {\n        opaNumber\n      }\n    }\n  }\n": typeof types.OfficesOpaAcceptDocument,
    "\n  mutation OfficesOpaStatus($caseId: ID!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: \"investigation under way\", status: IN_PROGRESS) {\n      id\n      status\n    }\n  }\n": typeof types.OfficesOpaStatusDocument,
    "\n  query OfficesCaseWithEverything($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      status\n      reporter {\n        name\n        email\n      }\n      department {\n        id\n      }\n      opaReferral {\n        destination\n        opaNumber\n        classification\n      }\n    }\n  }\n": typeof types.OfficesCaseWithEverythingDocument,
    "\n  query OfficesReporters {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficesReportersDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  mutation LogCase($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      receivedAt\n    }\n  }\n": typeof types.LogCaseDocument,
    "\n  query TrackCase($sr: String!) {\n    trackCase(srNumber: $sr) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n": typeof types.TrackCaseDocument,
    "\n  query OfficeCasesCaseDepartment($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n    }\n  }\n": typeof types.OfficeCasesCaseDepartmentDocument,
    "\n  mutation OfficeCasesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesHrReviewDocument,
    "\n  mutation OfficeCasesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesHrFindingsDocument,
    "\n  mutation OfficeCasesHrClose($caseId: ID!, $text: String!) {\n    closeStaffComplaint(\n      caseId: $caseId\n      outcome: UPHELD\n      disclosure: { decision: PARTIAL, text: $text }\n    ) {\n      id\n    }\n  }\n": typeof types.OfficeCasesHrCloseDocument,
    "\n  mutation OfficeCasesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n    }\n  }\n": typeof types.OfficeCasesOpaAcceptDocument,
    "\n  mutation OfficeCasesOpaStatus($caseId: ID!, $opaStatus: String!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: IN_PROGRESS) {\n      id\n    }\n  }\n": typeof types.OfficeCasesOpaStatusDocument,
    "\n  mutation OfficeCasesOpaOutcome($caseId: ID!, $disposition: String!) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: SUSTAINED\n      disposition: $disposition\n      summary: \"Search without stated cause; retraining ordered.\"\n    ) {\n      id\n    }\n  }\n": typeof types.OfficeCasesOpaOutcomeDocument,
    "\n  mutation OfficeCasesAuditAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesAuditAssessmentDocument,
    "\n  mutation OfficeCasesAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesAuditStepDocument,
    "\n  mutation OfficeCasesAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesAuditFindingsDocument,
    "\n  mutation OfficeCasesAuditClose($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesAuditCloseDocument,
    "\n  mutation OfficeCasesTitleViFile($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.OfficeCasesTitleViFileDocument,
    "\n  mutation OfficeCasesTitleViRefer($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n    }\n  }\n": typeof types.OfficeCasesTitleViReferDocument,
    "\n  mutation StatusSyncSubmit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n    }\n  }\n": typeof types.StatusSyncSubmitDocument,
    "\n  mutation StatusSyncReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.StatusSyncRerouteDocument,
    "\n  mutation StatusSyncWithdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n": typeof types.StatusSyncWithdrawDocument,
    "\n  mutation WithdrawTheCase($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n": typeof types.WithdrawTheCaseDocument,
    "\n  query WithdrawalRoutedTo($id: ID!) {\n    case(id: $id) {\n      department {\n        id\n      }\n    }\n  }\n": typeof types.WithdrawalRoutedToDocument,
};
const documents: Documents = {
    "\n  query MatrixCaseDepartmentPriority($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n      priority\n    }\n  }\n": types.MatrixCaseDepartmentPriorityDocument,
    "\n  query MatrixCaseOpaReferral($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      opaReferral {\n        destination\n      }\n    }\n  }\n": types.MatrixCaseOpaReferralDocument,
    "\n  query MatrixCaseReporter($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      reporter {\n        name\n      }\n    }\n  }\n": types.MatrixCaseReporterDocument,
    "\n  query MatrixDepartmentQueue($departmentId: ID!) {\n    departmentQueue(departmentId: $departmentId, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MatrixDepartmentQueueDocument,
    "\n  query MatrixReferredCases {\n    referredTitleVICases(first: 100) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n": types.MatrixReferredCasesDocument,
    "\n  mutation MatrixRetaliation($caseId: ID!) {\n    recordRetaliationAllegation(\n      caseId: $caseId\n      description: \"I was moved off my shift after filing.\"\n      inWriting: true\n    ) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n": types.MatrixRetaliationDocument,
    "\n  query CompletionRouting($id: ID!) {\n    case(id: $id) {\n      routingStage\n      department {\n        id\n        name\n      }\n      referral {\n        agency {\n          name\n        }\n        disposition\n      }\n    }\n  }\n": types.CompletionRoutingDocument,
    "\n  mutation CompletionComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n": types.CompletionCompleteDocument,
    "\n  query CompletionCouncilNotices($office: String) {\n    councilOfficeNotices(office: $office) {\n      totalCount\n      edges {\n        node {\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n        }\n      }\n    }\n  }\n": types.CompletionCouncilNoticesDocument,
    "\n  mutation AgenciesFileComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n      titleVI {\n        stage\n      }\n    }\n  }\n": types.AgenciesFileComplaintDocument,
    "\n  mutation AgenciesReferComplaint($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n      status\n    }\n  }\n": types.AgenciesReferComplaintDocument,
    "\n  query AgenciesReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      titleVI {\n        referrals {\n          agencyId\n          decisions {\n            agencyId\n            decision\n            agencyStatus\n          }\n        }\n      }\n    }\n  }\n": types.AgenciesReferralsDocument,
    "\n  query AgenciesQueue {\n    agencyReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          agencyStatus\n          caseStatus\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AgenciesQueueDocument,
    "\n  mutation AgenciesAccept($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n    }\n  }\n": types.AgenciesAcceptDocument,
    "\n  mutation AgenciesStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n": types.AgenciesStatusDocument,
    "\n        query FuzzStillAnswers {\n          __typename\n        }\n      ": types.FuzzStillAnswersDocument,
    "\n  query ProductionSrNumber($id: ID!) {\n    case(id: $id) {\n      srNumber\n    }\n  }\n": types.ProductionSrNumberDocument,
    "\n  query GatewayTypename {\n    __typename\n  }\n": types.GatewayTypenameDocument,
    "\n  query GatewayCaseCount($n: Int) {\n    cases(first: $n) {\n      totalCount\n    }\n  }\n": types.GatewayCaseCountDocument,
    "\n  query GatewayCaseRouting($id: ID!) {\n    case(id: $id) {\n      srNumber\n      routingStage\n    }\n  }\n": types.GatewayCaseRoutingDocument,
    "\n  query GatewayCasesWithAssignments {\n    cases(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          assignment {\n            assignedAt\n            staff {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GatewayCasesWithAssignmentsDocument,
    "\n        query GatewayHundredCases {\n          cases(first: 100) {\n            totalCount\n          }\n        }\n      ": types.GatewayHundredCasesDocument,
    "\n        mutation GatewayFourSubmissions(\n          $a: SubmitCaseInput!\n          $b: SubmitCaseInput!\n          $c: SubmitCaseInput!\n          $d: SubmitCaseInput!\n        ) {\n          a: submitCase(input: $a) {\n            caseId\n          }\n          b: submitCase(input: $b) {\n            caseId\n          }\n          c: submitCase(input: $c) {\n            caseId\n          }\n          d: submitCase(input: $d) {\n            caseId\n          }\n        }\n      ": types.GatewayFourSubmissionsDocument,
    "\n  query IntakeCaseCount {\n    cases(first: 5) {\n      totalCount\n    }\n  }\n": types.IntakeCaseCountDocument,
    "\n      mutation IntakeLogText($input: LogCaseInput!) {\n        logCase(input: $input) {\n          id\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    ": types.IntakeLogTextDocument,
    "\n      query IntakeReadText($id: ID!) {\n        case(id: $id) {\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    ": types.IntakeReadTextDocument,
    "\n      query IntakeReadWithReporter($id: ID!) {\n        case(id: $id) {\n          srNumber\n          channel\n          receivingDepartment\n          reporter {\n            email\n          }\n        }\n      }\n    ": types.IntakeReadWithReporterDocument,
    "\n      query StartDemoLanguages {\n        cases(first: 100, filter: { channels: [MAIL, EMAIL, TTY] }) {\n          edges {\n            node {\n              description\n              reporter {\n                preferredLanguage\n              }\n            }\n          }\n        }\n      }\n    ": types.StartDemoLanguagesDocument,
    "\n  query RestrictedValuesCase($id: ID!, $sr: String!) {\n    case(id: $id) {\n      id\n      outcome {\n        outcome\n        disposition\n        appealWindowClosesAt\n      }\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n    trackCase(srNumber: $sr) {\n      srNumber\n      status\n      responsibleBody\n      closedAt\n    }\n  }\n": types.RestrictedValuesCaseDocument,
    "\n  query RestrictedValuesReferred {\n    referredTitleVICases(first: 100) {\n      id\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n  }\n": types.RestrictedValuesReferredDocument,
    "\n  query RestrictedValuesSummaries($from: String!, $to: String!) {\n    hrMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n": types.RestrictedValuesSummariesDocument,
    "\n  query RestrictedValuesTitleViLog($from: DateTimeISO!, $to: DateTimeISO!) {\n    titleVILog(from: $from, to: $to) {\n      caseId\n      stage\n      status\n      referredTo\n      disposition\n    }\n  }\n": types.RestrictedValuesTitleViLogDocument,
    "\n  query RestrictedValuesRoutingLog($caseId: ID!) {\n    routingAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      field\n      granted\n    }\n  }\n": types.RestrictedValuesRoutingLogDocument,
    "\n  query RoutingCase($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      priority\n      routingStage\n      department {\n        id\n        name\n      }\n      assignment {\n        staff {\n          id\n        }\n      }\n      deadlines {\n        clock\n        dueAt\n        state\n      }\n      outcome {\n        outcome\n        disposition\n      }\n      referral {\n        agency {\n          id\n          name\n        }\n        disposition\n      }\n      routingHistory {\n        action\n        reason\n      }\n    }\n  }\n": types.RoutingCaseDocument,
    "\n  query RoutingMonitors($id: ID!) {\n    department(id: $id) {\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n  }\n": types.RoutingMonitorsDocument,
    "\n  query RoutingQueueIds($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.RoutingQueueIdsDocument,
    "\n  query RoutingQueue($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          channel\n          receivedAt\n          description\n          location {\n            address\n            ward\n          }\n          priority\n          department {\n            name\n          }\n          assignment {\n            staff {\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RoutingQueueDocument,
    "\n  mutation RoutingAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n": types.RoutingAssignDocument,
    "\n  mutation RoutingReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n": types.RoutingRerouteDocument,
    "\n  mutation RoutingComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n": types.RoutingCompleteDocument,
    "\n  mutation RoutingLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      id\n    }\n  }\n": types.RoutingLodgeAppealDocument,
    "\n  query OfficesHrQueue {\n    hrQueue(first: 100) {\n      edges {\n        node {\n          id\n          staffComplaint {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.OfficesHrQueueDocument,
    "\n  mutation OfficesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.OfficesHrReviewDocument,
    "\n  mutation OfficesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n": types.OfficesHrFindingsDocument,
    "\n  mutation OfficesHrClose($caseId: ID!, $disclosure: HrDisclosureInput) {\n    closeStaffComplaint(caseId: $caseId, outcome: UPHELD, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n": types.OfficesHrCloseDocument,
    "\n  query OfficesOpaQueue {\n    opaReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          opaReferral {\n            destination\n          }\n        }\n      }\n    }\n  }\n": types.OfficesOpaQueueDocument,
    "\n  mutation OfficesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n      opaReferral {\n        opaNumber\n      }\n    }\n  }\n": types.OfficesOpaAcceptDocument,
    "\n  mutation OfficesOpaStatus($caseId: ID!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: \"investigation under way\", status: IN_PROGRESS) {\n      id\n      status\n    }\n  }\n": types.OfficesOpaStatusDocument,
    "\n  query OfficesCaseWithEverything($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      status\n      reporter {\n        name\n        email\n      }\n      department {\n        id\n      }\n      opaReferral {\n        destination\n        opaNumber\n        classification\n      }\n    }\n  }\n": types.OfficesCaseWithEverythingDocument,
    "\n  query OfficesReporters {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.OfficesReportersDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  mutation LogCase($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      receivedAt\n    }\n  }\n": types.LogCaseDocument,
    "\n  query TrackCase($sr: String!) {\n    trackCase(srNumber: $sr) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n": types.TrackCaseDocument,
    "\n  query OfficeCasesCaseDepartment($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n    }\n  }\n": types.OfficeCasesCaseDepartmentDocument,
    "\n  mutation OfficeCasesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesHrReviewDocument,
    "\n  mutation OfficeCasesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesHrFindingsDocument,
    "\n  mutation OfficeCasesHrClose($caseId: ID!, $text: String!) {\n    closeStaffComplaint(\n      caseId: $caseId\n      outcome: UPHELD\n      disclosure: { decision: PARTIAL, text: $text }\n    ) {\n      id\n    }\n  }\n": types.OfficeCasesHrCloseDocument,
    "\n  mutation OfficeCasesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n    }\n  }\n": types.OfficeCasesOpaAcceptDocument,
    "\n  mutation OfficeCasesOpaStatus($caseId: ID!, $opaStatus: String!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: IN_PROGRESS) {\n      id\n    }\n  }\n": types.OfficeCasesOpaStatusDocument,
    "\n  mutation OfficeCasesOpaOutcome($caseId: ID!, $disposition: String!) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: SUSTAINED\n      disposition: $disposition\n      summary: \"Search without stated cause; retraining ordered.\"\n    ) {\n      id\n    }\n  }\n": types.OfficeCasesOpaOutcomeDocument,
    "\n  mutation OfficeCasesAuditAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesAuditAssessmentDocument,
    "\n  mutation OfficeCasesAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesAuditStepDocument,
    "\n  mutation OfficeCasesAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesAuditFindingsDocument,
    "\n  mutation OfficeCasesAuditClose($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesAuditCloseDocument,
    "\n  mutation OfficeCasesTitleViFile($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.OfficeCasesTitleViFileDocument,
    "\n  mutation OfficeCasesTitleViRefer($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n    }\n  }\n": types.OfficeCasesTitleViReferDocument,
    "\n  mutation StatusSyncSubmit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n    }\n  }\n": types.StatusSyncSubmitDocument,
    "\n  mutation StatusSyncReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n": types.StatusSyncRerouteDocument,
    "\n  mutation StatusSyncWithdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n": types.StatusSyncWithdrawDocument,
    "\n  mutation WithdrawTheCase($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n": types.WithdrawTheCaseDocument,
    "\n  query WithdrawalRoutedTo($id: ID!) {\n    case(id: $id) {\n      department {\n        id\n      }\n    }\n  }\n": types.WithdrawalRoutedToDocument,
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
export function graphql(source: "\n  query MatrixCaseDepartmentPriority($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n      priority\n    }\n  }\n"): (typeof documents)["\n  query MatrixCaseDepartmentPriority($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixCaseOpaReferral($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      opaReferral {\n        destination\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixCaseOpaReferral($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      opaReferral {\n        destination\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixCaseReporter($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      reporter {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixCaseReporter($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      reporter {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDepartmentQueue($departmentId: ID!) {\n    departmentQueue(departmentId: $departmentId, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixDepartmentQueue($departmentId: ID!) {\n    departmentQueue(departmentId: $departmentId, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixReferredCases {\n    referredTitleVICases(first: 100) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixReferredCases {\n    referredTitleVICases(first: 100) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRetaliation($caseId: ID!) {\n    recordRetaliationAllegation(\n      caseId: $caseId\n      description: \"I was moved off my shift after filing.\"\n      inWriting: true\n    ) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRetaliation($caseId: ID!) {\n    recordRetaliationAllegation(\n      caseId: $caseId\n      description: \"I was moved off my shift after filing.\"\n      inWriting: true\n    ) {\n      id\n      titleVI {\n        caseId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionRouting($id: ID!) {\n    case(id: $id) {\n      routingStage\n      department {\n        id\n        name\n      }\n      referral {\n        agency {\n          name\n        }\n        disposition\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompletionRouting($id: ID!) {\n    case(id: $id) {\n      routingStage\n      department {\n        id\n        name\n      }\n      referral {\n        agency {\n          name\n        }\n        disposition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletionComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n"): (typeof documents)["\n  mutation CompletionComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionCouncilNotices($office: String) {\n    councilOfficeNotices(office: $office) {\n      totalCount\n      edges {\n        node {\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompletionCouncilNotices($office: String) {\n    councilOfficeNotices(office: $office) {\n      totalCount\n      edges {\n        node {\n          caseId\n          srNumber\n          councilOffice\n          outcome\n          disposition\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgenciesFileComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n      titleVI {\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgenciesFileComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n      titleVI {\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgenciesReferComplaint($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AgenciesReferComplaint($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgenciesReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      titleVI {\n        referrals {\n          agencyId\n          decisions {\n            agencyId\n            decision\n            agencyStatus\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgenciesReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      titleVI {\n        referrals {\n          agencyId\n          decisions {\n            agencyId\n            decision\n            agencyStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgenciesQueue {\n    agencyReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          agencyStatus\n          caseStatus\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgenciesQueue {\n    agencyReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          caseId\n          program\n          state\n          kind\n          agencyStatus\n          caseStatus\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgenciesAccept($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AgenciesAccept($caseId: ID!) {\n    acceptAgencyReferral(caseId: $caseId) {\n      caseId\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgenciesStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n"): (typeof documents)["\n  mutation AgenciesStatus(\n    $caseId: ID!\n    $status: CaseStatus!\n    $agencyStatus: String!\n    $reason: String\n  ) {\n    recordAgencyStatus(\n      caseId: $caseId\n      status: $status\n      agencyStatus: $agencyStatus\n      reason: $reason\n    ) {\n      caseId\n      state\n      agencyStatus\n      caseStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FuzzStillAnswers {\n          __typename\n        }\n      "): (typeof documents)["\n        query FuzzStillAnswers {\n          __typename\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionSrNumber($id: ID!) {\n    case(id: $id) {\n      srNumber\n    }\n  }\n"): (typeof documents)["\n  query ProductionSrNumber($id: ID!) {\n    case(id: $id) {\n      srNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query GatewayTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayCaseCount($n: Int) {\n    cases(first: $n) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query GatewayCaseCount($n: Int) {\n    cases(first: $n) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayCaseRouting($id: ID!) {\n    case(id: $id) {\n      srNumber\n      routingStage\n    }\n  }\n"): (typeof documents)["\n  query GatewayCaseRouting($id: ID!) {\n    case(id: $id) {\n      srNumber\n      routingStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayCasesWithAssignments {\n    cases(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          assignment {\n            assignedAt\n            staff {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GatewayCasesWithAssignments {\n    cases(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          assignment {\n            assignedAt\n            staff {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GatewayHundredCases {\n          cases(first: 100) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query GatewayHundredCases {\n          cases(first: 100) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GatewayFourSubmissions(\n          $a: SubmitCaseInput!\n          $b: SubmitCaseInput!\n          $c: SubmitCaseInput!\n          $d: SubmitCaseInput!\n        ) {\n          a: submitCase(input: $a) {\n            caseId\n          }\n          b: submitCase(input: $b) {\n            caseId\n          }\n          c: submitCase(input: $c) {\n            caseId\n          }\n          d: submitCase(input: $d) {\n            caseId\n          }\n        }\n      "): (typeof documents)["\n        mutation GatewayFourSubmissions(\n          $a: SubmitCaseInput!\n          $b: SubmitCaseInput!\n          $c: SubmitCaseInput!\n          $d: SubmitCaseInput!\n        ) {\n          a: submitCase(input: $a) {\n            caseId\n          }\n          b: submitCase(input: $b) {\n            caseId\n          }\n          c: submitCase(input: $c) {\n            caseId\n          }\n          d: submitCase(input: $d) {\n            caseId\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeCaseCount {\n    cases(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IntakeCaseCount {\n    cases(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IntakeLogText($input: LogCaseInput!) {\n        logCase(input: $input) {\n          id\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation IntakeLogText($input: LogCaseInput!) {\n        logCase(input: $input) {\n          id\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IntakeReadText($id: ID!) {\n        case(id: $id) {\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query IntakeReadText($id: ID!) {\n        case(id: $id) {\n          description\n          reporter {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IntakeReadWithReporter($id: ID!) {\n        case(id: $id) {\n          srNumber\n          channel\n          receivingDepartment\n          reporter {\n            email\n          }\n        }\n      }\n    "): (typeof documents)["\n      query IntakeReadWithReporter($id: ID!) {\n        case(id: $id) {\n          srNumber\n          channel\n          receivingDepartment\n          reporter {\n            email\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StartDemoLanguages {\n        cases(first: 100, filter: { channels: [MAIL, EMAIL, TTY] }) {\n          edges {\n            node {\n              description\n              reporter {\n                preferredLanguage\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StartDemoLanguages {\n        cases(first: 100, filter: { channels: [MAIL, EMAIL, TTY] }) {\n          edges {\n            node {\n              description\n              reporter {\n                preferredLanguage\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedValuesCase($id: ID!, $sr: String!) {\n    case(id: $id) {\n      id\n      outcome {\n        outcome\n        disposition\n        appealWindowClosesAt\n      }\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n    trackCase(srNumber: $sr) {\n      srNumber\n      status\n      responsibleBody\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  query RestrictedValuesCase($id: ID!, $sr: String!) {\n    case(id: $id) {\n      id\n      outcome {\n        outcome\n        disposition\n        appealWindowClosesAt\n      }\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n    trackCase(srNumber: $sr) {\n      srNumber\n      status\n      responsibleBody\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedValuesReferred {\n    referredTitleVICases(first: 100) {\n      id\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query RestrictedValuesReferred {\n    referredTitleVICases(first: 100) {\n      id\n      statusHistory {\n        status\n        agency\n        agencyStatus\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedValuesSummaries($from: String!, $to: String!) {\n    hrMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query RestrictedValuesSummaries($from: String!, $to: String!) {\n    hrMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    opaMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n    auditMonthlySummary(fromMonth: $from, toMonth: $to) {\n      month\n      category\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedValuesTitleViLog($from: DateTimeISO!, $to: DateTimeISO!) {\n    titleVILog(from: $from, to: $to) {\n      caseId\n      stage\n      status\n      referredTo\n      disposition\n    }\n  }\n"): (typeof documents)["\n  query RestrictedValuesTitleViLog($from: DateTimeISO!, $to: DateTimeISO!) {\n    titleVILog(from: $from, to: $to) {\n      caseId\n      stage\n      status\n      referredTo\n      disposition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedValuesRoutingLog($caseId: ID!) {\n    routingAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      field\n      granted\n    }\n  }\n"): (typeof documents)["\n  query RestrictedValuesRoutingLog($caseId: ID!) {\n    routingAccessLog(caseId: $caseId, first: 100) {\n      readerSubject\n      field\n      granted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingCase($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      priority\n      routingStage\n      department {\n        id\n        name\n      }\n      assignment {\n        staff {\n          id\n        }\n      }\n      deadlines {\n        clock\n        dueAt\n        state\n      }\n      outcome {\n        outcome\n        disposition\n      }\n      referral {\n        agency {\n          id\n          name\n        }\n        disposition\n      }\n      routingHistory {\n        action\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutingCase($id: ID!) {\n    case(id: $id) {\n      id\n      srNumber\n      kind\n      priority\n      routingStage\n      department {\n        id\n        name\n      }\n      assignment {\n        staff {\n          id\n        }\n      }\n      deadlines {\n        clock\n        dueAt\n        state\n      }\n      outcome {\n        outcome\n        disposition\n      }\n      referral {\n        agency {\n          id\n          name\n        }\n        disposition\n      }\n      routingHistory {\n        action\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingMonitors($id: ID!) {\n    department(id: $id) {\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutingMonitors($id: ID!) {\n    department(id: $id) {\n      primaryMonitor {\n        id\n      }\n      backupMonitor {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingQueueIds($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutingQueueIds($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingQueue($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          channel\n          receivedAt\n          description\n          location {\n            address\n            ward\n          }\n          priority\n          department {\n            name\n          }\n          assignment {\n            staff {\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutingQueue($departmentId: ID!, $first: Int) {\n    departmentQueue(departmentId: $departmentId, first: $first) {\n      edges {\n        node {\n          id\n          srNumber\n          kind\n          channel\n          receivedAt\n          description\n          location {\n            address\n            ward\n          }\n          priority\n          department {\n            name\n          }\n          assignment {\n            staff {\n              name\n            }\n          }\n          deadlines {\n            clock\n            dueAt\n            state\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutingAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RoutingAssign($caseId: ID!, $staffId: ID!) {\n    assignCase(caseId: $caseId, staffId: $staffId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutingReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RoutingReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutingComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n"): (typeof documents)["\n  mutation RoutingComplete($input: CompleteCaseInput!) {\n    completeCase(input: $input) {\n      routingStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutingLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RoutingLodgeAppeal($input: LodgeAppealInput!) {\n    lodgeAppeal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficesHrQueue {\n    hrQueue(first: 100) {\n      edges {\n        node {\n          id\n          staffComplaint {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficesHrQueue {\n    hrQueue(first: 100) {\n      edges {\n        node {\n          id\n          staffComplaint {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfficesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficesHrClose($caseId: ID!, $disclosure: HrDisclosureInput) {\n    closeStaffComplaint(caseId: $caseId, outcome: UPHELD, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfficesHrClose($caseId: ID!, $disclosure: HrDisclosureInput) {\n    closeStaffComplaint(caseId: $caseId, outcome: UPHELD, disclosure: $disclosure) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficesOpaQueue {\n    opaReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          opaReferral {\n            destination\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficesOpaQueue {\n    opaReferralQueue(first: 100) {\n      edges {\n        node {\n          id\n          opaReferral {\n            destination\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n      opaReferral {\n        opaNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OfficesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n      opaReferral {\n        opaNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficesOpaStatus($caseId: ID!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: \"investigation under way\", status: IN_PROGRESS) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfficesOpaStatus($caseId: ID!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: \"investigation under way\", status: IN_PROGRESS) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficesCaseWithEverything($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      status\n      reporter {\n        name\n        email\n      }\n      department {\n        id\n      }\n      opaReferral {\n        destination\n        opaNumber\n        classification\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficesCaseWithEverything($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      status\n      reporter {\n        name\n        email\n      }\n      department {\n        id\n      }\n      opaReferral {\n        destination\n        opaNumber\n        classification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficesReporters {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficesReporters {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          reporter {\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n      srNumber\n      status\n      receivedAt\n      ward\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCase($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LogCase($input: LogCaseInput!) {\n    logCase(input: $input) {\n      id\n      srNumber\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackCase($sr: String!) {\n    trackCase(srNumber: $sr) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n"): (typeof documents)["\n  query TrackCase($sr: String!) {\n    trackCase(srNumber: $sr) {\n      srNumber\n      kind\n      status\n      receivedAt\n      updatedAt\n      closedAt\n      responsibleBody\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeCasesCaseDepartment($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeCasesCaseDepartment($id: ID!) {\n    case(id: $id) {\n      id\n      kind\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesHrReview($input: HrReviewInput!) {\n    recordHrReview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesHrFindings($input: HrFindingsInput!) {\n    recordHrFindings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesHrClose($caseId: ID!, $text: String!) {\n    closeStaffComplaint(\n      caseId: $caseId\n      outcome: UPHELD\n      disclosure: { decision: PARTIAL, text: $text }\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesHrClose($caseId: ID!, $text: String!) {\n    closeStaffComplaint(\n      caseId: $caseId\n      outcome: UPHELD\n      disclosure: { decision: PARTIAL, text: $text }\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesOpaAccept($caseId: ID!, $opaNumber: String!) {\n    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesOpaStatus($caseId: ID!, $opaStatus: String!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: IN_PROGRESS) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesOpaStatus($caseId: ID!, $opaStatus: String!) {\n    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: IN_PROGRESS) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesOpaOutcome($caseId: ID!, $disposition: String!) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: SUSTAINED\n      disposition: $disposition\n      summary: \"Search without stated cause; retraining ordered.\"\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesOpaOutcome($caseId: ID!, $disposition: String!) {\n    recordOpaOutcome(\n      caseId: $caseId\n      outcome: SUSTAINED\n      disposition: $disposition\n      summary: \"Search without stated cause; retraining ordered.\"\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesAuditAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesAuditAssessment($input: AllegationAssessmentInput!) {\n    recordAllegationAssessment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesAuditStep($input: AddAuditStepInput!) {\n    addAuditStep(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesAuditFindings($input: RecordAuditFindingsInput!) {\n    recordAuditFindings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesAuditClose($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesAuditClose($input: CloseAuditFileInput!) {\n    closeAuditFile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesTitleViFile($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesTitleViFile($caseId: ID!, $input: TitleVIComplaintInput!) {\n    fileTitleVIComplaint(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCasesTitleViRefer($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeCasesTitleViRefer($caseId: ID!, $agencyIds: [String!]!) {\n    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusSyncSubmit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation StatusSyncSubmit($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusSyncReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatusSyncReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {\n    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusSyncWithdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StatusSyncWithdraw($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTheCase($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTheCase($caseId: ID!, $reason: String!) {\n    withdrawCase(caseId: $caseId, reason: $reason) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithdrawalRoutedTo($id: ID!) {\n    case(id: $id) {\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WithdrawalRoutedTo($id: ID!) {\n    case(id: $id) {\n      department {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;