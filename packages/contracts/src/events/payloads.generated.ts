// Generated from schema/events/*.schema.json by `npm run contracts`. Do not edit.

/**
 * case.completed.v1: the responsible department completed a case (or routing closed it as out of jurisdiction)
 */
export interface CaseCompletedData {
  caseId: string;
  /**
   * closed: an office that keeps its findings (HR, OPA, Internal Audit, Title VI) closed its file; the finding stays with that office
   */
  outcome: 'resolved' | 'upheld' | 'not_upheld' | 'out_of_jurisdiction' | 'closed';
  /**
   * the text for the reporter; out of jurisdiction: which body to contact and how
   */
  disposition: string;
  /**
   * the department that completed it (311 for an out-of-jurisdiction closure)
   */
  departmentName: string;
  /**
   * the roles that may read the disposition in another office's answers, set by the office that wrote it; null or absent: whoever may read the case's outcome. The reporter is sent it either way
   *
   * @maxItems 20
   */
  readers?: string[] | null;
}

/**
 * case.received.v1: intake received a case and gave it an SR number
 */
export interface CaseReceivedData {
  caseId: string;
  srNumber: string;
  kind:
    | 'service_request'
    | 'service_complaint'
    | 'staff_complaint'
    | 'police_conduct'
    | 'fraud_waste_abuse'
    | 'civil_rights'
    | 'compliment'
    | 'suggestion'
    | 'charter_officer_complaint'
    | 'information_request';
  channel:
    | 'phone'
    | 'tty'
    | 'email'
    | 'web'
    | 'mobile_app'
    | 'fax'
    | 'mail'
    | 'in_person'
    | 'department'
    | 'council_office';
  /**
   * what or whom the complaint is about; routing and the jurisdiction check use it
   */
  subjectCategory:
    | 'city_service'
    | 'non_sworn_staff'
    | 'sworn_police'
    | 'sworn_fire'
    | 'charter_officer'
    | 'elected_official'
    | 'other_government'
    | 'private_business'
    | 'non_profit'
    | null;
  serviceCode: string | null;
  /**
   * from the coordinates; null for an address only
   */
  ward: string | null;
  latitude: number | null;
  longitude: number | null;
  receivedAt: string;
  /**
   * the reporter's BCP 47 language tag
   */
  language: string;
  /**
   * the Mayor/Council office that referred it, to be told when work completes
   */
  councilOffice: string | null;
  receivingDepartment: string | null;
  /**
   * an acknowledgment can be emailed
   */
  hasEmail: boolean;
  anonymous: boolean;
}

/**
 * case.referred.v1: a case was referred to an external agency
 */
export interface CaseReferredData {
  caseId: string;
  referralId: string;
  /**
   * the routing table's agency id, e.g. wsdot-oecr, fhwa, fta, us-doj
   */
  agencyId: string;
  /**
   * fhwa / fta: a Title VI complaint under that procedure; out_of_jurisdiction: routing closed the case here and referred it to the agency
   */
  program: 'fhwa' | 'fta' | 'out_of_jurisdiction';
}

/**
 * case.reporter-contact-updated.v1: the reporter's contact details of a case changed
 */
export interface CaseReporterContactUpdatedData {
  caseId: string;
  /**
   * @minItems 1
   */
  changedFields: (
    | 'name'
    | 'email'
    | 'homePhone'
    | 'mobilePhone'
    | 'mailingAddress'
    | 'bestTimeToContact'
    | 'preferredLanguage'
    | 'wantsContact'
  )[];
  hasEmail: boolean;
  language: string;
}

/**
 * case.routed.v1: routing sent a case to a department, by its table or by hand
 */
export interface CaseRoutedData {
  caseId: string;
  /**
   * the routing table's id of the responsible department or office
   */
  departmentId: string;
  /**
   * its name, for public tracking (intake's responsibleBody)
   */
  departmentName: string;
  priority: 'routine' | 'expedited' | 'emergency';
  /**
   * null for the first routing
   */
  previousDepartmentId: string | null;
  /**
   * an agent re-routed it by hand
   */
  manual: boolean;
}

/**
 * case.status-changed.v1: a case's status changed in one agency's copy
 */
