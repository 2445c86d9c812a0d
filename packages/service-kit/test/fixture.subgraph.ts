import { Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../src';

/** A minimal subgraph used to test the kit's bootstrap: one entity type, two queries. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Greeting {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;
}

@Resolver()
export class GreetingResolver {
  @Authorized()
  @Query(() => Greeting)
  greeting(@Ctx() { caller }: RequestContext): Greeting {
    return { id: 'g1', text: `hello ${caller.subject}` };
  }

  // Restricted fields are nullable, so a refusal nulls only this field, not the whole answer.
  @Authorized('hr')
  @Query(() => String, { nullable: true })
  hrOnly(): string {
    return 'personnel file';
  }
}
