import { CaseKind } from '@hub/contracts';
import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (SERVICE_REQUEST); the database and the events hold the values
// (service_request), the lower-case vocabulary every event contract of the hub uses. The kinds
// of contact (CaseKind) and the status vocabulary (CaseStatus) are the hub's, in
// @hub/contracts; the kit registers CaseStatus, intake registers CaseKind here.

export enum Channel {
  PHONE = 'phone',
  TTY = 'tty',
  EMAIL = 'email',
  WEB = 'web',
  MOBILE_APP = 'mobile_app',
  FAX = 'fax',
  MAIL = 'mail',
  IN_PERSON = 'in_person',
  DEPARTMENT = 'department',
  COUNCIL_OFFICE = 'council_office',
}

/** The channels a resident reaches without an agent: the web form and the 311 app. */
export enum PublicChannel {
  WEB = 'web',
  MOBILE_APP = 'mobile_app',
}

export enum SubjectCategory {
  CITY_SERVICE = 'city_service',
  NON_SWORN_STAFF = 'non_sworn_staff',
  SWORN_POLICE = 'sworn_police',
  SWORN_FIRE = 'sworn_fire',
  CHARTER_OFFICER = 'charter_officer',
  ELECTED_OFFICIAL = 'elected_official',
  OTHER_GOVERNMENT = 'other_government',
  PRIVATE_BUSINESS = 'private_business',
  NON_PROFIT = 'non_profit',
}

/**
 * How a case ended, as routing reports it in `case.completed.v1`. The same GraphQL enum as
 * routing's `Outcome`, value for value, so the supergraph has one.
 */
export enum Outcome {
  RESOLVED = 'resolved',
  UPHELD = 'upheld',
  NOT_UPHELD = 'not_upheld',
  OUT_OF_JURISDICTION = 'out_of_jurisdiction',
  /** Closed by an office that keeps its findings (HR, OPA, Internal Audit): upheld or not stays there. */
  CLOSED = 'closed',
}

registerEnumType(CaseKind, {
  name: 'CaseKind',
  description: 'What the contact is; routing sends each kind to its office.',
});
registerEnumType(Channel, { name: 'Channel', description: 'How the contact reached the city.' });
registerEnumType(PublicChannel, {
  name: 'PublicChannel',
  description: 'The channels a resident uses without an agent.',
});
registerEnumType(SubjectCategory, {
  name: 'SubjectCategory',
  description: 'What or whom the complaint is about; routing and the jurisdiction check use it.',
});
registerEnumType(Outcome, { name: 'Outcome' });