export interface CaseStatusChangedData {
  caseId: string;
  /**
   * a word of the hub's status vocabulary
   */
  status: string;
  /**
   * the agency or office whose decision changed the status
   */
  agency: string;
  /**
   * the agency's own word for the status, kept beside the hub's
   */
  agencyStatus?: string | null;
  reason?: string | null;
  /**
   * the roles that may read agencyStatus and reason, set by the office that wrote them (its own rules for its own words); null or absent: whoever may read the case's status history. The hub status word is shared with everyone either way
   *
   * @maxItems 20
   */
  readers?: string[] | null;
}

/**
 * case.urgent-alert.v1: an expedited or emergency case reached a department; its monitors are alerted at once
 */
export interface CaseUrgentAlertData {
  caseId: string;
  departmentId: string;
  priority: 'expedited' | 'emergency';
  /**
   * the department's primary and backup monitors (routing's staff ids, not names)
   *
   * @minItems 1
   */
  staffIds: string[];
}

/**
 * deadline.breached.v1: a case's clock passed its due time unmet (published once per breach)
 */
export interface DeadlineBreachedData {
  caseId: string;
  deadlineId: string;
  clock:
    | 'informal_resolution'
    | 'formal_acknowledgment'
    | 'formal_response'
    | 'appeal_acknowledgment'
    | 'appeal_hearing_invitation'
    | 'appeal_decision';
  dueAt: string;
  departmentId: string;
  priority: 'routine' | 'expedited' | 'emergency';
}

/**
 * notification.requested.v1: intake asked for an automatic message to a case's reporter
 */
export interface NotificationRequestedData {
  caseId: string;
  /**
   * which automatic message of docs/domain.md §2
   */
  template: 'receipt' | 'staff-complaint-receipt' | 'fraud-receipt' | 'completion';
  parameters: {
    srNumber: string;
    /**
     * the outcome quoted in a completion message, as the department wrote it
     */
    disposition?: string;
  };
}

/**
 * referral.decided.v1: an agency a case was referred to recorded a decision on it
 */
export interface ReferralDecidedData {
  caseId: string;
  referralId: string;
  decisionId: string;
  agencyId: string;
  decision: 'accepted' | 'dismissed' | 'transferred' | 'more_information_needed' | 'final_decision';
  program: 'fhwa' | 'fta' | 'out_of_jurisdiction';
  /**
   * the agency's own word for the status, kept beside the hub's
   */
  agencyStatus: string | null;
}

/**
 * titlevi.deadline-breached.v1: a Title VI clock passed its due time unmet (published once per clock)
 */
export interface TitleVIDeadlineBreachedData {
  caseId: string;
  clockId: string;
  clock:
    | 'respondent_notification'
    | 'decision_notification'
    | 'respondent_answer'
    | 'investigation_report'
    | 'informational_meetings'
    | 'oecr_copy'
    | 'appeal_window';
  dueAt: string;
  program: 'fhwa' | 'fta';
}

/**
 * titlevi.retaliation-alleged.v1: retaliation was alleged in writing on a Title VI complaint
 */
export interface TitleVIRetaliationAllegedData {
  caseId: string;
  allegationId: string;
  program: 'fhwa' | 'fta';
  /**
   * the agency investigating, to be told; null while none is assigned
   */
  investigatorAgencyId: string | null;
}

/** The payload each event type carries, as its contract states it. */
export interface EventPayloads {
  'case.completed.v1': CaseCompletedData;
  'case.received.v1': CaseReceivedData;
  'case.referred.v1': CaseReferredData;
  'case.reporter-contact-updated.v1': CaseReporterContactUpdatedData;
  'case.routed.v1': CaseRoutedData;
  'case.status-changed.v1': CaseStatusChangedData;
  'case.urgent-alert.v1': CaseUrgentAlertData;
  'deadline.breached.v1': DeadlineBreachedData;
  'notification.requested.v1': NotificationRequestedData;
  'referral.decided.v1': ReferralDecidedData;
  'titlevi.deadline-breached.v1': TitleVIDeadlineBreachedData;
  'titlevi.retaliation-alleged.v1': TitleVIRetaliationAllegedData;
}
