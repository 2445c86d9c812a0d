import { Restricted } from '@hub/service-kit';
import { Ctx, Directive, Field, ID, ObjectType } from 'type-graphql';
import type { HrContext } from './context';
import { StaffComplaint } from './staff-complaint.entity';
import { accessLogField, HR_FILE_READERS, refusalOf } from './staff-complaint.rules';

/**
 * The case as HR sees it: intake owns Case (kind, reporter, ...); HR extends it by `id` with
 * its file of a staff complaint. Not a table of its own: the file is keyed by the case id.
 */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class Case {
  @Field(() => ID)
  id!: string;

  /** A case as the gateway names it: only its id; its file is read through a loader. */
  static of(id: string): Case {
    return Object.assign(new Case(), { id });
  }

  @Restricted<Case>({
    readers: HR_FILE_READERS,
    logAs: accessLogField(null),
    refusal: refusalOf(null),
  })
  @Field(() => StaffComplaint, {
    nullable: true,
    description:
      "HR's file of this staff complaint; null when HR holds no file for the case. For city " +
      'staff (not residents, who track a case publicly; not external agencies); its details are ' +
      "restricted further, field by field. Every read is in HR's access log.",
  })
  staffComplaint(@Ctx() { loaders }: HrContext): Promise<StaffComplaint | null> {
    return loaders.fileByCase.load(this.id);
  }
}
