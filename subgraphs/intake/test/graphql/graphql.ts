/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AttachmentInput = {
  /** e.g. image/jpeg */
  mediaType: string;
  /** SHA-256 of the file: 64 hexadecimal digits. */
  sha256: string;
  /** An https:// URL. */
  url: string;
};

/** Every given criterion must hold; a list matches any of its values. */
export type CaseFilter = {
  channels?: Array<Channel> | null | undefined;
  kinds?: Array<CaseKind> | null | undefined;
  /** Received at or after this time. */
  receivedFrom?: string | null | undefined;
  /** Received before this time. */
  receivedTo?: string | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
  wards?: Array<string> | null | undefined;
};

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

/** A street address, or GPS coordinates, or both. */
export type LocationInput = {
  address?: string | null | undefined;
  /** -90 to 90; needs longitude. */
  latitude?: number | null | undefined;
  /** -180 to 180; needs latitude. */
  longitude?: number | null | undefined;
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

export type Outcome =
  | 'CLOSED'
  | 'NOT_UPHELD'
  | 'OUT_OF_JURISDICTION'
  | 'RESOLVED'
  | 'UPHELD';

/** The channels a resident uses without an agent. */
export type PublicChannel =
  | 'MOBILE_APP'
  | 'WEB';

/** A change of contact details: a field left out stays as it is, a null clears it. */
export type ReporterContactInput = {
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

export type CaseWithReporterQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseWithReporterQuery = { case: { id: string, srNumber: string, kind: CaseKind, description: string, status: CaseStatus | null, reporter: { anonymous: boolean, name: string | null, email: string | null, mobilePhone: string | null } | null, onBehalfOf: { representedPersonName: string } | null } | null };

export type ReportersPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReportersPageQuery = { cases: { edges: Array<{ node: { id: string, kind: CaseKind, reporter: { anonymous: boolean } | null } }> } };

export type CaseIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseIdQuery = { case: { id: string } | null };

export type CaseReferencesQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type CaseReferencesQuery = { _entities: Array<{ id: string, description: string } | null> };

export type IntakeAccessLogQueryVariables = Exact<{
  caseId?: string | number | null | undefined;
}>;


export type IntakeAccessLogQuery = { intakeAccessLog: Array<{ readerSubject: string, readerRoles: Array<string>, caseId: string, field: string, granted: boolean }> };

export type UpdateContactMutationVariables = Exact<{
  caseId: string | number;
  contact: ReporterContactInput;
}>;


export type UpdateContactMutation = { updateReporterContact: { id: string, updatedAt: string, reporter: { anonymous: boolean, name: string | null, email: string | null, mobilePhone: string | null, preferredLanguage: string } | null } };

export type ConsentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsentQuery = { case: { onBehalfOf: { representedPersonName: string, relationship: string | null, consentGiven: boolean, consentRecordedAt: string, consentMethod: string } | null } | null };

export type RepresentationQueryVariables = Exact<{
  id: string | number;
}>;


export type RepresentationQuery = { case: { reporter: { representative: string | null, excludedCompanions: Array<string> } | null } | null };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, srNumber: string, kind: CaseKind, channel: Channel, status: CaseStatus | null, receivedAt: string, location: { ward: string | null } | null } }> } };

export type CaseBySrNumberQueryVariables = Exact<{
  srNumber: string;
}>;


export type CaseBySrNumberQuery = { caseBySrNumber: { id: string } | null };

export type CaseEntitiesQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type CaseEntitiesQuery = { _entities: Array<{ id: string, srNumber: string, kind: CaseKind } | null> };

export type CaseTextQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTextQuery = { case: { description: string, location: { address: string | null } | null, reporter: { name: string | null, preferredLanguage: string } | null } | null };

export type ServiceSdlQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSdlQuery = { _service: { sdl: string | null } };

