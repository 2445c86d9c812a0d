import { CASE_REFERRED, REFERRAL_DECIDED, TITLE_VI_RETALIATION_ALLEGED } from '@hub/contracts';
import { graphql } from './graphql';
import type { TitleViComplaintInput } from './graphql/graphql';
import {
  caseAs,
  closedWhenDecided,
  complaintOf,
  dataOf,
  filedCase,
  publishedOf,
  REFER,
  refusal,
  startHub,
  waitFor,
  writtenForm,
  type CivilRightsHarness,
} from './civil-rights.fixtures';

const DECIDE = graphql(`
  mutation RecordReferralDecision(
    $caseId: ID!
    $decision: ReferralDecision!
    $text: String!
    $agencyStatus: String
    $agencyId: String
  ) {
    recordReferralDecision(
      caseId: $caseId
      decision: $decision
      text: $text
      agencyStatus: $agencyStatus
      agencyId: $agencyId
    ) {
      id
      titleVI {
        stage
      }
    }
  }
`);
const ASSIGN = graphql(`
  mutation AssignTitleVIInvestigation($caseId: ID!, $agencyId: String!) {
    assignTitleVIInvestigation(caseId: $caseId, agencyId: $agencyId) {
      titleVI {
        investigatorAgencyId
      }
    }
  }
`);
const RETALIATION = graphql(`
  mutation RecordRetaliationAllegation($caseId: ID!, $description: String!, $inWriting: Boolean!) {
    recordRetaliationAllegation(caseId: $caseId, description: $description, inWriting: $inWriting) {
      titleVI {
        retaliationAlleged
        retaliationAllegations {
          description
          recordedBy
        }
      }
    }
  }
`);
const REFERRED_CASES = graphql(`
  query ReferredTitleVICases {
    referredTitleVICases {
      id
    }
  }
`);

