import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from './graphql';
import { dataOf, startTestHub, type GraphQLAnswer, type TestHub } from './support/hub';
import {
  CASE_DEPARTMENT,
  KINDS,
  openOfficeCases,
  REFERRED_AGENCY,
  type Fixture,
} from './support/office-cases';

/*
 * Who may read and do what, through the gateway, for every role of the hub: the access
 * matrix. The list of restricted fields and operations, and who may use each, is NOT written
 * here: it is read from the committed supergraph's `@requiresScopes` and
 * `@authenticated` (what each subgraph declares). Each (caller, field) is then asked for real,
 * on a case where the field holds data: a caller the declarations allow gets the value, any
 * other gets FORBIDDEN (UNAUTHENTICATED when anonymous) on that path, with the rest of the
 * answer intact. A declaration that says more or less than the subgraph enforces fails here;
 * a restricted field with no declaration at all fails the subgraphs' own matrix tests (they
 * introspect every field) and the RESTRICTED-description check below. The probes of the matrix
 * are built at run time from the supergraph, so they are sent as strings; the operations that
 * set up the cases, and the checks of narrower conditions, are typed.
 */

const SUPERGRAPH = readFileSync(join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8');

/** The only operations an anonymous resident may call (docs/domain.md §1: submit and track). */
const PUBLIC_OPERATIONS = ['Mutation.submitCase', 'Query.trackCase'];

interface CallerSpec {
  readonly name: string;
  readonly roles: readonly string[];
  readonly anonymous?: boolean;
}

const CALLERS: readonly CallerSpec[] = [
  { name: 'anonymous', roles: [], anonymous: true },
  { name: 'resident', roles: ['resident'] },
  { name: 'agent', roles: ['agent'] },
  { name: 'department_staff', roles: ['department_staff'] },
  { name: 'department_head', roles: ['department_head'] },
  { name: 'hr', roles: ['hr'] },
  { name: 'opa', roles: ['opa'] },
  { name: 'audit', roles: ['audit'] },
  { name: 'title_vi_coordinator', roles: ['title_vi_coordinator'] },
  { name: 'analyst', roles: ['analyst'] },
  { name: 'council', roles: ['council'] },
  { name: 'external_agency', roles: ['external_agency'] },
];

// --- what the supergraph declares ---------------------------------------------------------

type Rule = { readonly authenticated: true } | { readonly anyOf: readonly (readonly string[])[] };

function rulesOf(directives: readonly DirectiveNode[] | undefined): Rule[] {
  const rules: Rule[] = [];
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') rules.push({ authenticated: true });
    if (directive.name.value === 'requiresScopes') {
      const scopes = directive.arguments?.find((argument) => argument.name.value === 'scopes');
      rules.push({ anyOf: valueFromASTUntyped(scopes!.value) as string[][] });
    }
  }
  return rules;
}

/** A field's rules: its own, its parent type's, and its (named) return type's. */
function fieldRules(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): Rule[] {
  const named = getNamedType(field.type);
  const typeRules = (type: GraphQLNamedType) => [
    ...rulesOf(type.astNode?.directives),
    ...(type.extensionASTNodes ?? []).flatMap((node) => rulesOf(node.directives)),
  ];
  return [...rulesOf(field.astNode?.directives), ...typeRules(parent), ...typeRules(named)];
}

function allows(rules: readonly Rule[], caller: CallerSpec): boolean {
  return rules.every((rule) =>
    'authenticated' in rule
      ? !caller.anonymous
      : !caller.anonymous &&
        rule.anyOf.some((all) => all.every((scope) => caller.roles.includes(scope))),
  );
}

function graphOf(field: GraphQLField<unknown, unknown>): string | null {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((argument) => argument.name.value === 'graph');
  return graph?.value.kind === 'EnumValue' ? graph.value.value : null;
}

interface Declared {
  readonly coordinate: string;
  /** From Case down to the field, e.g. ['staffComplaint', 'findings']. */
  readonly path: readonly string[];
  /** The rules of each field on that path, in order. */
  readonly rulesAlong: readonly (readonly Rule[])[];
  /** The subgraph that owns the path's Case field. */
  readonly graph: string;
  readonly leaf: string;
}

