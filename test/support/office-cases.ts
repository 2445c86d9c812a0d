import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { waitFor } from '@hub/local-stack';
import { graphql } from '../graphql';
import type { CaseKind } from '../graphql/graphql';
import { submitCase, type Submission } from './cases';
import { dataOf, type TestHub } from './hub';

/*
 * One case of each kind, taken through the office that handles it until that office holds
 * restricted values: HR closes a staff complaint as upheld, OPA records its own status word and
 * closes a concern as sustained, Internal Audit closes a fraud report as substantiated, and the
 * Title VI coordinator files a complaint and refers it to an outside agency. The access tests
 * read these cases as every role.
 */

export type Fixture = 'service' | 'staff' | 'police' | 'fraud' | 'civil';

export const KINDS: Record<Fixture, CaseKind> = {
  service: 'SERVICE_REQUEST',
  staff: 'STAFF_COMPLAINT',
  police: 'POLICE_CONDUCT',
  fraud: 'FRAUD_WASTE_ABUSE',
  civil: 'CIVIL_RIGHTS',
};

/** The agency the civil-rights case is referred to; external_agency tokens name it. */
export const REFERRED_AGENCY = 'wsdot-oecr';

/** What each office let the reporter be told, and its own status word: restricted values. */
export const OFFICE_VALUES = {
  hrDisclosure: 'Your complaint was reviewed; action was taken.',
  opaWord: 'investigation under way',
  opaDisposition: 'The concern was investigated; the officer was retrained.',
  auditDisclosure: 'Your report was reviewed and action was taken.',
} as const;

export interface OfficeCases {
  readonly ids: Record<Fixture, string>;
  readonly srNumbers: Record<Fixture, string>;
  /** The department routing made responsible for each case. */
  readonly departments: Record<Fixture, string>;
}

export const CASE_DEPARTMENT = graphql(`
  query OfficeCasesCaseDepartment($id: ID!) {
    case(id: $id) {
      id
      kind
      department {
        id
      }
    }
  }
`);
const HR_REVIEW = graphql(`
  mutation OfficeCasesHrReview($input: HrReviewInput!) {
    recordHrReview(input: $input) {
      id
    }
  }
`);
const HR_FINDINGS = graphql(`
  mutation OfficeCasesHrFindings($input: HrFindingsInput!) {
    recordHrFindings(input: $input) {
      id
    }
  }
`);
const HR_CLOSE = graphql(`
  mutation OfficeCasesHrClose($caseId: ID!, $text: String!) {
    closeStaffComplaint(
      caseId: $caseId
      outcome: UPHELD
      disclosure: { decision: PARTIAL, text: $text }
    ) {
      id
    }
  }
`);
const OPA_ACCEPT = graphql(`
  mutation OfficeCasesOpaAccept($caseId: ID!, $opaNumber: String!) {
    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {
      id
    }
  }
`);
const OPA_STATUS = graphql(`
  mutation OfficeCasesOpaStatus($caseId: ID!, $opaStatus: String!) {
    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: IN_PROGRESS) {
      id
    }
  }
`);
const OPA_OUTCOME = graphql(`
  mutation OfficeCasesOpaOutcome($caseId: ID!, $disposition: String!) {
    recordOpaOutcome(
      caseId: $caseId
      outcome: SUSTAINED
      disposition: $disposition
      summary: "Search without stated cause; retraining ordered."
    ) {
      id
    }
  }
`);
const AUDIT_ASSESSMENT = graphql(`
  mutation OfficeCasesAuditAssessment($input: AllegationAssessmentInput!) {
    recordAllegationAssessment(input: $input) {
      id
    }
  }
`);
const AUDIT_STEP = graphql(`
  mutation OfficeCasesAuditStep($input: AddAuditStepInput!) {
    addAuditStep(input: $input) {
      id
    }
  }
`);
const AUDIT_FINDINGS = graphql(`
  mutation OfficeCasesAuditFindings($input: RecordAuditFindingsInput!) {
    recordAuditFindings(input: $input) {
      id
    }
  }
`);
const AUDIT_CLOSE = graphql(`
  mutation OfficeCasesAuditClose($input: CloseAuditFileInput!) {
    closeAuditFile(input: $input) {
      id
    }
  }
`);
const TITLE_VI_FILE = graphql(`
  mutation OfficeCasesTitleViFile($caseId: ID!, $input: TitleVIComplaintInput!) {
    fileTitleVIComplaint(caseId: $caseId, input: $input) {
      id
    }
  }
`);
const TITLE_VI_REFER = graphql(`
  mutation OfficeCasesTitleViRefer($caseId: ID!, $agencyIds: [String!]!) {
    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {
      id
    }
  }
`);

