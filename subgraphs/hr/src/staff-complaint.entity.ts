import { Restricted, type RestrictedFieldRule } from '@hub/service-kit';
import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ObjectType } from 'type-graphql';
import type { HrContext } from './context';
import {
  HrActionKind,
  HrDisclosureDecision,
  HrFileStatus,
  HrStaffLevel,
  StaffComplaintCategory,
  StaffComplaintOutcome,
} from './staff-complaint.enums';
import { PersonInvolved } from './person-involved.entity';
import {
  accessLogField,
  refusalOf,
  RESTRICTED_FIELD_READERS,
  type RestrictedField,
} from './staff-complaint.rules';

// HR's file of one staff complaint. The row holds everything; GraphQL shows the file's state
// and dates to city staff, and each detail only through the gate declared on its field
// (@Restricted), so the rule for a field sits where the field is declared.

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

  @Restricted(restricted('subjectEmployee'))
  @Field(() => SubjectEmployee, {
    nullable: true,
    description: 'RESTRICTED to role hr. Null until HR records it. Every read is logged.',
  })
  subjectEmployee(): SubjectEmployee | null {
    if (this.subjectName === null) return null;
    return Object.assign(new SubjectEmployee(), {
      name: this.subjectName,
      jobTitle: this.subjectJobTitle ?? '',
      department: this.subjectDepartment ?? '',
    });
  }

  @Restricted(restricted('review'))
  @Field(() => HrReview, {
    nullable: true,
    description: 'RESTRICTED to role hr. Null until the review starts. Every read is logged.',
  })
  review(): HrReview | null {
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

  @Restricted(restricted('peopleInvolved'))
  @Field(() => [PersonInvolved], {
    nullable: true,
    description: 'RESTRICTED to role hr. In the order HR added them. Every read is logged.',
  })
  peopleInvolved(@Ctx() { loaders }: HrContext): Promise<PersonInvolved[]> {
    return loaders.peopleByCase.load(this.caseId);
  }

  @Restricted(restricted('findings'))
  @Field(() => String, {
    nullable: true,
    description: "RESTRICTED to role hr: HR's findings. Every read is logged.",
  })
  findings(): string | null {
    return this.findingsText;
  }

  @Restricted(restricted('actionTaken'))
  @Field(() => HrAction, {
    nullable: true,
    description: 'RESTRICTED to role hr: any action taken, discipline included. Logged.',
  })
  actionTaken(): HrAction | null {
    if (!this.actionKind) return null;
    return Object.assign(new HrAction(), { kind: this.actionKind, details: this.actionDetails });
  }

  @Restricted(restricted('outcome'))
  @Field(() => StaffComplaintOutcome, {
    nullable: true,
    description:
      'RESTRICTED to role hr: upheld or not is itself a finding the reporter may not be ' +
      'told. Null until closed. Every read is logged.',
  })
  outcome(): StaffComplaintOutcome | null {
    return this.outcomeValue;
  }

  @Restricted(restricted('disclosure'))
  @Field(() => HrDisclosure, {
    nullable: true,
    description:
      'RESTRICTED to roles hr and agent (311 agents answer the reporter when they call; HR ' +
      'cannot tell which resident is the reporter, who receives the text by email). Null ' +
      'until closed. Every read is logged.',
  })
  disclosure(): HrDisclosure | null {
    if (!this.disclosureDecision || this.disclosureText === null || !this.closedAt) return null;
    return Object.assign(new HrDisclosure(), {
      decision: this.disclosureDecision,
      text: this.disclosureText,
      disclosedAt: this.closedAt,
    });
  }
}

/** The gate of a restricted field of the file: who reads it, its access-log name, its refusal. */
function restricted(field: RestrictedField): RestrictedFieldRule<StaffComplaint> {
  return {
    readers: RESTRICTED_FIELD_READERS[field],
    caseIdOf: (file) => file.caseId,
    logAs: accessLogField(field),
    refusal: refusalOf(field),
  };
}
