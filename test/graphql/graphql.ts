/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One dated step of the audit. */
export type AddAuditStepInput = {
  /** Required: what was done. */
  action?: string | null | undefined;
  caseId: string | number;
  notes?: string | null | undefined;
  /** Required: the staff id of who did it. */
  staffId?: string | null | undefined;
  /** When the step was taken; not in the future. */
  takenAt: string;
};

/** FHWA or FTA: a Title VI complaint; OUT_OF_JURISDICTION: the city closed it here. */
export type AgencyReferralProgram =
  | 'FHWA'
  | 'FTA'
  | 'OUT_OF_JURISDICTION';

/** PENDING until the agency ACCEPTS or DECLINES it. */
export type AgencyReferralState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** The allegation as Internal Audit assessed it; may be revised. */
export type AllegationAssessmentInput = {
  caseId: string | number;
  /** Required. */
  category?: AuditAllegationCategory | null | undefined;
  /** Optional: dollars and cents. */
  estimatedAmount?: number | null | undefined;
  /** Whether the reporter's identity is protected; left out, it stays as it is (true). */
  identityProtected?: boolean | null | undefined;
  /** Required: the program or department concerned. */
  programConcerned?: string | null | undefined;
  /** A concern of retaliation, recorded in writing; left out, any earlier one stays. */
  retaliationConcern?: string | null | undefined;
  /** Required: the allegation as Internal Audit records it. */
  summary?: string | null | undefined;
};

export type AttachmentInput = {
  /** e.g. image/jpeg */
  mediaType: string;
  /** SHA-256 of the file: 64 hexadecimal digits. */
  sha256: string;
  /** An https:// URL. */
  url: string;
};

/** Fraud, waste or abuse (docs/domain.md §6). */
export type AuditAllegationCategory =
  | 'ABUSE'
  | 'FRAUD'
  | 'WASTE';

/** What the reporter receives when the file closes. */
export type AuditDisclosureDecision =
  /** The disclosable text audit wrote, exactly. */
  | 'DISCLOSE_TEXT'
  /** Nothing beyond the receipt of the report: the configured standard text. */
  | 'RECEIPT_ONLY';

/** Internal Audit's conclusion; never sent to the reporter as such. */
export type AuditOutcome =
  | 'PARTIALLY_SUBSTANTIATED'
  | 'REFERRED_TO_LAW_ENFORCEMENT'
  | 'SUBSTANTIATED'
  | 'UNSUBSTANTIATED';

/** What the contact is; routing sends each kind to its office. */
export type CaseKind =
  | 'CHARTER_OFFICER_COMPLAINT'
  | 'CIVIL_RIGHTS'
  | 'COMPLIMENT'
  | 'FRAUD_WASTE_ABUSE'
  | 'INFORMATION_REQUEST'
  | 'POLICE_CONDUCT'
  | 'SERVICE_COMPLAINT'
  | 'SERVICE_REQUEST'
  | 'STAFF_COMPLAINT'
  | 'SUGGESTION';

/** Where a case stands, in the hub's one vocabulary shared by every agency. */
export type CaseStatus =
  | 'ACKNOWLEDGED'
  | 'APPEALED'
  | 'ASSIGNED'
  | 'AWAITING_INFORMATION'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OUT_OF_JURISDICTION'
  | 'RECEIVED'
  | 'REFERRED'
  | 'REOPENED'
  | 'RESOLVED'
  | 'ROUTED'
  | 'WITHDRAWN';

/** How the contact reached the city. */
export type Channel =
  | 'COUNCIL_OFFICE'
  | 'DEPARTMENT'
  | 'EMAIL'
  | 'FAX'
  | 'IN_PERSON'
  | 'MAIL'
  | 'MOBILE_APP'
  | 'PHONE'
  | 'TTY'
  | 'WEB';

/** Closes the file. What the reporter receives is decided here, apart from the findings. */
export type CloseAuditFileInput = {
  caseId: string | number;
  /** With DISCLOSE_TEXT: exactly what the reporter receives. No findings, no names. */
  disclosableText?: string | null | undefined;
  /** Required: DISCLOSE_TEXT (with disclosableText) or RECEIPT_ONLY (the standard text). */
  disclosure?: AuditDisclosureDecision | null | undefined;
  /** Required: the conclusion. */
  outcome?: AuditOutcome | null | undefined;
};

/** How the department closes the loop. */
export type CompleteCaseInput = {
  /** Required when UPHELD. */
  actionsTaken?: string | null | undefined;
  caseId: string | number;
  /** The text the reporter receives; no other personal data. */
  disposition: string;
  /** RESOLVED (a service request), UPHELD or NOT_UPHELD. */
  outcome: Outcome;
  /** Required when NOT_UPHELD. */
  reasons?: string | null | undefined;
  /** Required when UPHELD: the steps against recurrence. */
  recurrencePrevention?: string | null | undefined;
};

export type DeadlineClock =
  | 'APPEAL_ACKNOWLEDGMENT'
  | 'APPEAL_DECISION'
  | 'APPEAL_HEARING_INVITATION'
  | 'FORMAL_ACKNOWLEDGMENT'
  | 'FORMAL_RESPONSE'
  | 'INFORMAL_RESOLUTION';

/** MET in time; DUE_SOON within the warning window; PENDING; BREACHED when late. */
export type DeadlineState =
  | 'BREACHED'
  | 'DUE_SOON'
  | 'MET'
  | 'PENDING';

export type HrActionInput = {
  details?: string | null | undefined;
  kind: HrActionKind;
};

/** The action taken about the employee, discipline included. */
export type HrActionKind =
  | 'COUNSELING'
  | 'DEMOTION'
  | 'NO_ACTION'
  | 'OTHER'
  | 'SUSPENSION'
  | 'TERMINATION'
  | 'TRAINING'
  | 'VERBAL_WARNING'
  | 'WRITTEN_WARNING';

