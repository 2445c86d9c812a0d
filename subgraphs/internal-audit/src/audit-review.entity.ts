import { CaseStatus } from '@hub/contracts';
import { Restricted, type RestrictedFieldRule } from '@hub/service-kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, Float, ObjectType } from 'type-graphql';
import { AllegationCategory, AuditOutcome, DisclosureDecision } from './audit-review.enums';
import {
  accessLogField,
  refusalOf,
  RESTRICTED_FIELD_READERS,
  type RestrictedField,
} from './audit-review.rules';
import { AuditStep } from './audit-step.entity';
import type { AuditContext } from './context';

// Internal Audit's file on a fraud, waste or abuse report (docs/domain.md §6). The reporter's
// name and contact stay in intake (Case.reporter, for audit alone); nothing here copies them.
// The allegation, the whistleblower's protection and the working papers are guarded right
// where they are declared below (@Restricted): each is nullable, so a refusal nulls only that
// field.

@ObjectType('AuditAllegation', {
  description: 'The fraud, waste or abuse allegation, as Internal Audit assessed it.',
})
export class Allegation {
  @Field(() => AllegationCategory)
  category!: AllegationCategory;

  @Field({ description: 'The allegation as Internal Audit records it.' })
  summary!: string;

  @Field({ description: 'The program or department concerned.' })
  programConcerned!: string;

  @Field(() => Float, { nullable: true, description: 'Estimated amount at stake, in dollars.' })
  estimatedAmount!: number | null;

  @Field()
  assessedAt!: Date;

  @Field({ description: 'Token subject of who recorded the assessment.' })
  assessedBy!: string;
}

@ObjectType({ description: 'How the whistleblower is protected (docs/domain.md §6).' })
export class WhistleblowerProtection {
  @Field({ description: "Whether the reporter's identity is protected; true until decided." })
  identityProtected!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A concern of retaliation, recorded in writing.',
  })
  retaliationConcern!: string | null;

  @Field(() => Date, { nullable: true })
  retaliationConcernRecordedAt!: Date | null;
}

@ObjectType({ description: 'What the audit found (working papers).' })
export class AuditFindings {
  @Field()
  text!: string;

  @Field()
  recordedAt!: Date;

  @Field({ description: 'Token subject of who recorded them.' })
  recordedBy!: string;
}

@ObjectType('AuditDisclosure', {
  description: 'What the reporter was told when the file closed, decided apart from the findings.',
})
export class Disclosure {
  @Field(() => DisclosureDecision)
  decision!: DisclosureDecision;

  @Field({ description: 'Exactly the text the reporter receives.' })
  text!: string;
}

@ObjectType('AuditReview', {
  description:
    "Internal Audit's file on a fraud, waste or abuse report. The allegation, the " +
    "whistleblower's protection and the working papers are for role audit only; every " +
    'attempt to read them, granted or refused, is in the access log.',
})
@Entity({ tableName: 'audit_file' })
export class AuditReview {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'When routing sent the case to Internal Audit.' })
  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Field(() => CaseStatus, {
    description: "The file's own status: ROUTED, IN_PROGRESS once a step is recorded, CLOSED.",
  })
  @Enum({ items: () => CaseStatus })
  fileStatus: CaseStatus = CaseStatus.ROUTED;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  // --- the allegation, once assessed ---
  @Enum({ items: () => AllegationCategory, nullable: true })
  category: AllegationCategory | null = null;

  @Property({ type: 'text', nullable: true })
  allegationSummary: string | null = null;

  @Property({ type: 'text', nullable: true })
  programConcerned: string | null = null;

  /** numeric(15, 2): the driver hands it back as text, so no cent is lost to a float. */
  @Property({ type: 'decimal', precision: 15, scale: 2, nullable: true })
  estimatedAmount: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  assessedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  assessedBy: string | null = null;

  // --- the whistleblower's protection: protected until Internal Audit decides otherwise ---
  @Property({ type: 'boolean' })
  identityProtected = true;

  @Property({ type: 'text', nullable: true })
  retaliationConcern: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  retaliationConcernRecordedAt: Date | null = null;

  // --- findings and closing ---
  @Property({ type: 'text', nullable: true })
  findings: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  findingsRecordedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  findingsRecordedBy: string | null = null;

  @Enum({ items: () => AuditOutcome, nullable: true })
  outcome: AuditOutcome | null = null;

  @Enum({ items: () => DisclosureDecision, nullable: true })
  disclosureDecision: DisclosureDecision | null = null;

  @Property({ type: 'text', nullable: true })
  disclosableText: string | null = null;

  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Restricted(restricted('allegation'))
  @Field(() => Allegation, {
    nullable: true,
    name: 'allegation',
    description: 'RESTRICTED: audit only. Null until assessed.',
  })
  allegationOf(): Allegation | null {
    if (!this.category || this.allegationSummary === null || this.programConcerned === null) {
      return null;
    }
    return Object.assign(new Allegation(), {
      category: this.category,
      summary: this.allegationSummary,
      programConcerned: this.programConcerned,
      estimatedAmount: this.estimatedAmount === null ? null : Number(this.estimatedAmount),
      assessedAt: this.assessedAt!,
      assessedBy: this.assessedBy!,
    });
  }

  @Restricted(restricted('whistleblowerProtection'))
  @Field(() => WhistleblowerProtection, {
    nullable: true,
    description: 'RESTRICTED: audit only.',
  })
  whistleblowerProtection(): WhistleblowerProtection {
    return Object.assign(new WhistleblowerProtection(), {
      identityProtected: this.identityProtected,
      retaliationConcern: this.retaliationConcern,
      retaliationConcernRecordedAt: this.retaliationConcernRecordedAt,
    });
  }

  @Restricted(restricted('steps'))
  @Field(() => [AuditStep], {
    nullable: true,
    description: "RESTRICTED: audit only. The audit's dated steps, oldest first.",
  })
  steps(@Ctx() { loaders }: AuditContext): Promise<AuditStep[]> {
    return loaders.stepsByCase.load(this.caseId);
  }

  @Restricted(restricted('findings'))
  @Field(() => AuditFindings, {
    nullable: true,
    name: 'findings',
    description: 'RESTRICTED: audit only. Null until recorded.',
  })
  findingsOf(): AuditFindings | null {
    if (this.findings === null) return null;
    return Object.assign(new AuditFindings(), {
      text: this.findings,
      recordedAt: this.findingsRecordedAt!,
      recordedBy: this.findingsRecordedBy!,
    });
  }

  @Restricted(restricted('outcome'))
  @Field(() => AuditOutcome, {
    nullable: true,
    name: 'outcome',
    description: "RESTRICTED: audit only. Internal Audit's conclusion; null until closed.",
  })
  outcomeOf(): AuditOutcome | null {
    return this.outcome;
  }

  @Field(() => Disclosure, {
    nullable: true,
    name: 'disclosure',
    description: 'What the reporter was told; null until the file is closed.',
  })
  disclosureOf(): Disclosure | null {
    if (!this.disclosureDecision || this.disclosableText === null) return null;
    return Object.assign(new Disclosure(), {
      decision: this.disclosureDecision,
      text: this.disclosableText,
    });
  }
}

/** The gate of a restricted field of the file: who reads it, its access-log name, its refusal. */
function restricted(field: RestrictedField): RestrictedFieldRule<AuditReview> {
  return {
    readers: RESTRICTED_FIELD_READERS[field],
    caseIdOf: (file) => file.caseId,
    logAs: accessLogField(field),
    refusal: refusalOf(field),
  };
}
