import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { releaseRestricted, requiresScopes } from '@hub/service-kit';
import { Ctx, Directive, Field, ObjectType } from 'type-graphql';
import type { HrContext } from './context';
import {
  HrActionKind,
  HrDisclosureDecision,
  HrFileStatus,
  HrStaffLevel,
  StaffComplaintCategory,
  StaffComplaintOutcome,
} from './hr.enums';
import { PersonInvolved } from './person-involved.entity';
import {
  accessLogField,
  refusalOf,
  RESTRICTED_FIELD_READERS,
  type RestrictedField,
} from './staff-complaint.rules';

// HR's file of one staff complaint. The row holds everything; GraphQL shows the file's state
// and dates to city staff, and each detail only through a gate at the top of its resolver,
// so the rule for a field sits where the field is declared.

@ObjectType('HrSubjectEmployee', { description: 'The non-sworn employee the complaint is about.' })
export class SubjectEmployee {
  @Field()
  name!: string;

  @Field()
  jobTitle!: string;

  @Field()
  department!: string;
}

@ObjectType('HrReview', { description: "HR's review of the complaint." })
export class HrReview {
  @Field({ description: 'The HR reviewer responsible for the file.' })
  reviewer!: string;

  @Field()
  notes!: string;

  @Field(() => [HrStaffLevel], { description: 'The levels of staff HR works with on it.' })
  staffLevelsInvolved!: HrStaffLevel[];

  @Field(() => StaffComplaintCategory)
  category!: StaffComplaintCategory;

  @Field()
  startedAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('HrAction', { description: 'What was done about the employee, discipline included.' })
export class HrAction {
  @Field(() => HrActionKind)
  kind!: HrActionKind;

  @Field(() => String, { nullable: true })
  details!: string | null;
}

@ObjectType('HrDisclosure', {
  description: 'What employment law let HR tell the reporter, and the exact text they received.',
})
export class HrDisclosure {
  @Field(() => HrDisclosureDecision)
  decision!: HrDisclosureDecision;

  @Field({ description: 'Exactly the disposition sent in case.completed.v1.' })
  text!: string;

  @Field()
  disclosedAt!: Date;
}

@ObjectType('StaffComplaint', {
  description:
    "HR's file of a staff complaint about non-sworn staff. `status`, `openedAt` and `closedAt` " +
    'carry no personal data; every other field is RESTRICTED (see each), refused with ' +
    'FORBIDDEN and null while the rest of the answer arrives, and every read, granted or ' +
    'refused, is written to the access log (`hrAccessLog`).',
})
@Entity({ tableName: 'staff_complaint' })
export class StaffComplaint {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Field(() => HrFileStatus, { description: "Where HR's file stands. Not restricted." })
  @Enum({ items: () => HrFileStatus })
  status: HrFileStatus = HrFileStatus.OPEN;

  @Field({ description: 'When the case was routed to HR and the file opened. Not restricted.' })
  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When HR closed it. Not restricted.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  // The review.
  @Property({ type: 'timestamptz', nullable: true })
  reviewStartedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewUpdatedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reviewer: string | null = null;

  /** Token subject of who recorded the review last. */
  @Property({ type: 'text', nullable: true })
  reviewerSubject: string | null = null;

  @Property({ type: 'text', nullable: true })
  reviewNotes: string | null = null;

  @Property({ type: ArrayType })
  staffLevels: string[] = [];

  @Enum({ items: () => StaffComplaintCategory, nullable: true })
  category: StaffComplaintCategory | null = null;

  // The subject employee.
  @Property({ type: 'text', nullable: true })
  subjectName: string | null = null;

  @Property({ type: 'text', nullable: true })
  subjectJobTitle: string | null = null;

  @Property({ type: 'text', nullable: true })
  subjectDepartment: string | null = null;

  // Findings and action.
  @Property({ type: 'text', nullable: true })
  findingsText: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  findingsRecordedAt: Date | null = null;

  @Enum({ items: () => HrActionKind, nullable: true })
  actionKind: HrActionKind | null = null;

  @Property({ type: 'text', nullable: true })
  actionDetails: string | null = null;

  // The close.
  @Enum({ items: () => StaffComplaintOutcome, nullable: true })
  outcomeValue: StaffComplaintOutcome | null = null;

  @Enum({ items: () => HrDisclosureDecision, nullable: true })
  disclosureDecision: HrDisclosureDecision | null = null;

