import { CITY_STAFF_ROLES } from '@hub/contracts';
import {
  closeFile,
  dataOf,
  entities,
  openFile,
  PERSON_ROLES,
  startAudit,
  tokenFor,
  workFile,
  type AuditHarness,
} from './support';
import { graphql } from './graphql';

/*
 * Who sees what of an Internal Audit file. The rule of every field of AuditReview, and of
 * every type nested in it, is written down here; the list of fields comes from the schema
 * itself, so a field added without a rule fails the first test, and the matrix then checks
 * the rule holds for every role, field by field.
 */

type Rule = 'everyone' | 'audit only';
const EVERYONE: Rule = 'everyone';
const AUDIT: Rule = 'audit only';

const RULES: Record<string, Rule> = {
  openedAt: EVERYONE,
  fileStatus: EVERYONE,
  closedAt: EVERYONE,
  disclosure: EVERYONE,
  'disclosure.decision': EVERYONE,
  'disclosure.text': EVERYONE,
  allegation: AUDIT,
  'allegation.category': AUDIT,
  'allegation.summary': AUDIT,
  'allegation.programConcerned': AUDIT,
  'allegation.estimatedAmount': AUDIT,
  'allegation.assessedAt': AUDIT,
  'allegation.assessedBy': AUDIT,
  whistleblowerProtection: AUDIT,
  'whistleblowerProtection.identityProtected': AUDIT,
  'whistleblowerProtection.retaliationConcern': AUDIT,
  'whistleblowerProtection.retaliationConcernRecordedAt': AUDIT,
  steps: AUDIT,
  'steps.takenAt': AUDIT,
  'steps.action': AUDIT,
  'steps.staffId': AUDIT,
  'steps.notes': AUDIT,
  'steps.recordedBy': AUDIT,
  'steps.recordedAt': AUDIT,
  findings: AUDIT,
  'findings.text': AUDIT,
  'findings.recordedAt': AUDIT,
  'findings.recordedBy': AUDIT,
  outcome: AUDIT,
};

interface FieldNode {
  readonly path: string;
  readonly name: string;
  readonly children: FieldNode[];
}

interface IntrospectedType {
  readonly kind: string;
  readonly name: string | null;
  /** Absent at the depth where the introspection query stops. */
  readonly ofType?: IntrospectedType | null;
}

const TYPE_QUERY = graphql(`
  query AuditTypeFields($name: String!) {
    __type(name: $name) {
      fields {
        name
        type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * The role × field matrix below reads the tree of fields introspected from the schema at run
 * time, so its operation is built then and sent as a string.
 */
const entityQuery = (selection: string) => `
  query AuditMatrixProbe($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { ${selection} } }
  }`;

const FINDINGS_TEXT = graphql(`
  query AuditFindingsText($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        auditReview {
          findings {
            text
          }
        }
      }
    }
  }
`);

const ACCESS_LOG = graphql(`
  query AuditAccessLog($caseId: ID) {
    auditAccessLog(caseId: $caseId, first: 100) {
      readerSubject
      readerRoles
      caseId
      field
      granted
      readAt
    }
  }
`);

/** A write with the smallest answer, which no role but audit may make. */
const FINDINGS_BY_ANYONE = graphql(`
  mutation RecordAuditFindingsById($input: RecordAuditFindingsInput!) {
    recordAuditFindings(input: $input) {
      id
    }
  }
