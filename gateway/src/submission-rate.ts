import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { isClientErrorCode } from '@hub/contracts';
import { describeError, type Caller, type Logger } from '@hub/service-kit';
import {
  GraphQLError,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './context';
import type { SubmissionCounter, SubmissionCounters } from './submission-counter';

export interface SubmissionLimitOptions {
  readonly counters: Pick<SubmissionCounters, 'anonymous' | 'resident'>;
  readonly windowSeconds: number;
  readonly logger: Logger;
}

/** The mutation residents may call, and so the one anyone can flood. */
const SUBMISSION = 'submitCase';

/** How long a caller is asked to wait while the counts cannot be read. */
const STORE_UNAVAILABLE_RETRY_SECONDS = 30;

interface LimitedCaller {
  readonly counter: SubmissionCounter;
  readonly key: string;
  readonly anonymous: boolean;
}

interface Taken extends LimitedCaller {
  /** The response keys of the request's submitCase fields, one point each. */
  readonly submissions: readonly string[];
}

/**
 * Limits submitCase per caller and window: anonymous residents per client address, signed-in
 * residents per token subject; staff and agencies are accountable for what they log and are
 * not limited. Each aliased submitCase counts, and only what is accepted counts: a request that
 * would pass the limit is refused whole and counts nothing, and the points of submissions that
 * created nothing (refused input, a conflict) are given back once the answer is known.
 */
export function submissionLimit(
  options: SubmissionLimitOptions,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      // Another plugin may refuse the request while the count is still being taken: the
      // answer then waits for it, so that those points are given back too.
      let taking: Promise<Taken | null> = Promise.resolve(null);
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const caller = limitedCallerOf(contextValue, options.counters);
          if (!caller) return;
          const submissions = rootFieldsNamed(operation, document.definitions, SUBMISSION);
          if (submissions.length === 0) return;
          const attempt = caller.counter.take(caller.key, submissions.length);
          taking = attempt.then(
            (outcome) => (outcome.taken ? { ...caller, submissions } : null),
            () => null,
          );
          let outcome;
          try {
            outcome = await attempt;
          } catch (error) {
            options.logger.error(
              { requestId: contextValue.requestId, err: describeError(error) },
              'submission limit store unavailable',
            );
            throw storeUnavailable();
          }
          if (!outcome.taken) throw limitReached(caller, options, outcome.retryAfterSeconds);
        },
        async willSendResponse({ response, contextValue }) {
          const taken = await taking;
          if (!taken) return;
          const unused =
            taken.submissions.length - createdSubmissions(taken.submissions, response.body);
          if (unused <= 0) return;
          await taken.counter.giveBack(taken.key, unused).catch((error: unknown) =>
            // The points stay counted: the caller may be refused early, never let through.
            options.logger.warn(
              { requestId: contextValue.requestId, err: describeError(error) },
              'submission limit: points of failed submissions not given back',
            ),
          );
        },
      };
    },
  };
}

function limitedCallerOf(
  context: GatewayContext,
  counters: SubmissionLimitOptions['counters'],
): LimitedCaller | null {
  const caller: Caller = context.caller;
  if (caller.anonymous)
    return {
      counter: counters.anonymous,
      key: `address:${context.clientAddress}`,
      anonymous: true,
    };
  if (caller.roles.some((role) => role !== 'resident')) return null;
  return { counter: counters.resident, key: `subject:${caller.subject}`, anonymous: false };
}

function limitReached(
  caller: LimitedCaller,
  options: SubmissionLimitOptions,
  retryAfter: number,
): GraphQLError {
  const limit = `at most ${caller.counter.limit} every ${options.windowSeconds} s`;
  return new GraphQLError(
    caller.anonymous
      ? `too many anonymous submissions from this address: ${limit}; retry after ${retryAfter} s, or sign in`
      : `too many submissions from this account: ${limit}; retry after ${retryAfter} s`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter,
        http: { status: 429, headers: new HeaderMap([['retry-after', `${retryAfter}`]]) },
      },
    },
  );
}

/**
 * While the counts cannot be read or written, submissions are refused: letting them through
 * uncounted is what the limit exists to prevent. It is RATE_LIMITED with HTTP 503, not a code
 * of its own, because what the client does is the same (wait Retry-After, send again, nothing
 * was submitted), and a client-safe code reaches it in production where any other is masked.
 * Reads and signed-in staff are not affected.
 */
function storeUnavailable(): GraphQLError {
  const retryAfter = STORE_UNAVAILABLE_RETRY_SECONDS;
  return new GraphQLError(
    `submissions cannot be accepted right now: the submission limit cannot be checked; ` +
      `nothing was submitted; retry after ${retryAfter} s`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter,
        http: { status: 503, headers: new HeaderMap([['retry-after', `${retryAfter}`]]) },
      },
    },
  );
}

/**
 * How many of the request's submissions created a case, as far as the answer shows. Unsure
 * means created: a point kept too many refuses a caller early, one given back too many would
 * let a flood through.
 */
function createdSubmissions(submissions: readonly string[], body: GraphQLResponse['body']): number {
  if (body.kind !== 'single') return submissions.length;
  const { data, errors = [] } = body.singleResult;
  // No data: the operation never ran (refused input, another limit), unless an internal error
  // hides what happened.
  if (data === undefined) {
    const refusedBeforeRunning = errors.every((error) => isClientErrorCode(error.extensions?.code));
    return refusedBeforeRunning ? 0 : submissions.length;
  }
  if (data !== null) return submissions.filter((key) => data[key] != null).length;
  // submitCase is non-null, so one failed field nulls the whole answer: only the fields an
  // error names are known to have created nothing.
  const failed = new Set(errors.map((error) => error.path?.[0]));
  return submissions.filter((key) => !failed.has(key)).length;
}

/** The response keys of the operation's root fields named `name`, fragments included. */
function rootFieldsNamed(
  operation: OperationDefinitionNode,
  definitions: readonly { kind: string }[],
  name: string,
): string[] {
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  // Fields with one response key are executed once, so they count once.
  const keys = new Set<string>();
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name) keys.add(selection.alias?.value ?? name);
      } else if (selection.kind === 'InlineFragment') {
        collect(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return [...keys];
}
