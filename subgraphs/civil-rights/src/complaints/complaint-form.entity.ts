import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TitleVIRespondentKind } from './title-vi.enums';

// The sections of the Title VI complaint form (RTC, FHWA and FTA alike), as a complaint keeps
// them: the complainant's contact, the respondent and the signature as columns of the
// complaint's row; the other people to contact, the prior complaints and the filer as JSON.

@Embeddable()
@ObjectType('TitleVIContact', { description: 'Section 1: how to reach the complainant.' })
export class TitleVIContact {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  state: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  zip: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  homePhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mobilePhone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Best time of day to be contacted.' })
  @Property({ type: 'text', nullable: true })
  bestTimeToContact: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;
}

@Embeddable()
@ObjectType('TitleVIRespondent', {
  description: 'Section 2: who is alleged to have discriminated.',
})
export class TitleVIRespondent {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  organization: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  state: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  zip: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  homePhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mobilePhone: string | null = null;

  @Field(() => TitleVIRespondentKind, {
    description: 'A subrecipient, consultant or contractor is notified of the complaint.',
  })
  @Enum({ items: () => TitleVIRespondentKind })
  kind: TitleVIRespondentKind = TitleVIRespondentKind.OTHER;

  @Field(() => String, {
    nullable: true,
    description: 'The agency complained against, if any: it may never investigate the complaint.',
  })
  @Property({ type: 'text', nullable: true })
  agencyId: string | null = null;
}

@Embeddable()
@ObjectType('TitleVISignature', { description: 'Section 5: the signature.' })
export class TitleVISignature {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  printedName: string | null = null;

  @Field(() => String, { nullable: true, description: 'A typed (electronic) signature.' })
  @Property({ type: 'text', nullable: true })
  signatureText: string | null = null;

  @Field({ description: 'A signed paper form was received (and is kept on file).' })
  @Property({ type: 'boolean' })
  signedPaperReceived: boolean = false;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  date: string | null = null;
}

@ObjectType('TitleVIOtherContact', {
  description: 'Section 3: someone else to contact for more information.',
})
export class TitleVIOtherContact {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  state!: string | null;

  @Field(() => String, { nullable: true })
  zip!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType('TitleVIPriorComplaint', {
  description: 'Section 4: a complaint already made to another agency or a court.',
})
export class TitleVIPriorComplaint {
  @Field(() => String, { nullable: true })
  agencyOrCourt!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateFiled!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true })
  result!: string | null;

  @Field(() => String, { nullable: true, description: 'Their complaint number.' })
  complaintNumber!: string | null;
}

/** A name and a postal address: the filer's, and the complainant's in the log. */
@ObjectType() // never in the schema itself: only the types that extend it are
export abstract class TitleVINamedAddress {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  state!: string | null;

  @Field(() => String, { nullable: true })
  zip!: string | null;
}

@ObjectType('TitleVIFiler', {
  description: "Section 5: who filed a complaint on the complainant's behalf.",
})
export class TitleVIFiler extends TitleVINamedAddress {
  @Field(() => String, { nullable: true })
  homePhone!: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone!: string | null;

  @Field(() => String, { nullable: true })
  relationship!: string | null;
}