  @Property({ type: 'text', nullable: true })
  disclosureText: string | null = null;

  static opened(caseId: string, at: Date): StaffComplaint {
    return Object.assign(new StaffComplaint(), { caseId, openedAt: at, updatedAt: at });
  }

  /** Names a disclosure must never contain (the subject's, and everyone involved). */
  protectedNames(people: readonly PersonInvolved[]): string[] {
    return [this.subjectName, ...people.map((person) => person.name)].filter(
      (name): name is string => Boolean(name),
    );
  }

  // --- restricted ------------------------------------------------------------------------------

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.subjectEmployee))
  @Field(() => SubjectEmployee, {
    nullable: true,
    description: 'RESTRICTED to role hr. Null until HR records it. Every read is logged.',
  })
  async subjectEmployee(@Ctx() context: HrContext): Promise<SubjectEmployee | null> {
    await this.release(context, 'subjectEmployee');
    if (this.subjectName === null) return null;
    return Object.assign(new SubjectEmployee(), {
      name: this.subjectName,
      jobTitle: this.subjectJobTitle ?? '',
      department: this.subjectDepartment ?? '',
    });
  }

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.review))
  @Field(() => HrReview, {
    nullable: true,
    description: 'RESTRICTED to role hr. Null until the review starts. Every read is logged.',
  })
  async review(@Ctx() context: HrContext): Promise<HrReview | null> {
    await this.release(context, 'review');
    if (!this.reviewStartedAt || !this.category) return null;
    return Object.assign(new HrReview(), {
      reviewer: this.reviewer ?? '',
      notes: this.reviewNotes ?? '',
      staffLevelsInvolved: this.staffLevels as HrStaffLevel[],
      category: this.category,
      startedAt: this.reviewStartedAt,
      updatedAt: this.reviewUpdatedAt ?? this.reviewStartedAt,
    });
  }

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.peopleInvolved))
  @Field(() => [PersonInvolved], {
    nullable: true,
    description: 'RESTRICTED to role hr. In the order HR added them. Every read is logged.',
  })
  async peopleInvolved(@Ctx() context: HrContext): Promise<PersonInvolved[]> {
    await this.release(context, 'peopleInvolved');
    return context.loaders.peopleByCase.load(this.caseId);
  }

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.findings))
  @Field(() => String, {
    nullable: true,
    description: "RESTRICTED to role hr: HR's findings. Every read is logged.",
  })
  async findings(@Ctx() context: HrContext): Promise<string | null> {
    await this.release(context, 'findings');
    return this.findingsText;
  }

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.actionTaken))
  @Field(() => HrAction, {
    nullable: true,
    description: 'RESTRICTED to role hr: any action taken, discipline included. Logged.',
  })
  async actionTaken(@Ctx() context: HrContext): Promise<HrAction | null> {
    await this.release(context, 'actionTaken');
    if (!this.actionKind) return null;
    return Object.assign(new HrAction(), { kind: this.actionKind, details: this.actionDetails });
  }

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.outcome))
  @Field(() => StaffComplaintOutcome, {
    nullable: true,
    description:
      'RESTRICTED to role hr: upheld or not is itself a finding the reporter may not be ' +
      'told. Null until closed. Every read is logged.',
  })
  async outcome(@Ctx() context: HrContext): Promise<StaffComplaintOutcome | null> {
    await this.release(context, 'outcome');
    return this.outcomeValue;
  }

  @Directive(requiresScopes(RESTRICTED_FIELD_READERS.disclosure))
  @Field(() => HrDisclosure, {
    nullable: true,
    description:
      'RESTRICTED to roles hr and agent (311 agents answer the reporter when they call; HR ' +
      'cannot tell which resident is the reporter, who receives the text by email). Null ' +
      'until closed. Every read is logged.',
  })
  async disclosure(@Ctx() context: HrContext): Promise<HrDisclosure | null> {
    await this.release(context, 'disclosure');
    if (!this.disclosureDecision || this.disclosureText === null || !this.closedAt) return null;
    return Object.assign(new HrDisclosure(), {
      decision: this.disclosureDecision,
      text: this.disclosureText,
      disclosedAt: this.closedAt,
    });
  }

  private async release(context: HrContext, field: RestrictedField): Promise<void> {
    await releaseRestricted(
      { caller: context.caller, accessLog: context.loaders.accessLog },
      this.caseId,
      accessLogField(field),
      RESTRICTED_FIELD_READERS[field],
      refusalOf(field),
    );
  }
}
