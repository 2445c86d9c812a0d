import { Args, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import {
  AllowRoles,
  Connection,
  PageArgs,
  pageOf,
  pageSizeOf,
  Restricted,
  SignedIn,
  type ConnectionPage,
  type RequestContext,
} from '../src';

/** A minimal subgraph used to test the kit's bootstrap and its access and page helpers. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Greeting {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  /** Restricted by the kind of greeting: a confidential one is for HR alone. */
  confidential = false;

  @Restricted<Greeting>({
    readers: ['hr', 'agent'],
    readersOf: (greeting) => (greeting.confidential ? ['hr'] : ['hr', 'agent']),
    refusal: 'secret: for HR, or agents on an ordinary greeting',
  })
  @Field(() => String, { nullable: true })
  secret(): string {
    return `the secret of ${this.id}`;
  }
}

export const GreetingConnection = Connection(Greeting, {
  name: 'GreetingConnection',
  edgeName: 'GreetingEdge',
  countDescription: 'How many greetings there are.',
});

/** A feed whose count nobody may rely on: no totalCount. */
export const GreetingFeed = Connection(Greeting, {
  name: 'GreetingFeed',
  edgeName: 'GreetingFeedEdge',
});

export const GREETING_IDS = {
  ordinary: '0190a1b2-0000-7000-8000-0000000000f1',
  confidential: '0190a1b2-0000-7000-8000-0000000000f2',
};

function greeting(id: string, text: string, confidential = false): Greeting {
  return Object.assign(new Greeting(), { id, text, confidential });
}

@Resolver()
export class GreetingResolver {
  @SignedIn()
  @Query(() => Greeting)
  greeting(@Ctx() { caller }: RequestContext): Greeting {
    return greeting(GREETING_IDS.ordinary, `hello ${caller.subject}`);
  }

  @SignedIn()
  @Query(() => [Greeting])
  greetings(): Greeting[] {
    return [
      greeting(GREETING_IDS.ordinary, 'hello'),
      greeting(GREETING_IDS.confidential, 'psst', true),
    ];
  }

  @SignedIn()
  @Query(() => GreetingConnection)
  greetingPage(): ConnectionPage<Greeting> {
    const rows = this.greetings();
    return Object.assign(new GreetingConnection(), {
      ...pageOf(rows, 1, (row) => row.id, false),
      count: async () => rows.length,
    });
  }

  @SignedIn()
  @Query(() => GreetingFeed)
  greetingFeed(@Args(() => PageArgs) { first }: PageArgs): ConnectionPage<Greeting> {
    return Object.assign(new GreetingFeed(), {
      ...pageOf(this.greetings(), pageSizeOf(first), (row) => row.id, false),
      count: async () => 0,
    });
  }

  // Restricted fields are nullable, so a refusal nulls only this field, not the whole answer.
  @AllowRoles('hr')
  @Query(() => String, { nullable: true })
  hrOnly(): string {
    return 'personnel file';
  }
}