describe('referrals to external agencies', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;
  let wsdot: string;
  let fhwa: string;
  let fta: string;

  beforeAll(async () => {
    ({ hub, coordinator } = await startHub('referrals', 'coordinator-3'));
    wsdot = await hub.token(['external_agency'], { subject: 'oecr-officer', agency: 'wsdot-oecr' });
    fhwa = await hub.token(['external_agency'], { subject: 'fhwa-officer', agency: 'fhwa' });
    fta = await hub.token(['external_agency'], { subject: 'fta-officer', agency: 'fta' });
  });

  afterAll(() => hub?.stop());

  const filed = (form: TitleViComplaintInput) => filedCase(hub, coordinator, form);

  it("sends an FHWA complaint to WSDOT OECR; WSDOT sees it and records FHWA's final decision, which closes it", async () => {
    const caseId = await filed(writtenForm(20));
    const other = await filed(writtenForm(20, { program: 'FTA' }));
    expect(
      (await hub.graphql(REFER, { caseId: other, agencyIds: ['fta'] }, coordinator)).body.errors,
    ).toBeUndefined();

    // To WSDOT OECR and to FHWA at once.
    const referred = await hub.graphql(
      REFER,
      { caseId, agencyIds: ['wsdot-oecr', 'fhwa'] },
      coordinator,
    );
    const result = dataOf(referred).referTitleVIComplaint;
    expect(result.status).toBe('REFERRED');
    expect(result.statusHistory!.at(-1)).toEqual({
      status: 'REFERRED',
      agency: 'title-vi',
      agencyStatus: 'referred to wsdot-oecr, fhwa',
    });
    const complaint = complaintOf(result);
    expect(complaint.stage).toBe('REFERRED');
    expect(complaint.referrals.map((r) => r.agencyId).sort()).toEqual(['fhwa', 'wsdot-oecr']);
    // Forwarding it to WSDOT OECR is the copy the office owed OECR.
    expect(complaint.clocks).toEqual([
      expect.objectContaining({ clock: 'OECR_COPY', state: 'MET' }),
    ]);
    const events = (await publishedOf(hub, CASE_REFERRED)).filter((e) => e.subject === caseId);
    expect(events.map((e) => e.data)).toEqual([
      { caseId, referralId: expect.any(String), agencyId: 'wsdot-oecr', program: 'fhwa' },
      { caseId, referralId: expect.any(String), agencyId: 'fhwa', program: 'fhwa' },
    ]);

    // WSDOT sees the complaint; FTA, to which it was not referred, does not.
    const seenByWsdot = await caseAs(hub, caseId, wsdot);
    // All of it but the coordinator's own words in the history, which name where it went.
    const wsdotHistory = seenByWsdot.found.statusHistory!;
    expect(
      (seenByWsdot.answer.body.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]),
    ).toEqual(
      wsdotHistory.flatMap((entry, index) =>
        entry.agency === 'title-vi'
          ? [[`_entities.0.statusHistory.${index}.agencyStatus`, 'FORBIDDEN']]
          : [],
      ),
    );
    expect(wsdotHistory.map((entry) => entry.status)).toContain('REFERRED');
    expect(JSON.stringify(wsdotHistory)).not.toContain('referred to');
    expect(complaintOf(seenByWsdot.found).contact.name).toBe('Minh Tran');
    const seenByFta = await caseAs(hub, caseId, fta);
    expect(seenByFta.found.titleVI).toBeNull();
    expect(seenByFta.found.status).toBe('REFERRED');
    expect(refusal(seenByFta.answer).code).toBe('FORBIDDEN');
    // Nor does WSDOT see another agency's case, list it, or decide on it.
    const otherAsWsdot = await caseAs(hub, other, wsdot);
    expect(otherAsWsdot.found.titleVI).toBeNull();
    expect(refusal(otherAsWsdot.answer).code).toBe('FORBIDDEN');
    const listed = dataOf(await hub.graphql(REFERRED_CASES, {}, wsdot)).referredTitleVICases;
    expect(listed.map((c) => c.id)).toContain(caseId);
    expect(listed.map((c) => c.id)).not.toContain(other);
    expect(
      refusal(
        await hub.graphql(DECIDE, { caseId: other, decision: 'FINAL_DECISION', text: 'x' }, wsdot),
      ).code,
    ).toBe('FORBIDDEN');

    // FHWA accepts it and names its handler: the agency's word becomes the status.
    const accepted = await hub.graphql(
      DECIDE,
      {
        caseId,
        decision: 'ACCEPTED',
        text: 'Accepted. Handler: J. Roe, FHWA Office of Civil Rights',
      },
      fhwa,
    );
    expect(accepted.body.errors).toBeUndefined();
    await waitFor(
      () =>
        hub.sql(`select status, agency, agency_status from case_status where case_id = ?`, [
          caseId,
        ]),
      // The Title VI office states it, naming the deciding agency in its own word.
      (rows) => rows[0]?.agency === 'title-vi' && /^fhwa: /.test(rows[0]?.agency_status ?? ''),
      30_000,
      "FHWA's acceptance",
    );

    // WSDOT records FHWA's final decision; the case closes when the event comes back.
    const decided = await hub.graphql(
      DECIDE,
      {
        caseId,
        decision: 'FINAL_DECISION',
        text: "FHWA's final decision: no violation of Title VI found.",
        agencyStatus: 'closed: no violation',
      },
      wsdot,
    );
    expect(decided.body.errors).toBeUndefined();
    const [event] = (await publishedOf(hub, REFERRAL_DECIDED)).filter(
      (e) => e.subject === caseId && e.data.decision === 'final_decision',
    );
    expect(event!.data).toEqual({
      caseId,
      referralId: expect.any(String),
      decisionId: expect.any(String),
      agencyId: 'wsdot-oecr',
      decision: 'final_decision',
      program: 'fhwa',
      agencyStatus: 'closed: no violation',
    });
    await closedWhenDecided(hub, caseId);

    const { found } = await caseAs(hub, caseId, coordinator);
    expect(found.status).toBe('CLOSED');
    expect(found.statusHistory!.at(-1)).toEqual({
      status: 'CLOSED',
      agency: 'title-vi',
      agencyStatus: 'wsdot-oecr: closed: no violation',
    });
    expect(found.titleVI).toMatchObject({
      stage: 'CLOSED',
      disposition: "FHWA's final decision: no violation of Title VI found.",
      closedAt: expect.any(String),
    });
    // FHWA: no administrative appeal, so no appeal window.
    const closed = complaintOf(found);
    expect(closed.clocks.map((c) => c.clock)).not.toContain('APPEAL_WINDOW');
    const byWsdot = closed.referrals.find((r) => r.agencyId === 'wsdot-oecr');
    expect(byWsdot!.decisions).toEqual([
      {
        agencyId: 'wsdot-oecr',
        decision: 'FINAL_DECISION',
        text: "FHWA's final decision: no violation of Title VI found.",
        agencyStatus: 'closed: no violation',
      },
    ]);
    // Closed: no more decisions.
    expect(
      refusal(await hub.graphql(DECIDE, { caseId, decision: 'ACCEPTED', text: 'again' }, fhwa))
        .code,
    ).toBe('CONFLICT');
  });

  it("never lets an agency investigate a complaint against itself, the office's own agency included", async () => {
    const caseId = await filed(
      writtenForm(20, {
        program: 'FTA',
        respondent: { organization: 'City Transit Office', kind: 'RECIPIENT', agencyId: 'city' },
      }),
    );
    const refused = await hub.graphql(ASSIGN, { caseId, agencyId: 'city' }, coordinator);
    expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    expect(refusal(refused).message).toContain('no agency investigates a complaint against itself');
    expect(
      (
        await hub.sql(`select investigator_agency_id from title_vi_complaint where case_id = ?`, [
          caseId,
        ])
      )[0],
    ).toEqual({
      investigator_agency_id: null,
    });

    // A conflict of interest goes to WSDOT OECR, which investigates and decides.
    await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator);
    const assigned = await hub.graphql(ASSIGN, { caseId, agencyId: 'wsdot-oecr' }, coordinator);
    expect(complaintOf(dataOf(assigned).assignTitleVIInvestigation).investigatorAgencyId).toBe(
      'wsdot-oecr',
    );
    await hub.graphql(
      DECIDE,
      { caseId, decision: 'FINAL_DECISION', text: 'Violation found; corrective plan ordered.' },
      wsdot,
    );
    await closedWhenDecided(hub, caseId);
    const { found } = await caseAs(hub, caseId, coordinator);
    // FTA: a party may appeal within 180 days of the final decision.
    expect(complaintOf(found).clocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ clock: 'APPEAL_WINDOW', days: 180, state: 'PENDING' }),
      ]),
    );
  });

  it('refuses referrals the procedure does not allow, publishing nothing', async () => {
    const caseId = await filed(writtenForm(20));
    const before = (await hub.published(CASE_REFERRED)).length;
    for (const agencyIds of [['fhwa'], ['county'], []]) {
      const answer = await hub.graphql(REFER, { caseId, agencyIds }, coordinator);
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyIds' });
    }
    expect(
      refusal(await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, wsdot)).code,
    ).toBe('FORBIDDEN');
    expect((await hub.published(CASE_REFERRED)).length).toBe(before);
    expect(await hub.count('title_vi_referral', 'case_id = ?', [caseId])).toBe(0);
  });

  it('records retaliation in writing, flags it, and tells the investigator without naming anyone', async () => {
    const caseId = await filed(writtenForm(20, { program: 'FTA' }));
    await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator);
    await hub.graphql(ASSIGN, { caseId, agencyId: 'wsdot-oecr' }, coordinator);
    const verbal = await hub.graphql(
      RETALIATION,
      { caseId, description: 'Threatened', inWriting: false },
      coordinator,
    );
    expect(refusal(verbal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inWriting' });

    const answer = await hub.graphql(
      RETALIATION,
      {
        caseId,
        description: 'After filing, Minh Tran was barred from the advisory committee.',
        inWriting: true,
      },
      coordinator,
    );
    expect(dataOf(answer).recordRetaliationAllegation.titleVI).toEqual({
      retaliationAlleged: true,
      retaliationAllegations: [
        {
          description: 'After filing, Minh Tran was barred from the advisory committee.',
          recordedBy: 'coordinator-3',
        },
      ],
    });
    const [event] = (await publishedOf(hub, TITLE_VI_RETALIATION_ALLEGED)).filter(
      (e) => e.subject === caseId,
    );
    expect(event!.data).toEqual({
      caseId,
      allegationId: expect.any(String),
      program: 'fta',
      investigatorAgencyId: 'wsdot-oecr',
    });
    // The investigating agency may record one too; another agency may not.
    expect(
      (
        await hub.graphql(
          RETALIATION,
          { caseId, description: 'Second letter', inWriting: true },
          wsdot,
        )
      ).body.errors,
    ).toBeUndefined();
    expect(
      refusal(await hub.graphql(RETALIATION, { caseId, description: 'x', inWriting: true }, fta))
        .code,
    ).toBe('FORBIDDEN');
  });
});
