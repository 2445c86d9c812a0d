import type { Role } from '@hub/contracts';
import {
  closedCase,
  dataOf,
  DISCLOSURE,
  entity,
  FINDINGS_TEXT,
  PEOPLE,
  PERSON_ROLES as ROLES,
  reviewedFile,
  startHr,
  type HrHarness,
} from './support';
import { graphql } from './graphql';

/*
 * Who may read what of a staff complaint, enforced in HR itself (docs/domain.md §4): the
 * matrix of every role against every field of StaffComplaint, taken from the schema, so a
 * field added without a rule here fails this test.
 */

/** Fields anyone who may see the file reads: no personal data. */
const OPEN_FIELDS = ['status', 'openedAt', 'closedAt'];

/** Every restricted field of StaffComplaint and who may read it. */
const RESTRICTED: Record<string, readonly Role[]> = {
  subjectEmployee: ['hr'],
  review: ['hr'],
  peopleInvolved: ['hr'],
  findings: ['hr'],
  actionTaken: ['hr'],
  outcome: ['hr'],
  disclosure: ['hr', 'agent'],
};

/** Who may see that HR holds a file at all (Case.staffComplaint): city staff, no resident. */
const FILE_READERS: readonly Role[] = ROLES.filter(
  (role) => role !== 'external_agency' && role !== 'resident',
);

interface IntrospectedType {
  readonly kind: string;
  readonly name: string | null;
  /** Absent at the depth where the introspection query stops. */
  readonly ofType?: IntrospectedType | null;
}
interface IntrospectedField {
  readonly name: string;
  readonly type: IntrospectedType;
}

const TYPES = graphql(`
  query HrSchemaTypes {
    __schema {
      types {
        name
        kind
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
  }
`);

/**
 * HR's fields of a case, as the gateway would ask for them. The role × field matrix below is
 * built at run time from the introspected schema, so its operations are sent as strings.
 */
const entityQuery = (fields: string) => `
  query HrMatrixProbe($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { ${fields} } }
  }`;

const FILE_FINDINGS = graphql(`
  query StaffComplaintFindings($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        staffComplaint {
          status
          findings
        }
      }
    }
  }
`);

const FILE_STATUS = graphql(`
  query StaffComplaintStatus($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        staffComplaint {
          status
        }
      }
    }
  }
`);

const ACCESS_LOG = graphql(`
  query HrAccessLog($caseId: ID, $first: Int!) {
    hrAccessLog(caseId: $caseId, first: $first) {
      readerSubject
      readerRoles
      caseId
      field
      granted
      readAt
    }
  }
`);

function namedType(type: IntrospectedType): IntrospectedType {
  return type.ofType ? namedType(type.ofType) : type;
}