export async function openOfficeCases(hub: TestHub): Promise<OfficeCases> {
  const ids = {} as Record<Fixture, string>;
  const srNumbers = {} as Record<Fixture, string>;
  const departments = {} as Record<Fixture, string>;
  // One case of each kind, submitted anonymously as a resident would.
  const onBehalfOf = {
    representedPersonName: 'Ottilie Brandvold',
    relationship: 'neighbour',
    consentGiven: true,
    consentMethod: 'signed form',
  };
  const inputs: Record<Fixture, Omit<Submission, 'kind'>> = {
    service: {
      serviceCode: 'streetlight-out',
      description: 'The lamp at the corner of Elm and 3rd has been out for a week.',
      location: { latitude: 42.3554, longitude: -71.0655 },
      reporter: { name: 'Ambrose Kettleby', email: 'ambrose.kettleby@example.org' },
      onBehalfOf,
    },
    staff: {
      description: 'The clerk at the permit counter shouted at me.',
      reporter: { name: 'Imogen Wilder', email: 'imogen.wilder@example.org' },
    },
    police: {
      description: 'An officer searched my car without saying why.',
      reporter: { email: 'driver.matrix@example.org' },
    },
    fraud: {
      description: 'Fuel cards of the parks fleet are used on weekends for private cars.',
      reporter: { name: 'Winifred Oakhurst', email: 'winifred.oakhurst@example.org' },
      onBehalfOf,
    },
    civil: {
      description: 'I was refused an interpreter at the corridor open house.',
      reporter: { name: 'Minh Tran', email: 'minh.tran@example.org' },
    },
  };
  for (const fixture of Object.keys(inputs) as Fixture[]) {
    const receipt = await submitCase(hub, { kind: KINDS[fixture], ...inputs[fixture] });
    ids[fixture] = receipt.caseId;
    srNumbers[fixture] = receipt.srNumber;
  }

  const agent = await hub.token(['agent'], { subject: 'matrix-setup-agent' });
  const hr = await hub.token(['hr'], { subject: 'matrix-setup-hr' });
  const opa = await hub.token(['opa'], { subject: 'matrix-setup-opa' });
  const audit = await hub.token(['audit'], { subject: 'matrix-setup-audit' });
  const coordinator = await hub.token(['title_vi_coordinator'], { subject: 'matrix-setup-tvc' });

  // Routing routes each case by its event; each office opens its file by routing's event.
  await Promise.all(
    (Object.keys(ids) as Fixture[]).map(async (fixture) => {
      const answer = await waitFor(
        () => hub.query(CASE_DEPARTMENT, { id: ids[fixture] }, agent),
        (a) => Boolean(a.data?.case?.department?.id),
        45_000,
        `routing to route the ${fixture} case`,
      );
      departments[fixture] = answer.data!.case!.department!.id;
    }),
  );

  const until = async <Data, Variables>(
    operation: TypedDocumentNode<Data, Variables>,
    variables: NoInfer<Variables>,
    token: string,
    what: string,
  ) =>
    dataOf(
      await waitFor(
        () => hub.query(operation, variables, token),
        // Retried while the office has not heard of the case yet; a bad input fails at once.
        (answer) =>
          !answer.errors?.length ||
          answer.errors.some((error) => error.extensions?.code === 'BAD_USER_INPUT'),
        45_000,
        what,
      ),
      what,
    );
  await Promise.all([
    (async () => {
      const caseId = ids.staff;
      await until(
        HR_REVIEW,
        {
          input: {
            caseId,
            reviewer: 'Priya Vandermeer',
            notes: 'Met the counter supervisor.',
            staffLevelsInvolved: ['SUPERVISOR'],
            category: 'DISCOURTESY',
            subjectEmployee: {
              name: 'Bartholomew Quill',
              jobTitle: 'Permit clerk',
              department: 'Permits',
            },
            peopleInvolved: [{ name: 'Marisol Ferreira-Tan', role: 'witness' }],
          },
        },
        hr,
        'HR to open its file and take the review',
      );
      dataOf(
        await hub.query(
          HR_FINDINGS,
          {
            input: {
              caseId,
              findings: 'The clerk raised his voice twice; confirmed by a witness.',
              action: { kind: 'WRITTEN_WARNING', details: 'Warning on file.' },
            },
          },
          hr,
        ),
        'HR findings',
      );
      dataOf(
        await hub.query(HR_CLOSE, { caseId, text: OFFICE_VALUES.hrDisclosure }, hr),
        'HR close',
      );
    })(),
    (async () => {
      const caseId = ids.police;
      await until(
        OPA_ACCEPT,
        { caseId, opaNumber: `2026OPA-${String(1000 + Math.floor(Math.random() * 8999))}` },
        opa,
        'OPA to receive and accept the referral',
      );
      dataOf(
        await hub.query(OPA_STATUS, { caseId, opaStatus: OFFICE_VALUES.opaWord }, opa),
        'OPA status',
      );
      dataOf(
        await hub.query(OPA_OUTCOME, { caseId, disposition: OFFICE_VALUES.opaDisposition }, opa),
        'OPA outcome',
      );
    })(),
    (async () => {
      const caseId = ids.fraud;
      await until(
        AUDIT_ASSESSMENT,
        {
          input: {
            caseId,
            category: 'FRAUD',
            summary: 'Fleet fuel cards used privately.',
            programConcerned: 'Parks fleet',
            estimatedAmount: 1250.5,
            retaliationConcern: 'The reporter works in the same depot.',
          },
        },
        audit,
        'Internal Audit to open its file and assess it',
      );
      const step = {
        caseId,
        takenAt: new Date().toISOString(),
        action: 'Pulled the fuel card statements',
        staffId: 'internal-audit-lead',
        notes: 'Weekend use on three cards.',
      };
      dataOf(await hub.query(AUDIT_STEP, { input: step }, audit), 'audit step');
      const findings = { caseId, findings: 'Three cards were used privately on weekends.' };
      dataOf(await hub.query(AUDIT_FINDINGS, { input: findings }, audit), 'audit findings');
      dataOf(
        await hub.query(
          AUDIT_CLOSE,
          {
            input: {
              caseId,
              outcome: 'SUBSTANTIATED',
              disclosure: 'DISCLOSE_TEXT',
              disclosableText: OFFICE_VALUES.auditDisclosure,
            },
          },
          audit,
        ),
        'audit close',
      );
    })(),
    (async () => {
      const caseId = ids.civil;
      // Yesterday and 20 days ago in UTC: never in the future on the city's calendar.
      const today = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const incident = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
      await until(
        TITLE_VI_FILE,
        {
          caseId,
          input: {
            program: 'FHWA',
            receivedVia: 'WRITTEN',
            contact: {
              name: 'Minh Tran',
              address: '12 Elm St',
              city: 'Vancouver',
              state: 'WA',
              zip: '98660',
              email: 'minh.tran@example.org',
            },
            bases: ['NATIONAL_ORIGIN'],
            basisExplanation: 'I was refused an interpreter',
            natureOfComplaint: 'denied language access at a public meeting',
            incidentDate: incident,
            incidentOngoing: false,
            respondent: {
              name: 'Pat Doe',
              organization: 'Corridor Project Team',
              kind: 'CONTRACTOR',
              agencyId: null,
            },
            narrative: 'I asked for a Vietnamese interpreter and was sent away.',
            remedySought: 'Interpreters at every open house',
            otherContacts: [],
            priorComplaints: [],
            attorneyRetained: false,
            signature: {
              printedName: 'Minh Tran',
              signatureText: '/s/ Minh Tran',
              signedPaperReceived: false,
              date: today,
            },
            filedOnOwnBehalf: true,
            filer: null,
          },
        },
        coordinator,
        'civil rights to hear of the case and file the complaint',
      );
      dataOf(
        await hub.query(TITLE_VI_REFER, { caseId, agencyIds: [REFERRED_AGENCY] }, coordinator),
        'Title VI referral',
      );
    })(),
  ]);
  return { ids, srNumbers, departments };
}
