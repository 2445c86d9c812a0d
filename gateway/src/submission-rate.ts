import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayContext } from './context';

export interface SubmissionRateOptions {
  /** submitCase calls one client address may make anonymously per window. */
  readonly submissions: number;
  readonly windowSeconds: number;
  readonly onRefused?: () => void;
}

/** The mutation residents may call without signing in, and so the one anyone can flood. */
const ANONYMOUS_MUTATION = 'submitCase';

/**
 * Anonymous submissions are limited per client address, and per mutation rather than per
 * HTTP request: one request with five aliased `submitCase` fields counts five. Signed-in
 * callers (agents, department systems) are not limited here. The count is in this gateway's
 * memory: with several replicas behind a load balancer each keeps its own.
 */
export function anonymousSubmissionLimit(
  options: SubmissionRateOptions,
): ApolloServerPlugin<GatewayContext> {
  const limiter = new RateLimiterMemory({
    points: options.submissions,
    duration: options.windowSeconds,
  });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.caller.anonymous) return;
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
              .map((d) => [d.name.value, d]),
          );
          const submissions = countRootFields(operation, ANONYMOUS_MUTATION, fragments);
          if (submissions === 0) return;
          try {
            await limiter.consume(contextValue.clientAddress, submissions);
          } catch (refusal) {
            if (!(refusal instanceof RateLimiterRes)) throw refusal;
            options.onRefused?.();
            const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
            throw new GraphQLError(
              `too many anonymous submissions from this address: at most ${options.submissions} ` +
                `every ${options.windowSeconds} s; retry after ${retryAfter} s, or sign in`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfter,
                  http: { status: 429, headers: new HeaderMap([['retry-after', `${retryAfter}`]]) },
                },
              },
            );
          }
        },
      };
    },
  };
}

function countRootFields(
  operation: OperationDefinitionNode,
  name: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === 'Field') return total + (selection.name.value === name ? 1 : 0);
      if (selection.kind === 'InlineFragment') return total + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return total;
      seen.add(fragment.name.value);
      return total + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}