describe("a staff complaint's details are for HR alone, enforced in the subgraph", () => {
  let hr: HrHarness;
  let hrToken: string;
  let caseId: string;
  let fieldsOf: Map<string, IntrospectedField[]>;

  beforeAll(async () => {
    hr = await startHr('access');
    hrToken = await hr.token(['hr'], { subject: 'hr-setup', department: 'human-resources' });
    caseId = await closedCase(hr, hrToken, { decision: 'PARTIAL', text: DISCLOSURE });
    const schema = dataOf(await hr.graphql(TYPES, {}, hrToken)).__schema;
    fieldsOf = new Map(
      schema.types.flatMap((type): [string, IntrospectedField[]][] =>
        type.fields ? [[type.name!, type.fields]] : [],
      ),
    );
  });

  afterAll(async () => {
    await hr?.stop();
  });

  /** A selection of every scalar and enum inside `field`, two levels deep. */
  function selectionOf(field: IntrospectedField, depth = 0): string {
    const named = namedType(field.type);
    if (named.kind !== 'OBJECT') return field.name;
    const inner = fieldsOf
      .get(named.name!)!
      .filter((child) => depth < 1 || namedType(child.type).kind !== 'OBJECT')
      .map((child) => selectionOf(child, depth + 1));
    return `${field.name} { ${inner.join(' ')} }`;
  }

  function staffComplaintFields(): IntrospectedField[] {
    return fieldsOf.get('StaffComplaint')!;
  }

  it('has a rule for every field of StaffComplaint, and every restricted one is nullable', () => {
    const names = staffComplaintFields().map((field) => field.name);
    expect([...names].sort()).toEqual([...OPEN_FIELDS, ...Object.keys(RESTRICTED)].sort());
    for (const field of staffComplaintFields()) {
      if (field.name in RESTRICTED) expect(field.type.kind).not.toBe('NON_NULL');
    }
    const onCase = fieldsOf.get('Case')!.find((field) => field.name === 'staffComplaint')!;
    expect(onCase.type.kind).not.toBe('NON_NULL');
  });

  it('answers each role × each restricted field: allowed, or FORBIDDEN with the rest intact, and logs every attempt', async () => {
    const hrView = dataOf(
      await hr.graphql(
        entityQuery(
          `id staffComplaint { ${staffComplaintFields()
            .map((field) => selectionOf(field))
            .join(' ')} }`,
        ),
        entity(caseId),
        hrToken,
      ),
    )._entities[0].staffComplaint;
    expect(hrView).toMatchObject({
      subjectEmployee: PEOPLE.subject,
      findings: FINDINGS_TEXT,
      outcome: 'UPHELD',
      disclosure: { decision: 'PARTIAL', text: DISCLOSURE },
    });

    const verdicts: string[] = [];
    for (const role of ROLES) {
      for (const field of staffComplaintFields().filter((f) => f.name in RESTRICTED)) {
        const subject = `${role}:${field.name}`;
        const token = await hr.token([role], {
          subject,
          department: role.startsWith('department') ? 'permits' : undefined,
          agency: role === 'external_agency' ? 'wsdot-oecr' : undefined,
        });
        const query = entityQuery(
          `id status staffComplaint { status openedAt ${selectionOf(field)} }`,
        );
        const answer = await hr.graphql(query, entity(caseId), token);
        const found = answer.body.data?._entities?.[0];
        // Whatever the verdict, the rest of the answer arrives.
        expect(found).toMatchObject({ id: caseId, status: 'CLOSED' });

        const errors = answer.body.errors ?? [];
        const seesFile = FILE_READERS.includes(role);
        const readsField = seesFile && RESTRICTED[field.name]!.includes(role);
        if (readsField) {
          expect(errors).toEqual([]);
          expect(found.staffComplaint[field.name]).toEqual(hrView[field.name]);
          expect(found.staffComplaint[field.name]).not.toBeNull();
        } else if (seesFile) {
          expect(found.staffComplaint).toMatchObject({
            status: 'CLOSED',
            openedAt: hrView.openedAt,
          });
          expect(found.staffComplaint[field.name]).toBeNull();
          expect(errors).toHaveLength(1);
          expect(errors[0].extensions.code).toBe('FORBIDDEN');
          expect(errors[0].path).toEqual(['_entities', 0, 'staffComplaint', field.name]);
          // The refusal says why without giving anything away.
          expect(JSON.stringify(errors)).not.toContain(PEOPLE.subject.name);
        } else {
          expect(found.staffComplaint).toBeNull();
          expect(errors).toHaveLength(1);
          expect(errors[0].extensions.code).toBe('FORBIDDEN');
          expect(errors[0].path).toEqual(['_entities', 0, 'staffComplaint']);
        }

        const log = await hr.sql<{ field: string; granted: boolean; reader_roles: string[] }>(
          `select field, granted, reader_roles from restricted_field_read
            where reader_subject = ? and case_id = ? order by field`,
          [subject, caseId],
        );
        const expected = [
          { field: 'staffComplaint', granted: seesFile, reader_roles: [role] },
          ...(seesFile
            ? [{ field: `staffComplaint.${field.name}`, granted: readsField, reader_roles: [role] }]
            : []),
        ];
        expect(log).toEqual(expected);
        verdicts.push(`${role} ${field.name} ${readsField ? 'allowed' : 'FORBIDDEN'}`);
      }
    }
    // The matrix the rules give, spelled out: HR reads everything; 311 agents only the disclosure.
    expect(verdicts.filter((verdict) => verdict.endsWith('allowed')).sort()).toEqual(
      [
        ...Object.keys(RESTRICTED).map((field) => `hr ${field} allowed`),
        'agent disclosure allowed',
      ].sort(),
    );
  });

  it('refuses the fields of several cases in one answer one by one, and logs each case', async () => {
    const other = await reviewedFile(hr, hrToken);
    const head = await hr.token(['department_head'], {
      subject: 'head-two-cases',
      department: 'permits',
    });
    const answer = await hr.graphql(FILE_FINDINGS, entity(caseId, other), head);
    expect(answer.body.data?._entities).toEqual([
      { id: caseId, staffComplaint: { status: 'CLOSED', findings: null } },
      { id: other, staffComplaint: { status: 'IN_REVIEW', findings: null } },
    ]);
    expect((answer.body.errors ?? []).map((e) => [e.extensions?.code, e.path])).toEqual(
      expect.arrayContaining([
        ['FORBIDDEN', ['_entities', 0, 'staffComplaint', 'findings']],
        ['FORBIDDEN', ['_entities', 1, 'staffComplaint', 'findings']],
      ]),
    );
    expect(
      await hr.count(
        'restricted_field_read',
        "reader_subject = 'head-two-cases' and field = 'staffComplaint.findings' and not granted",
      ),
    ).toBe(2);
  });

  it("lets only HR read HR's access log, refusals included", async () => {
    const head = await hr.token(['department_head'], { subject: 'head-reads-findings' });
    const agency = await hr.token(['external_agency'], {
      subject: 'agency-reads-file',
      agency: 'wsdot-oecr',
    });
    await hr.graphql(FILE_FINDINGS, entity(caseId), head);
    await hr.graphql(FILE_STATUS, entity(caseId), agency);

    for (const role of ROLES.filter((r) => r !== 'hr')) {
      const answer = await hr.graphql(ACCESS_LOG, { caseId, first: 10 }, await hr.token([role]));
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.body.data).toBeNull();
    }
    const log = dataOf(await hr.graphql(ACCESS_LOG, { caseId, first: 100 }, hrToken)).hrAccessLog;
    expect(log.length).toBeGreaterThan(0);
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          readerSubject: 'head-reads-findings',
          readerRoles: ['department_head'],
          caseId,
          field: 'staffComplaint.findings',
          granted: false,
        }),
        expect.objectContaining({
          readerSubject: 'agency-reads-file',
          field: 'staffComplaint',
          granted: false,
        }),
      ]),
    );
  });
});