/** What employment law lets HR tell the reporter: FULL, PARTIAL, or NONE (a fixed text saying the findings are protected). */
export type HrDisclosureDecision =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

/** What employment law lets the reporter be told. FULL or PARTIAL: `text` is required and is exactly what the reporter receives; it may not name the subject employee or anyone involved. NONE: leave `text` out; the reporter receives the configured text saying the findings are protected by employment law. */
export type HrDisclosureInput = {
  /** Required. */
  decision?: HrDisclosureDecision | null | undefined;
  text?: string | null | undefined;
};

/** OPEN (not reviewed yet), IN_REVIEW, CLOSED, or TRANSFERRED (routed away). */
export type HrFileStatus =
  | 'CLOSED'
  | 'IN_REVIEW'
  | 'OPEN'
  | 'TRANSFERRED';

export type HrFindingsInput = {
  /** Any action taken; left out, the action on file (if any) stays. */
  action?: HrActionInput | null | undefined;
  caseId: string | number;
  findings: string;
};

export type HrPersonInvolvedInput = {
  name: string;
  /** Their role in the matter, e.g. witness, supervisor, complainant. */
  role: string;
};

/** HR's review. The first one starts the review (hub status in_progress); a later one replaces the reviewer, notes, levels and category. People listed are added to the file. */
export type HrReviewInput = {
  caseId: string | number;
  /** What the complaint is about; the monthly summary counts by it. */
  category: StaffComplaintCategory;
  notes: string;
  peopleInvolved?: Array<HrPersonInvolvedInput> | null | undefined;
  /** The HR reviewer responsible for the file. */
  reviewer: string;
  /** The levels of staff HR works with on it. */
  staffLevelsInvolved: Array<HrStaffLevel>;
  /** Left out: the employee on file (if any) stays. */
  subjectEmployee?: HrSubjectEmployeeInput | null | undefined;
};

/** A level of staff HR works with on the complaint. */
export type HrStaffLevel =
  | 'CITY_ATTORNEY'
  | 'CITY_MANAGER'
  | 'DEPARTMENT_HEAD'
  | 'HR_DIRECTOR'
  | 'MANAGER'
  | 'SUPERVISOR';

/** The non-sworn employee complained about. */
export type HrSubjectEmployeeInput = {
  /** Their department, as HR records it. */
  department: string;
  jobTitle: string;
  name: string;
};

/** A street address, or GPS coordinates, or both. */
export type LocationInput = {
  address?: string | null | undefined;
  /** -90 to 90; needs longitude. */
  latitude?: number | null | undefined;
  /** -180 to 180; needs latitude. */
  longitude?: number | null | undefined;
};

/** An appeal against the outcome, received in writing. */
export type LodgeAppealInput = {
  caseId: string | number;
  /** Appeals are lodged in writing; false is refused. */
  inWriting: boolean;
  /** The full reasons for the appeal. */
  reasons: string;
  /** When the written appeal arrived; default now. Judged against the window. */
  receivedAt?: string | null | undefined;
};

/** A contact logged by an agent, a department or a council office. */
export type LogCaseInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  channel: Channel;
  /** The referring Mayor/Council office: required if and only if COUNCIL_OFFICE. */
  councilOffice?: string | null | undefined;
  /** What happened, in any language, kept exactly as written. Not empty; at most HUB_DESCRIPTION_MAX_LENGTH characters (4000 by default). */
  description: string;
  /** People who must never accompany or represent the complainant (safeguarding), e.g. an alleged perpetrator of abuse against them. */
  excludedCompanions?: Array<string> | null | undefined;
  /** Optional; as in submitCase, a retry with the same key returns the same case. */
  idempotencyKey?: string | null | undefined;
  kind: CaseKind;
  /** Required for a SERVICE_REQUEST. Coordinates give the ward. */
  location?: LocationInput | null | undefined;
  onBehalfOf?: ThirdPartyInput | null | undefined;
  /** When the contact was received; now if left out; never in the future. */
  receivedAt?: string | null | undefined;
  /** The department that received it: required if and only if DEPARTMENT. */
  receivingDepartment?: string | null | undefined;
  reporter?: ReporterInput | null | undefined;
  /** Who represents the complainant; never someone on excludedCompanions. */
  representative?: string | null | undefined;
  /** The service type, e.g. an Open311 code. */
  serviceCode?: string | null | undefined;
  subjectCategory?: SubjectCategory | null | undefined;
};

/** How OPA classified the complaint when it accepted the referral. */
export type OpaClassification =
  | 'CONTACT_LOG'
  | 'EXPEDITED_INVESTIGATION'
  | 'INVESTIGATION'
  | 'MEDIATION'
  | 'RAPID_ADJUDICATION'
  | 'SUPERVISOR_ACTION';

/** Sworn police staff: OPA (internal affairs). Sworn fire staff: Fire Operations. */
export type OpaDestination =
  | 'FIRE_OPERATIONS'
  | 'OPA';

export type Outcome =
  | 'CLOSED'
  | 'NOT_UPHELD'
  | 'OUT_OF_JURISDICTION'
  | 'RESOLVED'
  | 'UPHELD';

/** Expedited and emergency cases alert the department at once. */
export type Priority =
  | 'EMERGENCY'
  | 'EXPEDITED'
  | 'ROUTINE';

/** The channels a resident uses without an agent. */
export type PublicChannel =
  | 'MOBILE_APP'
  | 'WEB';

/** What the audit found; may be revised until the file closes. */
export type RecordAuditFindingsInput = {
  caseId: string | number;
  /** Required. */
  findings?: string | null | undefined;
};

export type ReferralDecision =
  | 'ACCEPTED'
  | 'DISMISSED'
  | 'FINAL_DECISION'
  | 'MORE_INFORMATION_NEEDED'
  | 'TRANSFERRED';

