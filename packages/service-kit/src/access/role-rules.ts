import type { Role } from '@hub/contracts';
import { Authorized, Directive, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { forbidden } from '../graphql/errors';
import type { RequestContext } from '../subgraph/context';
import type { Caller } from './tokens';

// Every access rule is written once, with one of the decorators below: each both declares the
// rule in the schema (federation's `@requiresScopes`, scopes being role names, or
// `@authenticated`), so the composed supergraph says who may do what, and enforces it, so the
// declaration and the check cannot drift. Narrower conditions (own department, the agency a
// case was referred to, the kind of case) are enforced in code and told in the description.

type FieldDecorator = MethodDecorator & PropertyDecorator;

/** federation's `@requiresScopes` for these roles: any one of them will do. */
export function requiresScopes(roles: readonly Role[]): string {
  const distinct = [...new Set(roles)];
  if (distinct.length === 0) throw new Error('requiresScopes needs at least one role');
  return `@requiresScopes(scopes: [${distinct.map((role) => `["${role}"]`).join(', ')}])`;
}

function both(...decorators: FieldDecorator[]): FieldDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor as never);
  };
}

/**
 * A query, mutation or field for callers with one of these roles. Anonymous callers get
 * UNAUTHENTICATED, signed-in callers without the role FORBIDDEN.
 */
export function AllowRoles(...roles: Role[]): FieldDecorator {
  return both(
    Authorized(...roles) as FieldDecorator,
    Directive(requiresScopes(roles)) as FieldDecorator,
  );
}

/** A query, mutation or field for any signed-in caller, whatever the roles. */
export function SignedIn(): FieldDecorator {
  return both(Authorized() as FieldDecorator, Directive('@authenticated') as FieldDecorator);
}

/** What the kit's context gives a restricted field: the caller and this request's access log. */
type AccessContext = Pick<RequestContext<unknown>, 'caller' | 'accessLog'>;

/** Who may read a restricted field of a case, and what a refused caller is told. */
export interface RestrictedFieldRule<Root, Context extends AccessContext = AccessContext> {
  /** Every role that may read the field on some case: the schema's `@requiresScopes`. */
  readonly readers: readonly Role[];
  /** The case the field belongs to; `root.id` when left out. */
  readonly caseIdOf?: (root: Root) => string;
  /**
   * The roles that may read it on THIS case, a subset of `readers` (by the case's kind, by the
   * agencies it was referred to, ...); all of `readers` when left out.
   */
  readonly readersOf?: (root: Root, context: Context) => readonly Role[] | Promise<readonly Role[]>;
  /** The access log's name of the field; the GraphQL field's name when left out. */
  readonly logAs?: string;
  /** What a refused caller reads in the FORBIDDEN error; never a value of the case. */
  readonly refusal: string | ((root: Root) => string);
  /**
   * Some roots name no case this subgraph holds (a malformed id): nothing to guard or log, and
   * the field answers null.
   */
  readonly skip?: (root: Root) => boolean;
}

/**
 * The gate of a restricted field: every attempt, granted or refused, is written to the access
 * log of the subgraph that serves it; a refusal is FORBIDDEN on this field alone (it must be
 * nullable), so the rest of the answer still arrives. The value is read while the attempt is
 * written, and leaves only once the attempt is on record.
 */
export function Restricted<Root, Context extends AccessContext = AccessContext>(
  rule: RestrictedFieldRule<Root, Context>,
): FieldDecorator {
  const gate: MiddlewareFn<Context> = async ({ root, context, info }, next) => {
    const found = root as Root;
    if (rule.skip?.(found)) return null;
    const caseId = rule.caseIdOf ? rule.caseIdOf(found) : (found as { id: string }).id;
    const allowed = rule.readersOf ? await rule.readersOf(found, context) : rule.readers;
    const refusal = typeof rule.refusal === 'function' ? rule.refusal(found) : rule.refusal;
    const [released, value] = await Promise.allSettled([
      releaseRestricted(context, caseId, rule.logAs ?? info.fieldName, allowed, refusal),
      mayRead(context.caller, allowed) ? next() : Promise.resolve(null),
    ]);
    if (released.status === 'rejected') throw released.reason;
    if (value.status === 'rejected') throw value.reason;
    return value.value;
  };
  return both(
    Directive(requiresScopes(rule.readers)) as FieldDecorator,
    UseMiddleware(gate) as FieldDecorator,
  );
}

function mayRead(caller: Caller, readers: readonly Role[]): boolean {
  return !caller.anonymous && caller.roles.some((role) => readers.includes(role));
}

/**
 * Logs an attempt on a restricted value, then lets it through or throws FORBIDDEN. For values
 * that are not a field of their own (a list filtered by who may see each entry); a field uses
 * `@Restricted`.
 */
export async function releaseRestricted(
  context: AccessContext,
  caseId: string,
  field: string,
  readers: readonly Role[],
  refusalMessage: string,
): Promise<void> {
  const { caller, accessLog } = context;
  if (!mayRead(caller, readers)) {
    await accessLog.recordRefusal(caseId, field);
    throw forbidden(refusalMessage);
  }
  await accessLog.recordRead(caseId, field);
}
