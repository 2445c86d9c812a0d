import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (FRAUD); the database holds the values (fraud), the lower-case
// vocabulary of the hub's contracts and of the monthly summary's rows.

/** docs/domain.md §6: what Internal Audit is asked to look at. */
export enum AllegationCategory {
  FRAUD = 'fraud',
  WASTE = 'waste',
  ABUSE = 'abuse',
}

/** How Internal Audit concluded the file. Part of the working papers: for audit alone. */
export enum AuditOutcome {
  SUBSTANTIATED = 'substantiated',
  PARTIALLY_SUBSTANTIATED = 'partially_substantiated',
  UNSUBSTANTIATED = 'unsubstantiated',
  REFERRED_TO_LAW_ENFORCEMENT = 'referred_to_law_enforcement',
}

/**
 * What the reporter is told, decided apart from the findings: the text audit wrote for them,
 * or nothing beyond the receipt of the report (the configured receipt-only text).
 */
export enum DisclosureDecision {
  DISCLOSE_TEXT = 'disclose_text',
  RECEIPT_ONLY = 'receipt_only',
}

registerEnumType(AllegationCategory, {
  name: 'AuditAllegationCategory',
  description: 'Fraud, waste or abuse (docs/domain.md §6).',
});
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: "Internal Audit's conclusion; never sent to the reporter as such.",
});
registerEnumType(DisclosureDecision, {
  name: 'AuditDisclosureDecision',
  description: 'What the reporter receives when the file closes.',
  valuesConfig: {
    DISCLOSE_TEXT: { description: 'The disclosable text audit wrote, exactly.' },
    RECEIPT_ONLY: {
      description: 'Nothing beyond the receipt of the report: the configured standard text.',
    },
  },
});
