import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (SUPERVISOR_ACTION); the database holds the values
// (supervisor_action). None of these ever travels in an event: they are OPA's details.

/** Who investigates (docs/domain.md §5): sworn police staff go to OPA, sworn fire staff to Fire Operations. */
export enum OpaDestination {
  OPA = 'opa',
  FIRE_OPERATIONS = 'fire_operations',
}

/**
 * How OPA classifies a complaint at intake (Seattle OPA's own classifications): a full
 * investigation, an expedited one decided on the intake record, a matter sent to the named
 * employee's supervisor, a contact logged with no misconduct alleged, mediation, or rapid
 * adjudication when the employee accepts the finding early.
 */
export enum OpaClassification {
  INVESTIGATION = 'investigation',
  EXPEDITED_INVESTIGATION = 'expedited_investigation',
  SUPERVISOR_ACTION = 'supervisor_action',
  CONTACT_LOG = 'contact_log',
  MEDIATION = 'mediation',
  RAPID_ADJUDICATION = 'rapid_adjudication',
}

/** OPA's finding when it closes the referral (Seattle OPA's findings). */
export enum OpaOutcome {
  SUSTAINED = 'sustained',
  NOT_SUSTAINED_UNFOUNDED = 'not_sustained_unfounded',
  NOT_SUSTAINED_LAWFUL_AND_PROPER = 'not_sustained_lawful_and_proper',
  NOT_SUSTAINED_INCONCLUSIVE = 'not_sustained_inconclusive',
  NOT_SUSTAINED_TRAINING_REFERRAL = 'not_sustained_training_referral',
  NOT_SUSTAINED_MANAGEMENT_ACTION = 'not_sustained_management_action',
  /** Closed without a finding: a contact log, a supervisor action, mediation. */
  ADMINISTRATIVELY_CLOSED = 'administratively_closed',
}

registerEnumType(OpaDestination, {
  name: 'OpaDestination',
  description: 'Sworn police staff: OPA (internal affairs). Sworn fire staff: Fire Operations.',
});
registerEnumType(OpaClassification, {
  name: 'OpaClassification',
  description: 'How OPA classified the complaint when it accepted the referral.',
});
registerEnumType(OpaOutcome, {
  name: 'OpaOutcome',
  description: "OPA's finding when it closed the referral.",
});
