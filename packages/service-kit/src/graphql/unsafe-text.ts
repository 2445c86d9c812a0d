import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

// Text PostgreSQL cannot store (NUL) or that is not text at all (an unpaired UTF-16 surrogate)
// is refused before anything runs, as BAD_USER_INPUT naming where it was, instead of failing
// deep in a write with a driver error that would carry the whole statement.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether text holds a NUL or an unpaired surrogate. */
export function isUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

/** The dotted path of the first unsafe string in a JSON value (variables), or null. */
export function findUnsafeText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isUnsafeText(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnsafeText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (isUnsafeText(key)) return path ? `${path}.?` : '?';
      const found = findUnsafeText(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** The argument (and field within it) whose literal string in the document is unsafe, or null. */
export function findUnsafeLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  const path: string[] = [];
  const track = {
    enter: (node: { name: { value: string } }) => void path.push(node.name.value),
    leave: () => void path.pop(),
  };
  visit(document, {
    Argument: track,
    ObjectField: track,
    [Kind.STRING]: (node) => {
      if (!found && isUnsafeText(node.value)) found = inputFieldPath(path.join('.') || 'query');
    },
  });
  return found;
}

/**
 * Fields of an input object are named from inside it, as every other BAD_USER_INPUT names
 * them (`reporter.email`, not `input.reporter.email`); a scalar argument by its own name.
 */
function inputFieldPath(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(dot + 1);
}

function refusal(field: string): GraphQLError {
  return new GraphQLError(
    `${field}: contains a character that is not allowed (NUL or an unpaired surrogate)`,
    { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } },
  );
}

/** Refuses an operation whose variables or literals hold unsafe text, before it runs. */
export function unsafeTextPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const inVariables = findUnsafeText(request.variables ?? {}, '');
          if (inVariables) throw refusal(inputFieldPath(inVariables));
          const inLiterals = findUnsafeLiteral(document);
          if (inLiterals) throw refusal(inLiterals);
        },
      };
    },
  };
}