`);

/** Every field of a type, and of the object types under it, as a tree of dotted paths. */
async function fieldTree(audit: AuditHarness, token: string, typeName: string, prefix = '') {
  const answer = dataOf(await audit.graphql(TYPE_QUERY, { name: typeName }, token));
  const nodes: FieldNode[] = [];
  for (const field of answer.__type!.fields!) {
    let type: IntrospectedType = field.type;
    while (type.ofType) type = type.ofType;
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const children = type.kind === 'OBJECT' ? await fieldTree(audit, token, type.name!, path) : [];
    nodes.push({ path, name: field.name, children });
  }
  return nodes;
}

const flatten = (nodes: FieldNode[]): FieldNode[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children)]);

const selectionOf = (nodes: FieldNode[]): string =>
  nodes
    .map((node) =>
      node.children.length ? `${node.name} { ${selectionOf(node.children)} }` : node.name,
    )
    .join(' ');

/** The values at a dotted path, through lists. */
function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const key of path.split('.')) {
    current = current.flatMap((item) => {
      const next =
        item === null || item === undefined ? null : (item as Record<string, unknown>)[key];
      return Array.isArray(next) ? next : [next];
    });
  }
  return current;
}

const parentOf = (path: string) =>
  path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null;

describe('who sees which part of an Internal Audit file', () => {
  let audit: AuditHarness;
  let auditor: string;
  let caseId: string;
  let tree: FieldNode[];
  /** Audit's answer to the matrix's operation, built at run time: untyped. */
  let auditsView: any;
  const texts = {
    summary: 'Parks crew sells city mulch to a private landscaper',
    program: 'Parks maintenance yard',
    action: 'Reviewed the yard gate log',
    notes: 'Truck left the yard on 6 Saturdays',
    findings: 'Mulch worth 3100 dollars left without a work order',
    concern: 'Reporter was moved off the weekend rota',
  };
  const disclosable = 'Internal Audit reviewed your report; the City has acted on it.';

  beforeAll(async () => {
    audit = await startAudit('access');
    auditor = await tokenFor(audit, 'audit', 'auditor-matrix');
    caseId = await openFile(audit);
    await workFile(audit, caseId, auditor, texts);
    await closeFile(audit, auditor, caseId, 'PARTIALLY_SUBSTANTIATED', disclosable);
    tree = await fieldTree(audit, auditor, 'AuditReview');
    // What audit sees: the reference every other role's answer is compared with.
    const reference = await tokenFor(audit, 'audit', 'auditor-reference');
    auditsView = dataOf(await audit.graphql(query(), entities(caseId), reference))._entities[0];
  });

  afterAll(async () => {
    await audit?.stop();
  });

  it('has a written rule for every field of AuditReview and of the types nested in it', () => {
    const paths = flatten(tree).map((node) => node.path);
    expect([...paths].sort()).toEqual(Object.keys(RULES).sort());
    // Under a field for audit only, everything is for audit only.
    for (const path of paths) {
      const parent = parentOf(path);
      if (parent && RULES[parent] === AUDIT) expect([path, RULES[path]]).toEqual([path, AUDIT]);
    }
  });

  /** The fields that guard themselves: for audit only, under a part everyone sees. */
  const guarded = () =>
    flatten(tree)
      .map((node) => node.path)
      .filter((path) => {
        const parent = parentOf(path);
        return RULES[path] === AUDIT && (parent === null || RULES[parent] === EVERYONE);
      });
  const open = () =>
    flatten(tree)
      .filter((node) => node.children.length === 0 && RULES[node.path] === EVERYONE)
      .map((node) => node.path);
  const query = () => entityQuery(`id status auditReview { ${selectionOf(tree)} }`);

  async function accessLogOf(subject: string) {
    return audit.sql<{ field: string; granted: boolean; reader_roles: string[] }>(
      `select field, granted, reader_roles from restricted_field_read
        where case_id = ? and reader_subject = ? order by field`,
      [caseId, subject],
    );
  }

  it('audit reads every field, and each read of a restricted one is in the access log', async () => {
    // A reader of its own: the auditor who worked the file read it in every mutation's answer.
    const reader = await tokenFor(audit, 'audit', 'auditor-reader');
    const answer = await audit.graphql(query(), entities(caseId), reader);
    expect(answer.body.errors).toBeUndefined();
    const view = answer.body.data._entities[0];
    expect(view).toEqual(auditsView);
    expect(view).toMatchObject({ id: caseId, status: 'CLOSED' });
    for (const node of flatten(tree)) {
      const values = valuesAt(view.auditReview, node.path);
      expect([node.path, values.length > 0 && values.every((v) => v !== null)]).toEqual([
        node.path,
        true,
      ]);
    }
    expect(view.auditReview.allegation.summary).toBe(texts.summary);
    expect(view.auditReview.findings.text).toBe(texts.findings);
    expect(await accessLogOf('auditor-reader')).toEqual(
      guarded()
        .sort()
        .map((path) => ({ field: `auditReview.${path}`, granted: true, reader_roles: ['audit'] })),
    );
  });

  it.each(['resident', 'external_agency'])(
    '%s gets no part of the file, even calling the subgraph directly: FORBIDDEN on auditReview, the status intact',
    async (role) => {
      const answer = await audit.graphql(
        query(),
        entities(caseId),
        await tokenFor(audit, role, `${role}-outsider`),
      );
      const view = answer.body.data._entities[0];
      expect(view).toMatchObject({ id: caseId, status: 'CLOSED', auditReview: null });
      expect(
        (answer.body.errors ?? []).map((error) => [error.path.join('.'), error.extensions.code]),
      ).toEqual([['_entities.0.auditReview', 'FORBIDDEN']]);
      expect(JSON.stringify(answer.body)).not.toContain(disclosable);
    },
  );

  it.each(CITY_STAFF_ROLES.filter((role) => role !== 'audit'))(
    '%s gets FORBIDDEN on each restricted field, the rest of the answer intact, every refusal logged',
    async (role) => {
      const subject = `${role}-matrix`;
      const answer = await audit.graphql(
        query(),
        entities(caseId),
        await tokenFor(audit, role, subject),
      );
      const view = answer.body.data._entities[0];

      const refused = (answer.body.errors ?? []).map((error) => [
        error.path.join('.'),
        error.extensions.code,
      ]);
      expect(refused.sort()).toEqual(
        guarded()
          .map((path) => [`_entities.0.auditReview.${path}`, 'FORBIDDEN'])
          .sort(),
      );
      for (const path of guarded())
        expect([path, valuesAt(view.auditReview, path)]).toEqual([path, [null]]);
      // The rest is exactly what audit sees.
      expect(view.id).toBe(caseId);
      expect(view.status).toBe('CLOSED');
      for (const path of open()) {
        expect([path, valuesAt(view.auditReview, path)]).toEqual([
          path,
          valuesAt(auditsView.auditReview, path),
        ]);
      }
      expect(view.auditReview.disclosure.text).toBe(disclosable);
      const json = JSON.stringify(answer.body);
      for (const secret of Object.values(texts)) expect(json).not.toContain(secret);
      expect(json).not.toContain('PARTIALLY_SUBSTANTIATED');

      expect(await accessLogOf(subject)).toEqual(
        guarded()
          .sort()
          .map((path) => ({ field: `auditReview.${path}`, granted: false, reader_roles: [role] })),
      );
    },
  );

  it('the access log itself is for audit alone, and shows granted and refused attempts', async () => {
    for (const [role, subject] of [
      ['audit', 'auditor-log-reader'],
      ['council', 'council-log-reader'],
    ] as const) {
      await audit.graphql(FINDINGS_TEXT, entities(caseId), await tokenFor(audit, role, subject));
    }
    const log = dataOf(await audit.graphql(ACCESS_LOG, { caseId }, auditor)).auditAccessLog;
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          readerSubject: 'auditor-log-reader',
          field: 'auditReview.findings',
          granted: true,
        }),
        expect.objectContaining({
          readerSubject: 'council-log-reader',
          readerRoles: ['council'],
          field: 'auditReview.findings',
          granted: false,
        }),
      ]),
    );
    for (const role of PERSON_ROLES.filter((r) => r !== 'audit')) {
      const refused = await audit.graphql(ACCESS_LOG, { caseId }, await tokenFor(audit, role));
      expect([role, refused.body.errors?.[0]?.extensions?.code]).toEqual([role, 'FORBIDDEN']);
    }
  });

  it('no role but audit may change a file', async () => {
    const before = await audit.sql('select * from audit_file where case_id = ?', [caseId]);
    const other = await openFile(audit);
    for (const role of PERSON_ROLES.filter((r) => r !== 'audit')) {
      const answer = await audit.graphql(
        FINDINGS_BY_ANYONE,
        { input: { caseId: other, findings: 'not mine to write' } },
        await tokenFor(audit, role),
      );
      expect([role, answer.body.errors?.[0]?.extensions?.code]).toEqual([role, 'FORBIDDEN']);
    }
    expect(await audit.count('audit_file', 'findings is not null and case_id = ?', [other])).toBe(
      0,
    );
    expect(await audit.sql('select * from audit_file where case_id = ?', [caseId])).toEqual(before);
  });
});