/** A selection that ends in a scalar: `{ name }`, `{ staff { id } }`, or nothing. */
function leafSelection(type: GraphQLNamedType, depth = 0): string {
  if (!isObjectType(type) || depth > 3) return '';
  const fields = Object.values(type.getFields()).filter((field) =>
    field.args.every((argument) => !isNonNullType(argument.type)),
  );
  const scalar = fields.find((field) => isLeafType(getNamedType(field.type)));
  if (scalar) return `{ ${scalar.name} }`;
  const nested = fields.find((field) => isObjectType(getNamedType(field.type)))!;
  return `{ ${nested.name} ${leafSelection(getNamedType(nested.type), depth + 1)} }`;
}

/** Every declared field below Case, with its shortest path from Case. */
function declaredCaseFields(schema: GraphQLSchema): Declared[] {
  const caseType = schema.getType('Case') as GraphQLObjectType;
  const found: Declared[] = [];
  const seen = new Set<string>();
  let frontier: { type: GraphQLObjectType; path: string[]; rules: Rule[][]; graph: string }[] = [];
  for (const field of Object.values(caseType.getFields())) {
    const rules = fieldRules(caseType, field);
    const named = getNamedType(field.type);
    const step = { path: [field.name], rules: [rules], graph: graphOf(field) ?? 'INTAKE' };
    if (rules.length > 0) {
      found.push({
        coordinate: `Case.${field.name}`,
        ...step,
        rulesAlong: step.rules,
        leaf: leafSelection(named),
      });
    }
    if (isObjectType(named) && named.name !== 'Case') frontier.push({ type: named, ...step });
  }
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { type, path, rules, graph } of frontier) {
      if (seen.has(type.name)) continue;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const own = fieldRules(type, field);
        const named = getNamedType(field.type);
        const step = { path: [...path, field.name], rules: [...rules, own], graph };
        if (own.length > 0) {
          found.push({
            coordinate: `${type.name}.${field.name}`,
            ...step,
            rulesAlong: step.rules,
            leaf: leafSelection(named),
          });
        }
        if (isObjectType(named) && named.name !== 'Case') next.push({ type: named, ...step });
      }
    }
    frontier = next;
  }
  return found;
}

/** A well-typed value for an argument, made up: enough for the request to reach its resolver. */
function dummyValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return `[${dummyValue(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${required.map((field) => `${field.name}: ${dummyValue(field.type)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'ID':
      return JSON.stringify(randomUUID());
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'false';
    case 'DateTimeISO':
    case 'DateTime':
    case 'Date':
      return JSON.stringify(new Date().toISOString());
    default:
      return '"x"';
  }
}

// --- the cases --------------------------------------------------------------------------------

/** The case of each office: routing's fields are read by an office on its own cases only. */
const HOME: Record<string, Fixture> = {
  hr: 'staff',
  opa: 'police',
  audit: 'fraud',
  title_vi_coordinator: 'civil',
};

/**
 * Which case a (caller, field) is asked on: one where the field holds data and where the
 * caller meets the narrower conditions that stay in code (each is checked on its own below).
 */
function fixtureFor(graph: string, coordinate: string, caller: CallerSpec): Fixture {
  switch (graph) {
    case 'HR':
      return 'staff';
    case 'POLICE_REFERRALS':
      return 'police';
    case 'INTERNAL_AUDIT':
      return 'fraud';
    case 'CIVIL_RIGHTS':
      return 'civil';
    case 'ROUTING':
      return HOME[caller.name] ?? 'service';
    default:
      // The reporter of a fraud report is Internal Audit's alone; of any other case, the agents'.
      if (coordinate === 'Case.reporter' || coordinate === 'Case.onBehalfOf') {
        return caller.name === 'audit' ? 'fraud' : 'service';
      }
      return 'service';
  }
}

/** Fields these cases leave empty: allowed means no error, the value may be null. */
const MAY_BE_EMPTY = new Set([
  'Case.assignment', // nobody is assigned: assignment is routing's own test
  'Case.escalation',
  'Case.outcome', // routing's outcome: the offices close their cases themselves
  'Case.appeal',
  'Case.referral', // only out-of-jurisdiction cases are referred
]);