/** Contact details, all optional: leave them all out to stay anonymous. */
export type ReporterInput = {
  bestTimeToContact?: string | null | undefined;
  email?: string | null | undefined;
  homePhone?: string | null | undefined;
  mailingAddress?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  name?: string | null | undefined;
  /** BCP 47 language tag (en, es, vi, zh-Hant, fr-CA, ...); English if not given. */
  preferredLanguage?: string | null | undefined;
  /** Contact me about this (compliments and suggestions are answered only then). */
  wantsContact?: boolean | null | undefined;
};

export type RoutingAction =
  | 'ACKNOWLEDGED'
  | 'APPEAL_HEARING_INVITED'
  | 'APPEAL_LODGED'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'ESCALATED'
  | 'PRIORITY_CHANGED'
  | 'REFERRED_OUT_OF_JURISDICTION'
  | 'REROUTED'
  | 'ROUTED'
  | 'WITHDRAWN';

export type RoutingStage =
  | 'APPEALED'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'OUT_OF_JURISDICTION'
  | 'ROUTED'
  | 'WITHDRAWN';

/** What a staff complaint is about, as HR categorised it. */
export type StaffComplaintCategory =
  | 'CONDUCT'
  | 'DISCOURTESY'
  | 'DISCRIMINATION_OR_HARASSMENT'
  | 'MISUSE_OF_CITY_RESOURCES'
  | 'OTHER'
  | 'PERFORMANCE'
  | 'SAFETY';

/** What or whom the complaint is about; routing and the jurisdiction check use it. */
export type SubjectCategory =
  | 'CHARTER_OFFICER'
  | 'CITY_SERVICE'
  | 'ELECTED_OFFICIAL'
  | 'NON_PROFIT'
  | 'NON_SWORN_STAFF'
  | 'OTHER_GOVERNMENT'
  | 'PRIVATE_BUSINESS'
  | 'SWORN_FIRE'
  | 'SWORN_POLICE';

/** A report from the web form or the 311 app. */
export type SubmitCaseInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  channel?: PublicChannel | null | undefined;
  /** What happened, in any language, kept exactly as written. Not empty; at most HUB_DESCRIPTION_MAX_LENGTH characters (4000 by default). */
  description: string;
  /** People who must never accompany or represent the complainant (safeguarding), e.g. an alleged perpetrator of abuse against them. */
  excludedCompanions?: Array<string> | null | undefined;
  /** Chosen by the client (8 to 100 characters, e.g. a UUID) and sent again on every retry of the same report: the same key always returns the same case. */
  idempotencyKey: string;
  kind: CaseKind;
  /** Required for a SERVICE_REQUEST. Coordinates give the ward. */
  location?: LocationInput | null | undefined;
  onBehalfOf?: ThirdPartyInput | null | undefined;
  reporter?: ReporterInput | null | undefined;
  /** Who represents the complainant; never someone on excludedCompanions. */
  representative?: string | null | undefined;
  /** The service type, e.g. an Open311 code. */
  serviceCode?: string | null | undefined;
  subjectCategory?: SubjectCategory | null | undefined;
};

/** A complaint on someone else's behalf. Needs that person's explicit consent, which is recorded. */
export type ThirdPartyInput = {
  /** Must be true: the represented person agreed to this complaint. */
  consentGiven: boolean;
  /** How the consent was given, e.g. "signed form" or "in person". */
  consentMethod: string;
  relationship?: string | null | undefined;
  representedPersonName: string;
};

/** The Title VI complaint form, sections 1-5. */
export type TitleViComplaintInput = {
  attorneyRetained?: boolean | null | undefined;
  /** One or more of RACE, COLOR, NATIONAL_ORIGIN. */
  bases: Array<string>;
  basisExplanation?: string | null | undefined;
  contact: TitleViContactInput;
  filedOnOwnBehalf?: boolean | null | undefined;
  filer?: TitleViFilerInput | null | undefined;
  /** The date of the alleged act, YYYY-MM-DD; not in the future. */
  incidentDate: string;
  incidentOngoing?: boolean | null | undefined;
  /** What happened, who was involved, how others were treated. */
  narrative: string;
  /** For FHWA's log: the nature of it. */
  natureOfComplaint?: string | null | undefined;
  otherContacts?: Array<TitleViOtherContactInput> | null | undefined;
  priorComplaints?: Array<TitleViPriorComplaintInput> | null | undefined;
  program: TitleViProgram;
  /** When the office received it; default now; not in the future. */
  receivedAt?: string | null | undefined;
  receivedVia: TitleViReceivedVia;
  remedySought?: string | null | undefined;
  respondent: TitleViRespondentInput;
  signature?: TitleViSignatureInput | null | undefined;
};

/** Section 1: how to reach the complainant. */
export type TitleViContactInput = {
  /** Street address. */
  address?: string | null | undefined;
  bestTimeToContact?: string | null | undefined;
  city?: string | null | undefined;
  email?: string | null | undefined;
  homePhone?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  /** Required. */
  name: string;
  state?: string | null | undefined;
  zip?: string | null | undefined;
};

/** Section 5: the filer, when the complaint is filed on someone else's behalf. */
export type TitleViFilerInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  homePhone?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  name: string;
  relationship: string;
  state?: string | null | undefined;
  zip?: string | null | undefined;
};

/** Section 3: someone else to contact. */
export type TitleViOtherContactInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  state?: string | null | undefined;
  zip?: string | null | undefined;
};

/** Section 4: a complaint made to another agency or a court. */
export type TitleViPriorComplaintInput = {
  agencyOrCourt: string;
  complaintNumber?: string | null | undefined;
  /** YYYY-MM-DD */
  dateFiled?: string | null | undefined;
  result?: string | null | undefined;
  status?: string | null | undefined;
};

/** FHWA (highway programs) or FTA (Human Services Transportation Plan). */
export type TitleViProgram =
  | 'FHWA'
  | 'FTA';

export type TitleViReceivedVia =
  | 'VERBAL'
  | 'WRITTEN';

