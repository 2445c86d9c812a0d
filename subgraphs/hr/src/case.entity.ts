import { releaseRestricted, requiresScopes } from '@hub/service-kit';
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

  /** The file when the caller already read it (HR's queue); undefined: ask the loader. */
  private file?: StaffComplaint | null;

  static of(id: string, file?: StaffComplaint | null): Case {
    const found = new Case();
    found.id = id;
    if (file !== undefined) found.file = file;
    return found;
  }

  @Directive(requiresScopes(HR_FILE_READERS))
  @Field(() => StaffComplaint, {
    nullable: true,
    description:
      "HR's file of this staff complaint; null when HR holds no file for the case. For city " +
      'staff and residents (not external agencies, not anonymous callers); its details are ' +
      "restricted further, field by field. Every read is in HR's access log.",
  })
  async staffComplaint(@Ctx() context: HrContext): Promise<StaffComplaint | null> {
    const { caller, loaders } = context;
    const logged = releaseRestricted(
      { caller, accessLog: loaders.accessLog },
      this.id,
      accessLogField(null),
      HR_FILE_READERS,
      refusalOf(null),
    );
    if (this.file !== undefined) {
      await logged;
      return this.file;
    }
    // The file is read while the access is written (one round trip instead of two after each
    // other); it leaves only when both are done, so the read is on record before its value.
    const [, file] = await Promise.all([logged, loaders.fileByCase.load(this.id)]);
    return file;
  }
}
