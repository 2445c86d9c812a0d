import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { PAGE_SIZE } from './connection';
import {
  GraphQLError,
  GraphQLInt,
  TypeInfo,
  getNamedType,
  typeFromAST,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';

/**
 * What one operation may ask of the hub. The gateway refuses anything larger while parsing or
 * validating, so no subgraph is ever called for it; every subgraph refuses the same, so one
 * called directly is no easier to overload.
 */
export const OPERATION_LIMITS = {
  /** Nesting of fields (Department.head.department.head… is a cycle). */
  depth: 12,
  aliases: 30,
  directives: 30,
  /** Lexical tokens of the document: enforced by graphql-js's parser itself. */
  tokens: 2_000,
  /** graphql-armor's estimate: 2 per object, 1 per scalar, ×1.5 per level of depth. */
  cost: 5_000,
  /** `first` and `last` on any list, the same maximum every subgraph enforces. */
  pageSize: PAGE_SIZE.max,
} as const;

/** graphql-armor's validation rules and plugins (depth, aliases, directives, cost, suggestions). */
export function armorProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.depth },
    maxAliases: { n: OPERATION_LIMITS.aliases },
    maxDirectives: { n: OPERATION_LIMITS.directives },
    costLimit: { maxCost: OPERATION_LIMITS.cost },
    // armor counts tokens in a plugin hook whose refusal Apollo Server answers with a 500;
    // the parser's own limit (parseOptions.maxTokens) answers 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}

export const PARSE_OPTIONS = { maxTokens: OPERATION_LIMITS.tokens } as const;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function pageSizeError(argument: string, field: string, max: number): GraphQLError {
  return new GraphQLError(`${argument}: at most ${max} per page (${field})`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field: argument,
      maximum: max,
      http: { status: 400 },
    },
  });
}

/** A literal `first: 100000` fails validation, with the other validation errors. */
export function maxPageSizeRule(max: number = OPERATION_LIMITS.pageSize) {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      const argument = context.getArgument();
      const field = context.getFieldDef();
      const parent = context.getParentType();
      if (!argument || !PAGE_ARGUMENTS.has(argument.name)) return;
      if (getNamedType(argument.type) !== GraphQLInt || node.value.kind !== 'IntValue') return;
      if (Number(node.value.value) > max) {
        context.reportError(
          pageSizeError(argument.name, `${parent?.name ?? '?'}.${field?.name ?? '?'}`, max),
        );
      }
    },
  });
}

/**
 * `first: $n` is only known with the variables, after validation and before the query plan
 * runs: this plugin refuses it there, with the same message as a literal.
 */
export function maxPageSizePlugin(max: number = OPERATION_LIMITS.pageSize): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const error = pageSizeFromVariables(
            schema,
            document,
            operation,
            request.variables ?? {},
            max,
          );
          if (error) throw error;
        },
      };
    },
  };
}

function pageSizeFromVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Record<string, unknown>,
  max: number,
): GraphQLError | null {
  if (!operation.variableDefinitions?.length) return null;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions) {
    const name = definition.variable.name.value;
    if (Object.prototype.hasOwnProperty.call(given, name)) variables[name] = given[name];
    else if (definition.defaultValue) {
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
      if (type) variables[name] = valueFromAST(definition.defaultValue, type);
    }
  }
  const typeInfo = new TypeInfo(schema);
  let found: GraphQLError | null = null;
  // Fragments too: a spread may carry `first: $n` into the operation.
  const parts = [
    operation,
    ...document.definitions.filter((d) => d.kind === 'FragmentDefinition'),
  ] as const;
  for (const part of parts) {
    visit(
      part,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          if (found || node.value.kind !== 'Variable') return;
          const argument = typeInfo.getArgument();
          if (!argument || !PAGE_ARGUMENTS.has(argument.name)) return;
          if (getNamedType(argument.type) !== GraphQLInt) return;
          const value = variables[node.value.name.value];
          if (typeof value === 'number' && value > max) {
            const parent = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            found = pageSizeError(
              argument.name,
              `${parent?.name ?? '?'}.${field?.name ?? '?'}`,
              max,
            );
          }
        },
      }),
    );
  }
  return found;
}
