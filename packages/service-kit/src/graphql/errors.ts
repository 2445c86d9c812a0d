import { GraphQLError } from 'graphql';

/**
 * The errors a client can act on. Each says what was wrong; a bad input also names its field
 * (a dotted path such as `reporter.email`) in `extensions.field`. Never put a submitted value
 * in the message: it may be personal data.
 */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}

export function unauthenticated(message = 'sign in to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'you may not see or change this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

/** A pure rule's verdict on an input: every problem at once, each with its field. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

export function assertNoProblems(problems: readonly InputProblem[]): void {
  if (problems.length === 0) return;
  const [first] = problems;
  throw new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', field: first!.field, problems },
  });
}