/** Section 2: who discriminated; a name or an organization is required. */
export type TitleViRespondentInput = {
  address?: string | null | undefined;
  /** The agency complained against (e.g. city, wsdot-oecr): it will not investigate. */
  agencyId?: string | null | undefined;
  city?: string | null | undefined;
  homePhone?: string | null | undefined;
  /** Default OTHER. A subrecipient, consultant or contractor is notified in 15 days. */
  kind?: TitleViRespondentKind | null | undefined;
  mobilePhone?: string | null | undefined;
  name?: string | null | undefined;
  organization?: string | null | undefined;
  state?: string | null | undefined;
  zip?: string | null | undefined;
};

export type TitleViRespondentKind =
  | 'CONSULTANT'
  | 'CONTRACTOR'
  | 'OTHER'
  | 'RECIPIENT'
  | 'SUBRECIPIENT';

/** Section 5. Signed = a typed signatureText or signedPaperReceived, with printedName and date. A verbal complaint carries none of it. */
export type TitleViSignatureInput = {
  /** YYYY-MM-DD, not before the incident. */
  date?: string | null | undefined;
  printedName?: string | null | undefined;
  signatureText?: string | null | undefined;
  signedPaperReceived?: boolean | null | undefined;
};

/** Where the complaint stands in the Title VI office's own procedure. */
export type TitleViStage =
  | 'APPEALED'
  | 'AWAITING_LATE_REVIEW'
  | 'AWAITING_SIGNED_COMPLAINT'
  | 'CLOSED'
  | 'OPEN'
  | 'REFERRED'
  | 'VERBAL_NOT_PROCESSED';

export type MatrixCaseDepartmentPriorityQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixCaseDepartmentPriorityQuery = { case: { id: string, kind: CaseKind, priority: Priority | null, department: { id: string } | null } | null };

export type MatrixCaseOpaReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixCaseOpaReferralQuery = { case: { id: string, kind: CaseKind, opaReferral: { destination: OpaDestination } | null } | null };

export type MatrixCaseReporterQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixCaseReporterQuery = { case: { id: string, kind: CaseKind, reporter: { name: string | null } | null } | null };

export type MatrixDepartmentQueueQueryVariables = Exact<{
  departmentId: string | number;
}>;


export type MatrixDepartmentQueueQuery = { departmentQueue: { edges: Array<{ node: { id: string } }> } };

export type MatrixReferredCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixReferredCasesQuery = { referredTitleVICases: Array<{ id: string, titleVI: { caseId: string } | null }> };

export type MatrixRetaliationMutationVariables = Exact<{
  caseId: string | number;
}>;


export type MatrixRetaliationMutation = { recordRetaliationAllegation: { id: string, titleVI: { caseId: string } | null } };

export type CompletionRoutingQueryVariables = Exact<{
  id: string | number;
}>;


export type CompletionRoutingQuery = { case: { routingStage: RoutingStage | null, department: { id: string, name: string } | null, referral: { disposition: string, agency: { name: string } | null } | null } | null };

export type CompletionCompleteMutationVariables = Exact<{
  input: CompleteCaseInput;
}>;


export type CompletionCompleteMutation = { completeCase: { routingStage: RoutingStage | null } };

export type CompletionCouncilNoticesQueryVariables = Exact<{
  office?: string | null | undefined;
}>;


export type CompletionCouncilNoticesQuery = { councilOfficeNotices: { totalCount: number, edges: Array<{ node: { caseId: string, srNumber: string, councilOffice: string, outcome: Outcome, disposition: string | null, createdAt: string } }> } };

export type AgenciesFileComplaintMutationVariables = Exact<{
  caseId: string | number;
  input: TitleViComplaintInput;
}>;


export type AgenciesFileComplaintMutation = { fileTitleVIComplaint: { id: string, titleVI: { stage: TitleViStage } | null } };

export type AgenciesReferComplaintMutationVariables = Exact<{
  caseId: string | number;
  agencyIds: Array<string> | string;
}>;


export type AgenciesReferComplaintMutation = { referTitleVIComplaint: { id: string, status: CaseStatus | null } };

export type AgenciesReferralsQueryVariables = Exact<{
  id: string | number;
}>;


export type AgenciesReferralsQuery = { case: { id: string, status: CaseStatus | null, titleVI: { referrals: Array<{ agencyId: string, decisions: Array<{ agencyId: string, decision: ReferralDecision, agencyStatus: string | null }> }> } | null } | null };

export type AgenciesQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type AgenciesQueueQuery = { agencyReferralQueue: { edges: Array<{ node: { id: string, caseId: string, program: AgencyReferralProgram, state: AgencyReferralState, kind: string | null, agencyStatus: string | null, caseStatus: CaseStatus | null, agency: { id: string, name: string } | null } }> } };

export type AgenciesAcceptMutationVariables = Exact<{
  caseId: string | number;
}>;


export type AgenciesAcceptMutation = { acceptAgencyReferral: { caseId: string, state: AgencyReferralState } };

export type AgenciesStatusMutationVariables = Exact<{
  caseId: string | number;
  status: CaseStatus;
  agencyStatus: string;
  reason?: string | null | undefined;
}>;


export type AgenciesStatusMutation = { recordAgencyStatus: { caseId: string, state: AgencyReferralState, agencyStatus: string | null, caseStatus: CaseStatus | null } };

export type FuzzStillAnswersQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzStillAnswersQuery = { __typename: 'Query' };

export type ProductionSrNumberQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductionSrNumberQuery = { case: { srNumber: string } | null };

export type GatewayTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayTypenameQuery = { __typename: 'Query' };

export type GatewayCaseCountQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type GatewayCaseCountQuery = { cases: { totalCount: number } };

export type GatewayCaseRoutingQueryVariables = Exact<{
  id: string | number;
}>;


export type GatewayCaseRoutingQuery = { case: { srNumber: string, routingStage: RoutingStage | null } | null };

