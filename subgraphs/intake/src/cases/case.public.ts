import { CaseKind, CaseStatus } from '@hub/contracts';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Case } from './case.entity';

// What a resident sees without signing in. Neither type has a field that could hold
// personal data, so nothing here can leak it, whatever the query asks for.

@ObjectType({ description: 'The answer to a public submission: the SR number to track it by.' })
export class CaseReceipt {
  @Field(() => ID)
  caseId!: string;

  @Field()
  srNumber!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field()
  receivedAt!: Date;

  @Field(() => String, { nullable: true })
  ward!: string | null;
}

@ObjectType({
  description:
    'Public tracking by SR number: status, dates and who is responsible. No personal data.',
})
export class CaseTracking {
  @Field()
  srNumber!: string;

  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field()
  receivedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the case ended, if it has.' })
  closedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The department or office responsible for the case, when intake knows it.',
  })
  responsibleBody!: string | null;
}

export function receiptOf(found: Case, status: CaseStatus): CaseReceipt {
  return Object.assign(new CaseReceipt(), {
    caseId: found.id,
    srNumber: found.srNumber,
    status,
    receivedAt: found.receivedAt,
    ward: found.location?.ward ?? null,
  });
}

export function trackingOf(found: Case, status: CaseStatus): CaseTracking {
  return Object.assign(new CaseTracking(), {
    srNumber: found.srNumber,
    kind: found.kind,
    status,
    receivedAt: found.receivedAt,
    updatedAt: found.updatedAt,
    closedAt: found.closedAt,
    // Routing's department once it has one; before that, a department that received the
    // case directly. Routing owns assignment: no person is named here.
    responsibleBody: found.responsibleBody ?? found.receivingDepartment,
  });
}
