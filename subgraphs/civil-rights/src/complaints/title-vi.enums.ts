import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (NATIONAL_ORIGIN); the database and the events hold the values
// (national_origin), the lower-case vocabulary of the hub's event contracts.

/** Which federal procedure the complaint follows (docs/domain.md §7). */
export enum TitleVIProgram {
  /** Highway programs: forwarded to WSDOT OECR; FHWA decides; no administrative appeal. */
  FHWA = 'fhwa',
  /** The Human Services Transportation Plan: the office decides and investigates. */
  FTA = 'fta',
}

/** The three protected bases of Title VI, and only these. */
export enum TitleVIBasis {
  RACE = 'race',
  COLOR = 'color',
  NATIONAL_ORIGIN = 'national_origin',
}

export enum TitleVIReceivedVia {
  /** A written complaint (mail, fax, email, in person). */
  WRITTEN = 'written',
  /** Told by phone or in person and written down by the office. */
  VERBAL = 'verbal',
}

/** Where the complaint stands in the office's own procedure (its `agencyStatus`). */
export enum TitleVIStage {
  /** Verbal (FHWA) or written but unsigned: held until the signed complaint arrives. */
  AWAITING_SIGNED_COMPLAINT = 'awaiting_signed_complaint',
  /** A verbal complaint under FTA: recorded, not formally processed. */
  VERBAL_NOT_PROCESSED = 'verbal_not_processed',
  /** Signed but filed after the window: the coordinator accepts it or dismisses it. */
  AWAITING_LATE_REVIEW = 'awaiting_late_review',
  /** Signed, in time (or accepted late): the procedure runs. */
  OPEN = 'open',
  REFERRED = 'referred',
  CLOSED = 'closed',
  /** FTA: appealed after the final decision. */
  APPEALED = 'appealed',
}

/** Whom the complaint is against; a subrecipient, consultant or contractor is told in 15 days. */
export enum TitleVIRespondentKind {
  /** The recipient itself (the office's own agency or its staff). */
  RECIPIENT = 'recipient',
  SUBRECIPIENT = 'subrecipient',
  CONSULTANT = 'consultant',
  CONTRACTOR = 'contractor',
  OTHER = 'other',
}

/** The clocks of docs/domain.md §7, each in calendar days. */
export enum TitleVIClockKind {
  /** A complaint against a subrecipient, consultant or contractor is notified to them. */
  RESPONDENT_NOTIFICATION = 'respondent_notification',
  /** Both parties are told in writing of the course of action decided. */
  DECISION_NOTIFICATION = 'decision_notification',
  /** The respondent answers the allegations in writing, from its notification. */
  RESPONDENT_ANSWER = 'respondent_answer',
  /** The written investigation report, from receipt. */
  INVESTIGATION_REPORT = 'investigation_report',
  /** Informational meetings with each party, from the final report. */
  INFORMATIONAL_MEETINGS = 'informational_meetings',
  /** The complaint (and report) to WSDOT OECR, from receipt. */
  OECR_COPY = 'oecr_copy',
  /** A party may appeal, from the final decision (FTA only). */
  APPEAL_WINDOW = 'appeal_window',
}

export enum TitleVIClockState {
  PENDING = 'pending',
  DUE_SOON = 'due_soon',
  MET = 'met',
  BREACHED = 'breached',
  /** The case ended before the clock came due; nothing is owed any more. */
  CANCELLED = 'cancelled',
}

/** The steps of the FTA procedure the coordinator records; each meets or starts clocks. */
export enum TitleVIStep {
  RESPONDENT_NOTIFIED = 'respondent_notified',
  COURSE_OF_ACTION_DECIDED = 'course_of_action_decided',
  PARTIES_NOTIFIED = 'parties_notified',
  RESPONDENT_ANSWERED = 'respondent_answered',
  INVESTIGATION_REPORTED = 'investigation_reported',
  FINAL_REPORT_ISSUED = 'final_report_issued',
  INFORMATIONAL_MEETINGS_HELD = 'informational_meetings_held',
  OECR_COPY_SENT = 'oecr_copy_sent',
  FINAL_DECISION = 'final_decision',
  APPEAL_RECEIVED = 'appeal_received',
}

/** What an external agency decided on a complaint referred to it. */
export enum ReferralDecision {
  ACCEPTED = 'accepted',
  DISMISSED = 'dismissed',
  TRANSFERRED = 'transferred',
  MORE_INFORMATION_NEEDED = 'more_information_needed',
  FINAL_DECISION = 'final_decision',
}

registerEnumType(TitleVIProgram, {
  name: 'TitleVIProgram',
  description: 'FHWA (highway programs) or FTA (Human Services Transportation Plan).',
});
registerEnumType(TitleVIBasis, { name: 'TitleVIBasis' });
registerEnumType(TitleVIReceivedVia, { name: 'TitleVIReceivedVia' });
registerEnumType(TitleVIStage, {
  name: 'TitleVIStage',
  description: "Where the complaint stands in the Title VI office's own procedure.",
});
registerEnumType(TitleVIRespondentKind, { name: 'TitleVIRespondentKind' });
registerEnumType(TitleVIClockKind, { name: 'TitleVIClockKind' });
registerEnumType(TitleVIClockState, {
  name: 'TitleVIClockState',
  description:
    'PENDING; DUE_SOON within the warning window; MET in time; BREACHED when late; CANCELLED ' +
    'when the case ended first.',
});
registerEnumType(TitleVIStep, { name: 'TitleVIStep' });
registerEnumType(ReferralDecision, { name: 'ReferralDecision' });