export type GatewayCasesWithAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayCasesWithAssignmentsQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, srNumber: string, kind: CaseKind, assignment: { assignedAt: string, staff: { id: string } } | null } }> } };

export type GatewayHundredCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayHundredCasesQuery = { cases: { totalCount: number } };

export type GatewayFourSubmissionsMutationVariables = Exact<{
  a: SubmitCaseInput;
  b: SubmitCaseInput;
  c: SubmitCaseInput;
  d: SubmitCaseInput;
}>;


export type GatewayFourSubmissionsMutation = { a: { caseId: string }, b: { caseId: string }, c: { caseId: string }, d: { caseId: string } };

export type IntakeCaseCountQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeCaseCountQuery = { cases: { totalCount: number } };

export type IntakeLogTextMutationVariables = Exact<{
  input: LogCaseInput;
}>;


export type IntakeLogTextMutation = { logCase: { id: string, description: string, reporter: { name: string | null } | null } };

export type IntakeReadTextQueryVariables = Exact<{
  id: string | number;
}>;


export type IntakeReadTextQuery = { case: { description: string, reporter: { name: string | null } | null } | null };

export type IntakeReadWithReporterQueryVariables = Exact<{
  id: string | number;
}>;


export type IntakeReadWithReporterQuery = { case: { srNumber: string, channel: Channel, receivingDepartment: string | null, reporter: { email: string | null } | null } | null };

export type StartDemoLanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type StartDemoLanguagesQuery = { cases: { edges: Array<{ node: { description: string, reporter: { preferredLanguage: string } | null } }> } };

export type RestrictedValuesCaseQueryVariables = Exact<{
  id: string | number;
  sr: string;
}>;


export type RestrictedValuesCaseQuery = { case: { id: string, outcome: { outcome: Outcome, disposition: string, appealWindowClosesAt: string | null } | null, statusHistory: Array<{ status: CaseStatus, agency: string, agencyStatus: string | null, reason: string | null }> | null } | null, trackCase: { srNumber: string, status: CaseStatus, responsibleBody: string | null, closedAt: string | null } | null };

export type RestrictedValuesReferredQueryVariables = Exact<{ [key: string]: never; }>;


export type RestrictedValuesReferredQuery = { referredTitleVICases: Array<{ id: string, statusHistory: Array<{ status: CaseStatus, agency: string, agencyStatus: string | null, reason: string | null }> | null }> };

export type RestrictedValuesSummariesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RestrictedValuesSummariesQuery = { hrMonthlySummary: Array<{ month: string, category: string, status: string, count: number }>, opaMonthlySummary: Array<{ month: string, category: string, status: string, count: number }>, auditMonthlySummary: Array<{ month: string, category: string, status: string, count: number }> };

export type RestrictedValuesTitleViLogQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RestrictedValuesTitleViLogQuery = { titleVILog: Array<{ caseId: string, stage: TitleViStage, status: CaseStatus | null, referredTo: Array<string>, disposition: string | null }> };

export type RestrictedValuesRoutingLogQueryVariables = Exact<{
  caseId: string | number;
}>;


export type RestrictedValuesRoutingLogQuery = { routingAccessLog: Array<{ readerSubject: string, field: string, granted: boolean }> };

export type RoutingCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RoutingCaseQuery = { case: { id: string, srNumber: string, kind: CaseKind, priority: Priority | null, routingStage: RoutingStage | null, department: { id: string, name: string } | null, assignment: { staff: { id: string } } | null, deadlines: Array<{ clock: DeadlineClock, dueAt: string, state: DeadlineState }>, outcome: { outcome: Outcome, disposition: string } | null, referral: { disposition: string, agency: { id: string, name: string } | null } | null, routingHistory: Array<{ action: RoutingAction, reason: string | null }> } | null };

export type RoutingMonitorsQueryVariables = Exact<{
  id: string | number;
}>;


export type RoutingMonitorsQuery = { department: { primaryMonitor: { id: string } | null, backupMonitor: { id: string } | null } | null };

export type RoutingQueueIdsQueryVariables = Exact<{
  departmentId: string | number;
  first?: number | null | undefined;
}>;


export type RoutingQueueIdsQuery = { departmentQueue: { edges: Array<{ node: { id: string } }> } };

export type RoutingQueueQueryVariables = Exact<{
  departmentId: string | number;
  first?: number | null | undefined;
}>;


