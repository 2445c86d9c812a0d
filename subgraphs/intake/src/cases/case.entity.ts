import { CaseKind } from '@hub/contracts';
import { Restricted, type RestrictedFieldRule } from '@hub/service-kit';
import { Embeddable, Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { Channel, SubjectCategory } from './case.enums';
import {
  RESTRICTED_FIELD_READERS,
  restrictedFieldReaders,
  restrictedFieldRefusal,
  type RestrictedField,
} from './rules/access.rules';

// One class per thing where the table row and the GraphQL type are the same thing. Embedded
// classes come first: decorator metadata refers to them when Case is defined.

@Embeddable()
@ObjectType({ description: 'Where the problem is: an address, GPS coordinates, or both.' })
export class Location {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The ward (council district) the coordinates fall in; null for an address only.',
  })
  @Property({ type: 'text', nullable: true })
  ward: string | null = null;
}

@ObjectType({ description: 'A photo or document the reporter attached, stored elsewhere.' })
export class Attachment {
  @Field()
  url!: string;

  @Field()
  mediaType!: string;

  @Field({ description: 'SHA-256 of the file, 64 hexadecimal digits.' })
  sha256!: string;
}

@Embeddable()
@ObjectType({ description: 'Who reported the case and how to reach them. Personal data.' })
export class Reporter {
  @Field(() => Boolean, { description: 'True when nothing identifies or reaches the reporter.' })
  @Property({ type: 'boolean' })
  anonymous = true;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  homePhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mobilePhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mailingAddress: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bestTimeToContact: string | null = null;

  @Field(() => String, { description: 'BCP 47 tag; acknowledgments are written in it.' })
  @Property({ type: 'text' })
  preferredLanguage = 'en';

  @Field(() => Boolean, {
    description: 'The reporter asked to be contacted (compliments and suggestions).',
  })
  @Property({ type: 'boolean' })
  wantsContact = false;

  @Field(() => String, { nullable: true, description: 'Who represents the complainant.' })
  @Property({ type: 'text', nullable: true })
  representative: string | null = null;

  @Field(() => [String], {
    description:
      'People who may never accompany or represent the complainant (safeguarding: alleged ' +
      'perpetrators of abuse against them).',
  })
  @Property({ type: 'json' })
  excludedCompanions: string[] = [];
}

@Embeddable()
@ObjectType({
  description: "A complaint made on someone else's behalf, with that person's recorded consent.",
})
export class ThirdPartyConsent {
  @Field()
  @Property({ type: 'text' })
  representedPersonName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  relationship: string | null = null;

  @Field()
  @Property({ type: 'boolean' })
  consentGiven!: boolean;

  @Field()
  @Property({ type: 'timestamptz' })
  consentRecordedAt!: Date;

  @Field({ description: 'How the consent was given, e.g. "signed form" or "in person".' })
  @Property({ type: 'text' })
  consentMethod!: string;
}

/**
 * A case: one contact with the city (a service request, complaint, compliment, ...), owned by
 * intake. Other subgraphs extend it by `id`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One contact with the city, from any channel, with its SR number.' })
@Entity({ tableName: 'case_record' })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The tracking number, e.g. SR-26-7K3M-Q9PX.' })
  @Property({ type: 'text', unique: true })
  srNumber!: string;

  /** The client's key for a retried submission; never shown. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  /** A digest of the submission, so a key reused for a different report is refused. */
  @Property({ type: 'text', nullable: true })
  requestFingerprint: string | null = null;

  @Field(() => CaseKind)
  @Enum({ items: () => CaseKind })
  kind!: CaseKind;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => SubjectCategory, { nullable: true })
  @Enum({ items: () => SubjectCategory, nullable: true })
  subjectCategory: SubjectCategory | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The Mayor/Council office that referred it (channel COUNCIL_OFFICE).',
  })
  @Property({ type: 'text', nullable: true })
  councilOffice: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The department that received it directly (channel DEPARTMENT).',
  })
  @Property({ type: 'text', nullable: true })
  receivingDepartment: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Token subject of whoever logged it; null for a public submission.',
  })
  @Property({ type: 'text', nullable: true })
  loggedBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  serviceCode: string | null = null;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Location, { nullable: true })
  @Embedded(() => Location, { prefix: false, nullable: true })
  location: Location | null = null;

  @Field(() => [Attachment])
  @Property({ type: 'json' })
  attachments: Attachment[] = [];

  @Field()
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** When it ended (withdrawn, closed); shown by public tracking. */
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  /** The subject of the token that withdrew the case. */
  @Property({ type: 'text', nullable: true })
  withdrawnBy: string | null = null;

  /** The department routing made responsible (its id, from `case.routed.v1`, like the name). */
  @Property({ type: 'text', nullable: true })
  responsibleDepartmentId: string | null = null;

  /**
   * The department or office routing made responsible (`case.routed.v1`, then the one that
   * completed it); public, shown by tracking. Never an individual.
   */
  @Property({ type: 'text', nullable: true })
  responsibleBody: string | null = null;

  /**
   * The clock stamp of the event that set `responsibleBody`: the latest stamp wins, so the
   * value is the same whatever order routing's events arrive in.
   */
  @Property({ type: 'text', nullable: true })
  responsibleBodyHlc: string | null = null;

  /** Read through `reporter` below, which enforces who may see it. */
  @Embedded(() => Reporter, { prefix: 'reporter_' })
  contact: Reporter = new Reporter();

  /** Read through `onBehalfOf` below. */
  @Embedded(() => ThirdPartyConsent, { prefix: 'on_behalf_of_', nullable: true })
  consent: ThirdPartyConsent | null = null;

  // The reporter's identity is guarded here, where the field is declared. Null on refusal,
  // so the rest of the answer still arrives; every attempt, granted or refused, is on the
  // access log. The schema declares every role that may read it for some kind of case; the
  // kind of this case decides.

  @Restricted(reporterIdentity('reporter'))
  @Field(() => Reporter, {
    nullable: true,
    description:
      'RESTRICTED. Role agent; on a FRAUD_WASTE_ABUSE case role audit only (whistleblower ' +
      'protection). Every read is logged.',
  })
  reporter(): Reporter {
    return this.contact;
  }

  @Restricted(reporterIdentity('onBehalfOf'))
  @Field(() => ThirdPartyConsent, {
    nullable: true,
    description: 'RESTRICTED like `reporter`. Every read is logged.',
  })
  onBehalfOf(): ThirdPartyConsent | null {
    return this.consent;
  }
}

/** Who may read a field of the reporter's identity: by the kind of the case. */
function reporterIdentity(field: RestrictedField): RestrictedFieldRule<Case> {
  return {
    readers: RESTRICTED_FIELD_READERS,
    readersOf: (found) => restrictedFieldReaders(found.kind),
    logAs: field,
    refusal: (found) => restrictedFieldRefusal(found.kind, field),
  };
}
