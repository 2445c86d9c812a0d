import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { z } from 'zod';
import { hasAnyRole } from '../access/tokens';
import { forbidden, unauthenticated } from '../graphql/errors';
import type { RequestContext } from './context';
import type { SubgraphDefinition } from './definition';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@authenticated", "@requiresScopes"])`;

/** Prints the type-graphql schema with its directives and hands it to Apollo's subgraph builder. */
export async function buildFederatedSchema(
  options: Pick<
    SubgraphDefinition<unknown, z.ZodRawShape, unknown>,
    'resolvers' | 'orphanedTypes' | 'referenceResolvers'
  >,
): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true, // a subgraph may have no Query of its own
    validate: { forbidUnknownValues: false },
    // Throws rather than returning false, so clients get the hub's codes, not type-graphql's.
    authChecker: ({ context }, roles) => {
      const caller = (context as RequestContext).caller;
      if (caller.anonymous) throw unauthenticated('sign in to see this');
      if (roles.length > 0 && !hasAnyRole(caller, roles)) throw forbidden();
      return true;
    },
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<
    string,
    Record<string, unknown>
  >;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}