export type RoutingQueueQuery = { departmentQueue: { edges: Array<{ node: { id: string, srNumber: string, kind: CaseKind, channel: Channel, receivedAt: string, description: string, priority: Priority | null, location: { address: string | null, ward: string | null } | null, department: { name: string } | null, assignment: { staff: { name: string } } | null, deadlines: Array<{ clock: DeadlineClock, dueAt: string, state: DeadlineState }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RoutingAssignMutationVariables = Exact<{
  caseId: string | number;
  staffId: string | number;
}>;


export type RoutingAssignMutation = { assignCase: { id: string } };

export type RoutingRerouteMutationVariables = Exact<{
  caseId: string | number;
  departmentId: string | number;
  reason: string;
}>;


export type RoutingRerouteMutation = { rerouteCase: { id: string } };

export type RoutingCompleteMutationVariables = Exact<{
  input: CompleteCaseInput;
}>;


export type RoutingCompleteMutation = { completeCase: { routingStage: RoutingStage | null } };

export type RoutingLodgeAppealMutationVariables = Exact<{
  input: LodgeAppealInput;
}>;


export type RoutingLodgeAppealMutation = { lodgeAppeal: { id: string } };

export type OfficesHrQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficesHrQueueQuery = { hrQueue: { edges: Array<{ node: { id: string, staffComplaint: { status: HrFileStatus } | null } }> } };

export type OfficesHrReviewMutationVariables = Exact<{
  input: HrReviewInput;
}>;


export type OfficesHrReviewMutation = { recordHrReview: { id: string, status: CaseStatus | null } };

export type OfficesHrFindingsMutationVariables = Exact<{
  input: HrFindingsInput;
}>;


export type OfficesHrFindingsMutation = { recordHrFindings: { id: string } };

export type OfficesHrCloseMutationVariables = Exact<{
  caseId: string | number;
  disclosure?: HrDisclosureInput | null | undefined;
}>;


export type OfficesHrCloseMutation = { closeStaffComplaint: { id: string, status: CaseStatus | null } };

export type OfficesOpaQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficesOpaQueueQuery = { opaReferralQueue: { edges: Array<{ node: { id: string, opaReferral: { destination: OpaDestination } | null } }> } };

export type OfficesOpaAcceptMutationVariables = Exact<{
  caseId: string | number;
  opaNumber: string;
}>;


export type OfficesOpaAcceptMutation = { acceptOpaReferral: { id: string, opaReferral: { opaNumber: string | null } | null } };

export type OfficesOpaStatusMutationVariables = Exact<{
  caseId: string | number;
}>;


export type OfficesOpaStatusMutation = { recordOpaStatus: { id: string, status: CaseStatus | null } };

export type OfficesCaseWithEverythingQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficesCaseWithEverythingQuery = { case: { id: string, kind: CaseKind, status: CaseStatus | null, reporter: { name: string | null, email: string | null } | null, department: { id: string } | null, opaReferral: { destination: OpaDestination, opaNumber: string | null, classification: OpaClassification | null } | null } | null };

export type OfficesReportersQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficesReportersQuery = { cases: { edges: Array<{ node: { id: string, kind: CaseKind, reporter: { name: string | null, email: string | null } | null } }> } };

export type SubmitCaseMutationVariables = Exact<{
  input: SubmitCaseInput;
}>;


export type SubmitCaseMutation = { submitCase: { caseId: string, srNumber: string, status: CaseStatus, receivedAt: string, ward: string | null } };

export type LogCaseMutationVariables = Exact<{
  input: LogCaseInput;
}>;


export type LogCaseMutation = { logCase: { id: string, srNumber: string, receivedAt: string } };

export type TrackCaseQueryVariables = Exact<{
  sr: string;
}>;


export type TrackCaseQuery = { trackCase: { srNumber: string, kind: CaseKind, status: CaseStatus, receivedAt: string, updatedAt: string, closedAt: string | null, responsibleBody: string | null } | null };

export type OfficeCasesCaseDepartmentQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeCasesCaseDepartmentQuery = { case: { id: string, kind: CaseKind, department: { id: string } | null } | null };

export type OfficeCasesHrReviewMutationVariables = Exact<{
  input: HrReviewInput;
}>;


export type OfficeCasesHrReviewMutation = { recordHrReview: { id: string } };

export type OfficeCasesHrFindingsMutationVariables = Exact<{
  input: HrFindingsInput;
}>;


export type OfficeCasesHrFindingsMutation = { recordHrFindings: { id: string } };

export type OfficeCasesHrCloseMutationVariables = Exact<{
  caseId: string | number;
  text: string;
}>;


export type OfficeCasesHrCloseMutation = { closeStaffComplaint: { id: string } };

export type OfficeCasesOpaAcceptMutationVariables = Exact<{
  caseId: string | number;
  opaNumber: string;
}>;


export type OfficeCasesOpaAcceptMutation = { acceptOpaReferral: { id: string } };

export type OfficeCasesOpaStatusMutationVariables = Exact<{
  caseId: string | number;
  opaStatus: string;
}>;


export type OfficeCasesOpaStatusMutation = { recordOpaStatus: { id: string } };

export type OfficeCasesOpaOutcomeMutationVariables = Exact<{
  caseId: string | number;
  disposition: string;
}>;


export type OfficeCasesOpaOutcomeMutation = { recordOpaOutcome: { id: string } };

export type OfficeCasesAuditAssessmentMutationVariables = Exact<{
  input: AllegationAssessmentInput;
}>;


export type OfficeCasesAuditAssessmentMutation = { recordAllegationAssessment: { id: string } };

export type OfficeCasesAuditStepMutationVariables = Exact<{
  input: AddAuditStepInput;
}>;


export type OfficeCasesAuditStepMutation = { addAuditStep: { id: string } };

export type OfficeCasesAuditFindingsMutationVariables = Exact<{
  input: RecordAuditFindingsInput;
}>;


export type OfficeCasesAuditFindingsMutation = { recordAuditFindings: { id: string } };

export type OfficeCasesAuditCloseMutationVariables = Exact<{
  input: CloseAuditFileInput;
}>;


export type OfficeCasesAuditCloseMutation = { closeAuditFile: { id: string } };

export type OfficeCasesTitleViFileMutationVariables = Exact<{
  caseId: string | number;
  input: TitleViComplaintInput;
}>;


export type OfficeCasesTitleViFileMutation = { fileTitleVIComplaint: { id: string } };

export type OfficeCasesTitleViReferMutationVariables = Exact<{
  caseId: string | number;
  agencyIds: Array<string> | string;
}>;


export type OfficeCasesTitleViReferMutation = { referTitleVIComplaint: { id: string } };

export type StatusSyncSubmitMutationVariables = Exact<{
  input: SubmitCaseInput;
}>;


export type StatusSyncSubmitMutation = { submitCase: { caseId: string } };

export type StatusSyncRerouteMutationVariables = Exact<{
  caseId: string | number;
  departmentId: string | number;
  reason: string;
}>;


export type StatusSyncRerouteMutation = { rerouteCase: { id: string } };

export type StatusSyncWithdrawMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type StatusSyncWithdrawMutation = { withdrawCase: { status: CaseStatus } };

export type WithdrawTheCaseMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type WithdrawTheCaseMutation = { withdrawCase: { status: CaseStatus } };

export type WithdrawalRoutedToQueryVariables = Exact<{
  id: string | number;
}>;


export type WithdrawalRoutedToQuery = { case: { department: { id: string } | null } | null };


export const MatrixCaseDepartmentPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixCaseDepartmentPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<MatrixCaseDepartmentPriorityQuery, MatrixCaseDepartmentPriorityQueryVariables>;
export const MatrixCaseOpaReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixCaseOpaReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opaReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixCaseOpaReferralQuery, MatrixCaseOpaReferralQueryVariables>;
export const MatrixCaseReporterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixCaseReporter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixCaseReporterQuery, MatrixCaseReporterQueryVariables>;
export const MatrixDepartmentQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixDepartmentQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixDepartmentQueueQuery, MatrixDepartmentQueueQueryVariables>;
export const MatrixReferredCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixReferredCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredTitleVICases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleVI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixReferredCasesQuery, MatrixReferredCasesQueryVariables>;
export const MatrixRetaliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRetaliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRetaliationAllegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"I was moved off my shift after filing.","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"inWriting"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleVI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixRetaliationMutation, MatrixRetaliationMutationVariables>;
export const CompletionRoutingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompletionRouting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingStage"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}}]}}]}}]}}]} as unknown as DocumentNode<CompletionRoutingQuery, CompletionRoutingQueryVariables>;
export const CompletionCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletionComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingStage"}}]}}]}}]} as unknown as DocumentNode<CompletionCompleteMutation, CompletionCompleteMutationVariables>;
export const CompletionCouncilNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompletionCouncilNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"office"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilOfficeNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"office"},"value":{"kind":"Variable","name":{"kind":"Name","value":"office"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"councilOffice"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompletionCouncilNoticesQuery, CompletionCouncilNoticesQueryVariables>;
export const AgenciesFileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgenciesFileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TitleVIComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTitleVIComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleVI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesFileComplaintMutation, AgenciesFileComplaintMutationVariables>;
export const AgenciesReferComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgenciesReferComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referTitleVIComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AgenciesReferComplaintMutation, AgenciesReferComplaintMutationVariables>;
export const AgenciesReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgenciesReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleVI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"agencyStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesReferralsQuery, AgenciesReferralsQueryVariables>;
export const AgenciesQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgenciesQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyReferralQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agencyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQueueQuery, AgenciesQueueQueryVariables>;
export const AgenciesAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgenciesAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAgencyReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AgenciesAcceptMutation, AgenciesAcceptMutationVariables>;
export const AgenciesStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgenciesStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgencyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"agencyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]} as unknown as DocumentNode<AgenciesStatusMutation, AgenciesStatusMutationVariables>;
export const FuzzStillAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FuzzStillAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FuzzStillAnswersQuery, FuzzStillAnswersQueryVariables>;
export const ProductionSrNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductionSrNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}}]}}]}}]} as unknown as DocumentNode<ProductionSrNumberQuery, ProductionSrNumberQueryVariables>;
export const GatewayTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<GatewayTypenameQuery, GatewayTypenameQueryVariables>;
export const GatewayCaseCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayCaseCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GatewayCaseCountQuery, GatewayCaseCountQueryVariables>;
export const GatewayCaseRoutingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayCaseRouting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"routingStage"}}]}}]}}]} as unknown as DocumentNode<GatewayCaseRoutingQuery, GatewayCaseRoutingQueryVariables>;
export const GatewayCasesWithAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayCasesWithAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GatewayCasesWithAssignmentsQuery, GatewayCasesWithAssignmentsQueryVariables>;
export const GatewayHundredCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayHundredCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GatewayHundredCasesQuery, GatewayHundredCasesQueryVariables>;
export const GatewayFourSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GatewayFourSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d"},"name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<GatewayFourSubmissionsMutation, GatewayFourSubmissionsMutationVariables>;
export const IntakeCaseCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeCaseCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IntakeCaseCountQuery, IntakeCaseCountQueryVariables>;
export const IntakeLogTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IntakeLogText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeLogTextMutation, IntakeLogTextMutationVariables>;
export const IntakeReadTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeReadText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeReadTextQuery, IntakeReadTextQueryVariables>;
export const IntakeReadWithReporterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeReadWithReporter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeReadWithReporterQuery, IntakeReadWithReporterQueryVariables>;
export const StartDemoLanguagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartDemoLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MAIL"},{"kind":"EnumValue","value":"EMAIL"},{"kind":"EnumValue","value":"TTY"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartDemoLanguagesQuery, StartDemoLanguagesQueryVariables>;
export const RestrictedValuesCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedValuesCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sr"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"appealWindowClosesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"agencyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"srNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sr"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBody"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<RestrictedValuesCaseQuery, RestrictedValuesCaseQueryVariables>;
export const RestrictedValuesReferredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedValuesReferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredTitleVICases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"agencyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedValuesReferredQuery, RestrictedValuesReferredQueryVariables>;
export const RestrictedValuesSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedValuesSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hrMonthlySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opaMonthlySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditMonthlySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RestrictedValuesSummariesQuery, RestrictedValuesSummariesQueryVariables>;
export const RestrictedValuesTitleViLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedValuesTitleViLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleVILog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}}]}}]}}]} as unknown as DocumentNode<RestrictedValuesTitleViLogQuery, RestrictedValuesTitleViLogQueryVariables>;
export const RestrictedValuesRoutingLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedValuesRoutingLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]}}]} as unknown as DocumentNode<RestrictedValuesRoutingLogQuery, RestrictedValuesRoutingLogQueryVariables>;
export const RoutingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"routingStage"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingCaseQuery, RoutingCaseQueryVariables>;
export const RoutingMonitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryMonitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backupMonitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingMonitorsQuery, RoutingMonitorsQueryVariables>;
export const RoutingQueueIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingQueueIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingQueueIdsQuery, RoutingQueueIdsQueryVariables>;
export const RoutingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"ward"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingQueueQuery, RoutingQueueQueryVariables>;
export const RoutingAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoutingAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoutingAssignMutation, RoutingAssignMutationVariables>;
export const RoutingRerouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoutingReroute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rerouteCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoutingRerouteMutation, RoutingRerouteMutationVariables>;
export const RoutingCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoutingComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingStage"}}]}}]}}]} as unknown as DocumentNode<RoutingCompleteMutation, RoutingCompleteMutationVariables>;
export const RoutingLodgeAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoutingLodgeAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LodgeAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lodgeAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoutingLodgeAppealMutation, RoutingLodgeAppealMutationVariables>;
export const OfficesHrQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficesHrQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hrQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffComplaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficesHrQueueQuery, OfficesHrQueueQueryVariables>;
export const OfficesHrReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficesHrReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HrReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHrReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficesHrReviewMutation, OfficesHrReviewMutationVariables>;
export const OfficesHrFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficesHrFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HrFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHrFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficesHrFindingsMutation, OfficesHrFindingsMutationVariables>;
export const OfficesHrCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficesHrClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disclosure"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HrDisclosureInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeStaffComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"UPHELD"}},{"kind":"Argument","name":{"kind":"Name","value":"disclosure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disclosure"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficesHrCloseMutation, OfficesHrCloseMutationVariables>;
export const OfficesOpaQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficesOpaQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opaReferralQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opaReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficesOpaQueueQuery, OfficesOpaQueueQueryVariables>;
export const OfficesOpaAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficesOpaAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opaNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOpaReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opaNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opaNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"classification"},"value":{"kind":"EnumValue","value":"INVESTIGATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opaReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opaNumber"}}]}}]}}]}}]} as unknown as DocumentNode<OfficesOpaAcceptMutation, OfficesOpaAcceptMutationVariables>;
export const OfficesOpaStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficesOpaStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOpaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opaStatus"},"value":{"kind":"StringValue","value":"investigation under way","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfficesOpaStatusMutation, OfficesOpaStatusMutationVariables>;
export const OfficesCaseWithEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficesCaseWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opaReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"opaNumber"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]}}]} as unknown as DocumentNode<OfficesCaseWithEverythingQuery, OfficesCaseWithEverythingQueryVariables>;
export const OfficesReportersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficesReporters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficesReportersQuery, OfficesReportersQueryVariables>;
export const SubmitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ward"}}]}}]}}]} as unknown as DocumentNode<SubmitCaseMutation, SubmitCaseMutationVariables>;
export const LogCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<LogCaseMutation, LogCaseMutationVariables>;
export const TrackCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sr"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"srNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sr"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBody"}}]}}]}}]} as unknown as DocumentNode<TrackCaseQuery, TrackCaseQueryVariables>;
export const OfficeCasesCaseDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCasesCaseDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCasesCaseDepartmentQuery, OfficeCasesCaseDepartmentQueryVariables>;
export const OfficeCasesHrReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesHrReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HrReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHrReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesHrReviewMutation, OfficeCasesHrReviewMutationVariables>;
export const OfficeCasesHrFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesHrFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HrFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHrFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesHrFindingsMutation, OfficeCasesHrFindingsMutationVariables>;
export const OfficeCasesHrCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesHrClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeStaffComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"UPHELD"}},{"kind":"Argument","name":{"kind":"Name","value":"disclosure"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"PARTIAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesHrCloseMutation, OfficeCasesHrCloseMutationVariables>;
export const OfficeCasesOpaAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesOpaAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opaNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOpaReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opaNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opaNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"classification"},"value":{"kind":"EnumValue","value":"INVESTIGATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesOpaAcceptMutation, OfficeCasesOpaAcceptMutationVariables>;
export const OfficeCasesOpaStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesOpaStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opaStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOpaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opaStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opaStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesOpaStatusMutation, OfficeCasesOpaStatusMutationVariables>;
export const OfficeCasesOpaOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesOpaOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disposition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOpaOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"SUSTAINED"}},{"kind":"Argument","name":{"kind":"Name","value":"disposition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disposition"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"StringValue","value":"Search without stated cause; retraining ordered.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesOpaOutcomeMutation, OfficeCasesOpaOutcomeMutationVariables>;
export const OfficeCasesAuditAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesAuditAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllegationAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAllegationAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesAuditAssessmentMutation, OfficeCasesAuditAssessmentMutationVariables>;
export const OfficeCasesAuditStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesAuditStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAuditStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAuditStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesAuditStepMutation, OfficeCasesAuditStepMutationVariables>;
export const OfficeCasesAuditFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesAuditFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuditFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesAuditFindingsMutation, OfficeCasesAuditFindingsMutationVariables>;
export const OfficeCasesAuditCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesAuditClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAuditFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAuditFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesAuditCloseMutation, OfficeCasesAuditCloseMutationVariables>;
export const OfficeCasesTitleViFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesTitleViFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TitleVIComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTitleVIComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesTitleViFileMutation, OfficeCasesTitleViFileMutationVariables>;
export const OfficeCasesTitleViReferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCasesTitleViRefer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referTitleVIComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficeCasesTitleViReferMutation, OfficeCasesTitleViReferMutationVariables>;
export const StatusSyncSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatusSyncSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<StatusSyncSubmitMutation, StatusSyncSubmitMutationVariables>;
export const StatusSyncRerouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatusSyncReroute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rerouteCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StatusSyncRerouteMutation, StatusSyncRerouteMutationVariables>;
export const StatusSyncWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatusSyncWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StatusSyncWithdrawMutation, StatusSyncWithdrawMutationVariables>;
export const WithdrawTheCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTheCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawTheCaseMutation, WithdrawTheCaseMutationVariables>;
export const WithdrawalRoutedToDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithdrawalRoutedTo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawalRoutedToQuery, WithdrawalRoutedToQueryVariables>;