const CASE_DEPARTMENT_PRIORITY = graphql(`
  query MatrixCaseDepartmentPriority($id: ID!) {
    case(id: $id) {
      id
      kind
      department {
        id
      }
      priority
    }
  }
`);
const CASE_OPA_REFERRAL = graphql(`
  query MatrixCaseOpaReferral($id: ID!) {
    case(id: $id) {
      id
      kind
      opaReferral {
        destination
      }
    }
  }
`);
const CASE_REPORTER = graphql(`
  query MatrixCaseReporter($id: ID!) {
    case(id: $id) {
      id
      kind
      reporter {
        name
      }
    }
  }
`);
const DEPARTMENT_QUEUE = graphql(`
  query MatrixDepartmentQueue($departmentId: ID!) {
    departmentQueue(departmentId: $departmentId, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const REFERRED_CASES = graphql(`
  query MatrixReferredCases {
    referredTitleVICases(first: 100) {
      id
      titleVI {
        caseId
      }
    }
  }
`);
const RETALIATION = graphql(`
  mutation MatrixRetaliation($caseId: ID!) {
    recordRetaliationAllegation(
      caseId: $caseId
      description: "I was moved off my shift after filing."
      inWriting: true
    ) {
      id
      titleVI {
        caseId
      }
    }
  }
`);

/** An answer's errors without their stack traces: what a mismatch message needs. */
function brief(errors: GraphQLAnswer['errors']) {
  return (errors ?? []).map((e) => ({
    message: e.message,
    path: e.path,
    code: e.extensions?.code,
  }));
}

function valueAt(data: any, path: readonly (string | number)[]): any {
  let value = data;
  for (const key of path) {
    if (value === null || value === undefined) return value;
    value = value[key];
  }
  return value;
}

function isPrefix(prefix: readonly unknown[], of: readonly unknown[]): boolean {
  return prefix.length <= of.length && prefix.every((key, i) => key === of[i]);
}

describe('the access matrix through the gateway: every role × every declared rule', () => {
  let hub: TestHub;
  let schema: GraphQLSchema;
  let ids: Record<Fixture, string>;
  let srNumbers: Record<Fixture, string>;
  let departments: Record<Fixture, string>;
  const tokens = new Map<string, Promise<string>>();

  function tokenFor(caller: CallerSpec, fixture: Fixture | null): Promise<string | undefined> {
    if (caller.anonymous) return Promise.resolve(undefined);
    const department =
      caller.name.startsWith('department_') && fixture ? departments[fixture] : undefined;
    const key = `${caller.name}|${department ?? ''}`;
    if (!tokens.has(key)) {
      tokens.set(
        key,
        hub.token([...caller.roles], {
          subject: `matrix-${caller.name}`,
          department,
          agency: caller.name === 'external_agency' ? REFERRED_AGENCY : undefined,
        }),
      );
    }
    return tokens.get(key)!;
  }

  beforeAll(async () => {
    schema = buildASTSchema(parse(SUPERGRAPH), { assumeValidSDL: true });
    hub = await startTestHub({
      subgraphs: ['intake', 'routing', 'hr', 'police-referrals', 'internal-audit', 'civil-rights'],
      label: 'e2e-access-matrix',
    });

    ({ ids, srNumbers, departments } = await openOfficeCases(hub));
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('declares a rule on every field whose description says it is restricted, and leaves only submit and track open to anonymous callers', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (
          /\bRESTRICTED\b/.test(field.description ?? '') &&
          fieldRules(type, field).length === 0
        ) {
          undeclared.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);

    const open: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        if (fieldRules(root, field).length === 0) open.push(`${root.name}.${field.name}`);
      }
    }
    expect(open.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('answers every role × every declared query and mutation: allowed, or FORBIDDEN (UNAUTHENTICATED when anonymous)', async () => {
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.values(root.getFields())
        .filter((field) => fieldRules(root, field).length > 0)
        .map((field) => ({ root, field, rules: fieldRules(root, field) })),
    );
    expect(operations.length).toBeGreaterThan(30);

    /**
     * Operations that also check something narrower than a role, which made-up arguments fail:
     * an allowed role may get FORBIDDEN from that check (it is tested on real cases below).
     */
    const NARROWER: Record<string, readonly string[]> = {
      recordRetaliationAllegation: ['external_agency'], // only on a complaint referred to it
      recordReferralDecision: ['external_agency'], // only for its own agency's referral
      acceptAgencyReferral: ['external_agency'], // only a case referred to its agency
      declineAgencyReferral: ['external_agency'],
      recordAgencyStatus: ['external_agency'],
    };

    const verdicts: string[] = [];
    const mismatches: string[] = [];
    const work = CALLERS.flatMap((caller) =>
      operations.map((operation) => ({ caller, ...operation })),
    );
    const runOne = async ({ caller, root, field, rules }: (typeof work)[number]) => {
      const args = field.args.filter((argument) => isNonNullType(argument.type));
      const argumentList = args.length
        ? `(${args.map((argument) => `${argument.name}: ${dummyValue(argument.type)}`).join(', ')})`
        : '';
      const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
      const document = `${root.name === 'Mutation' ? 'mutation' : 'query'} { ${field.name}${argumentList} ${selection} }`;
      const answer = await hub.query(document, {}, await tokenFor(caller, null));
      const refusals = (answer.errors ?? []).filter((error) =>
        ['FORBIDDEN', 'UNAUTHENTICATED'].includes(error.extensions?.code),
      );
      const allowed = allows(rules, caller);
      const coordinate = `${root.name}.${field.name}`;
      if (allowed) {
        verdicts.push(`${caller.name} ${coordinate}`);
        const narrower = NARROWER[field.name]?.includes(caller.name) ?? false;
        if (
          refusals.length > 0 &&
          !(narrower && refusals.every((e) => e.extensions?.code === 'FORBIDDEN'))
        ) {
          mismatches.push(
            `${caller.name} ${coordinate}: declared allowed, refused ${JSON.stringify(brief(refusals))}`,
          );
        }
      } else {
        const expected = caller.anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const refusal = refusals.find((error) => isPrefix(error.path ?? [], [field.name]));
        if (refusal?.extensions?.code !== expected || valueAt(answer.data, [field.name])) {
          mismatches.push(
            `${caller.name} ${coordinate}: declared refused, expected ${expected}, got ${JSON.stringify({ data: answer.data, errors: brief(answer.errors) })}`,
          );
        }
      }
    };
    for (let i = 0; i < work.length; i += 8) await Promise.all(work.slice(i, i + 8).map(runOne));

    expect(mismatches).toEqual([]);
    // Anonymous callers may call nothing declared; the public two are checked in beforeAll.
    expect(verdicts.filter((verdict) => verdict.startsWith('anonymous '))).toEqual([]);
  }, 240_000);

  it('answers every role × every declared field of a case: the value, or FORBIDDEN on that path with the rest of the answer intact', async () => {
    const declared = declaredCaseFields(schema);
    const byCoordinate = new Set(declared.map((d) => d.coordinate));
    // The declarations of each subgraph are all there (a sample from each).
    for (const coordinate of [
      'Case.reporter',
      'Case.department',
      'Case.staffComplaint',
      'StaffComplaint.findings',
      'Case.opaReferral',
      'OpaReferral.opaNumber',
      'AuditReview.allegation',
      'Case.titleVI',
    ]) {
      expect(byCoordinate).toContain(coordinate);
    }

    const queryCase = schema.getQueryType()!.getFields().case!;
    const caseRules = fieldRules(schema.getQueryType()!, queryCase);
    const referred = schema.getQueryType()!.getFields().referredTitleVICases!;
    const referredRules = fieldRules(schema.getQueryType()!, referred);

    interface Probe {
      readonly alias: string;
      readonly field: Declared;
      readonly fixture: Fixture;
      readonly entry: 'case' | 'referred';
      readonly rulesAlong: readonly (readonly Rule[])[];
    }
    const mismatches: string[] = [];
    let checked = 0;
    let allowedCount = 0;

    for (const caller of CALLERS) {
      // Group by case and entry point: one request asks for up to 10 fields (gateway limits).
      const groups = new Map<string, Probe[]>();
      declared.forEach((field, index) => {
        const fixture = fixtureFor(
          field.graph,
          field.path.length === 1 ? field.coordinate : `Case.${field.path[0]}`,
          caller,
        );
        const entry =
          !allows(caseRules, caller) && fixture === 'civil' && allows(referredRules, caller)
            ? 'referred'
            : 'case';
        const probe: Probe = {
          alias: `f${index}`,
          field,
          fixture,
          entry,
          rulesAlong: [entry === 'case' ? caseRules : referredRules, ...field.rulesAlong],
        };
        const key = `${fixture}|${entry}`;
        groups.set(key, [...(groups.get(key) ?? []), probe]);
      });

      for (const [key, probes] of groups) {
        const [fixture, entry] = key.split('|') as [Fixture, 'case' | 'referred'];
        const token = await tokenFor(caller, fixture);
        for (let i = 0; i < probes.length; i += 10) {
          const chunk = probes.slice(i, i + 10);
          const selectionOf = (probe: Probe) => {
            const inner = probe.field.path
              .slice()
              .reverse()
              .reduce(
                (acc, name, n) => (n === 0 ? `${name} ${probe.field.leaf}` : `${name} { ${acc} }`),
                '',
              );
            return entry === 'case'
              ? `${probe.alias}: case(id: $id) { id kind ${inner} }`
              : `${probe.alias}: referredTitleVICases(first: 100) { id status ${inner} }`;
          };
          const document = `query(${entry === 'case' ? '$id: ID!, ' : ''}$sr: String!) {
            public: trackCase(srNumber: $sr) { srNumber }
            ${chunk.map(selectionOf).join('\n')}
          }`;
          const answer = await hub.query(
            document,
            entry === 'case'
              ? { id: ids[fixture], sr: srNumbers[fixture] }
              : { sr: srNumbers[fixture] },
            token,
          );
          // Whatever was refused, the public part of the answer arrives.
          if (answer.data?.public?.srNumber !== srNumbers[fixture]) {
            mismatches.push(
              `${caller.name} ${key}: the rest of the answer is missing: ${JSON.stringify({ data: answer.data, errors: brief(answer.errors) })}`,
            );
            continue;
          }
          for (const probe of chunk) {
            checked += 1;
            const root = answer.data[probe.alias];
            const index =
              entry === 'referred' && Array.isArray(root)
                ? root.findIndex((c: any) => c.id === ids[fixture])
                : null;
            const base: (string | number)[] = index === null ? [probe.alias] : [probe.alias, index];
            const fullPath = [...base, ...probe.field.path];
            const errors = (answer.errors ?? []).filter((error) => error.path?.[0] === probe.alias);
            const refusedAt = probe.rulesAlong.findIndex((rules) => !allows(rules, caller));
            const label = `${caller.name} ${probe.field.coordinate} (${fixture} case, ${entry})`;
            if (entry === 'referred' && index === -1) {
              mismatches.push(`${label}: the referred case is not in the agency's list`);
              continue;
            }
            if (refusedAt === -1) {
              allowedCount += 1;
              const value = valueAt(answer.data, fullPath);
              if (errors.length > 0) {
                mismatches.push(`${label}: declared allowed, got ${JSON.stringify(brief(errors))}`);
              } else if (
                (value === null || value === undefined) &&
                !MAY_BE_EMPTY.has(probe.field.coordinate)
              ) {
                mismatches.push(`${label}: declared allowed, but no value arrived`);
              }
              continue;
            }
            const expected = caller.anonymous && refusedAt === 0 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
            // Refused at the entry point: the alias is null. Deeper: the refused field is null,
            // and the case's id (and kind, from intake) still arrive.
            const refusedPath =
              refusedAt === 0 ? [probe.alias] : fullPath.slice(0, base.length + refusedAt);
            const refusal = errors.find(
              (error) =>
                error.extensions?.code === expected &&
                isPrefix(error.path ?? [], refusedPath) &&
                (error.path ?? []).length >= base.length,
            );
            if (!refusal) {
              mismatches.push(
                `${label}: expected ${expected} at ${refusedPath.join('.')}, got ${JSON.stringify(brief(errors))}`,
              );
            } else if (valueAt(answer.data, refusedPath) !== null) {
              mismatches.push(`${label}: refused, but ${refusedPath.join('.')} is not null`);
            } else if (refusedAt > 0) {
              const found = valueAt(answer.data, base);
              if (
                found?.id !== ids[fixture] ||
                (entry === 'case' && found?.kind !== KINDS[fixture])
              ) {
                mismatches.push(
                  `${label}: refused, and the rest of the case is missing: ${JSON.stringify(found)}`,
                );
              }
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(CALLERS.length * declared.length);
    expect(allowedCount).toBeGreaterThan(0);
  }, 240_000);

  describe('conditions narrower than a role, which stay in code', () => {
    /** `field` of the fixture's case is refused to `token`, and the case's id and kind arrive. */
    async function refusedOn(
      token: string,
      fixture: Fixture,
      field: 'department' | 'opaReferral' | 'reporter',
      operation: TypedDocumentNode<{ case: Record<string, unknown> | null }, { id: string }>,
    ) {
      const answer = await hub.query(operation, { id: ids[fixture] }, token);
      expect(answer.data?.case).toMatchObject({
        id: ids[fixture],
        kind: KINDS[fixture],
        [field]: null,
      });
      // Refused by the field's resolver: on `case.<field>`; by the owning subgraph's reference
      // resolver (routing): on `case`, the part that subgraph was asked for.
      const refusals = (answer.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
      expect(refusals.map((e) => e.path?.join('.'))).toEqual([
        expect.stringMatching(new RegExp(`^case(\\.${field})?$`)),
      ]);
    }

    it("a department head reads the routing of their own department's case, not another's", async () => {
      const own = await hub.token(['department_head'], {
        subject: 'head-own',
        department: departments.service,
      });
      const answer = await hub.query(CASE_DEPARTMENT_PRIORITY, { id: ids.service }, own);
      expect(dataOf(answer).case!.department!.id).toBe(departments.service);

      const other = departments.service === 'parks' ? 'transportation' : 'parks';
      const head = await hub.token(['department_head'], {
        subject: 'head-other',
        department: other,
      });
      await refusedOn(head, 'service', 'department', CASE_DEPARTMENT);
      const queue = await hub.query(DEPARTMENT_QUEUE, { departmentId: departments.service }, head);
      expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it("an office reads the routing of the cases sent to it only; a department's staff the police referral of their own department only", async () => {
      const hr = await hub.token(['hr'], { subject: 'hr-other-case' });
      await refusedOn(hr, 'service', 'department', CASE_DEPARTMENT);

      const otherStaff = await hub.token(['department_staff'], {
        subject: 'staff-other',
        department: departments.service,
      });
      await refusedOn(otherStaff, 'police', 'opaReferral', CASE_OPA_REFERRAL);
    });

    it("the reporter of a fraud report is Internal Audit's alone; of any other case, the 311 agents'", async () => {
      await refusedOn(
        await hub.token(['agent'], { subject: 'agent-fraud' }),
        'fraud',
        'reporter',
        CASE_REPORTER,
      );
      await refusedOn(
        await hub.token(['audit'], { subject: 'audit-service' }),
        'service',
        'reporter',
        CASE_REPORTER,
      );
    });

    it('an external agency the complaint was not referred to neither lists it nor acts on it; the referred one does', async () => {
      const other = await hub.token(['external_agency'], {
        subject: 'agency-other',
        agency: 'fhwa',
      });
      const listed = dataOf(await hub.query(REFERRED_CASES, {}, other));
      expect(listed.referredTitleVICases.map((c) => c.id)).not.toContain(ids.civil);

      const refused = await hub.query(RETALIATION, { caseId: ids.civil }, other);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.path).toEqual(['recordRetaliationAllegation']);

      const referredAgency = await hub.token(['external_agency'], {
        subject: 'agency-referred',
        agency: REFERRED_AGENCY,
      });
      const recorded = await hub.query(RETALIATION, { caseId: ids.civil }, referredAgency);
      expect(dataOf(recorded).recordRetaliationAllegation.titleVI!.caseId).toBe(ids.civil);
    });
  });
});