export type CouncilOfficeNoticesQueryVariables = Exact<{
  office?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CouncilOfficeNoticesQuery = { councilOfficeNotices: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseId: string, srNumber: string, councilOffice: string, outcome: Outcome, disposition: string | null, createdAt: string, case: { id: string, status: CaseStatus | null, channel: Channel, councilOffice: string | null } | null } }> } };

export type SubmitMutationVariables = Exact<{
  input: SubmitCaseInput;
}>;


export type SubmitMutation = { submitCase: { caseId: string, srNumber: string, status: CaseStatus, receivedAt: string, ward: string | null } };

export type LogMutationVariables = Exact<{
  input: LogCaseInput;
}>;


export type LogMutation = { logCase: { id: string, srNumber: string, kind: CaseKind, channel: Channel, subjectCategory: SubjectCategory | null, councilOffice: string | null, receivingDepartment: string | null, receivedAt: string, loggedBy: string | null, serviceCode: string | null, description: string, status: CaseStatus | null, updatedAt: string, location: { address: string | null, latitude: number | null, longitude: number | null, ward: string | null } | null, attachments: Array<{ url: string, mediaType: string, sha256: string }> } };

export type TrackQueryVariables = Exact<{
  srNumber: string;
}>;


export type TrackQuery = { trackCase: { srNumber: string, kind: CaseKind, status: CaseStatus, receivedAt: string, updatedAt: string, closedAt: string | null, responsibleBody: string | null } | null };

export type WithdrawMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type WithdrawMutation = { withdrawCase: { srNumber: string, status: CaseStatus, closedAt: string | null, updatedAt: string } };

export type CaseCountQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CaseCountQuery = { cases: { totalCount: number } };


export const CaseWithReporterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseWithReporter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representedPersonName"}}]}}]}}]}}]} as unknown as DocumentNode<CaseWithReporterQuery, CaseWithReporterQueryVariables>;
export const ReportersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportersPageQuery, ReportersPageQueryVariables>;
export const CaseIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseIdQuery, CaseIdQueryVariables>;
export const CaseReferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReferencesQuery, CaseReferencesQueryVariables>;
export const IntakeAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"readerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]}}]} as unknown as DocumentNode<IntakeAccessLogQuery, IntakeAccessLogQueryVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReporterContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const ConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representedPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentMethod"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentQuery, ConsentQueryVariables>;
export const RepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Representation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCompanions"}}]}}]}}]}}]} as unknown as DocumentNode<RepresentationQuery, RepresentationQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ward"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseBySrNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseBySrNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"srNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseBySrNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"srNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"srNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseBySrNumberQuery, CaseBySrNumberQueryVariables>;
export const CaseEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CaseEntitiesQuery, CaseEntitiesQueryVariables>;
export const CaseTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<CaseTextQuery, CaseTextQueryVariables>;
export const ServiceSdlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceSdl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sdl"}}]}}]}}]} as unknown as DocumentNode<ServiceSdlQuery, ServiceSdlQueryVariables>;
export const CouncilOfficeNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilOfficeNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"office"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilOfficeNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"office"},"value":{"kind":"Variable","name":{"kind":"Name","value":"office"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"councilOffice"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"councilOffice"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouncilOfficeNoticesQuery, CouncilOfficeNoticesQueryVariables>;
export const SubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Submit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ward"}}]}}]}}]} as unknown as DocumentNode<SubmitMutation, SubmitMutationVariables>;
export const LogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Log"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategory"}},{"kind":"Field","name":{"kind":"Name","value":"councilOffice"}},{"kind":"Field","name":{"kind":"Name","value":"receivingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"ward"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]} as unknown as DocumentNode<LogMutation, LogMutationVariables>;
export const TrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Track"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"srNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"srNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"srNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBody"}}]}}]}}]} as unknown as DocumentNode<TrackQuery, TrackQueryVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"srNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;
export const CaseCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CaseCountQuery, CaseCountQueryVariables>;