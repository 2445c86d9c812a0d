import {
  caseAs,
  FILE,
  receiveCase,
  REFER,
  refusal,
  startCivilRights,
  waitFor,
  writtenForm,
  type CivilRightsHarness,
} from './civil-rights.fixtures';

const DECIDE = `
  mutation($caseId: ID!, $decision: ReferralDecision!, $text: String!, $agencyStatus: String, $agencyId: String) {
    recordReferralDecision(caseId: $caseId, decision: $decision, text: $text, agencyStatus: $agencyStatus, agencyId: $agencyId) {
      id titleVI { stage }
    }
  }`;
const ASSIGN = `
  mutation($caseId: ID!, $agencyId: String!) {
    assignTitleVIInvestigation(caseId: $caseId, agencyId: $agencyId) { titleVI { investigatorAgencyId } }
  }`;
const RETALIATION = `
  mutation($caseId: ID!, $description: String!, $inWriting: Boolean!) {
    recordRetaliationAllegation(caseId: $caseId, description: $description, inWriting: $inWriting) {
      titleVI { retaliationAlleged retaliationAllegations { description recordedBy } }
    }
  }`;

describe('referrals to external agencies', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;
  let wsdot: string;
  let fhwa: string;
  let fta: string;

  beforeAll(async () => {
    hub = await startCivilRights('referrals');
    coordinator = await hub.token(['title_vi_coordinator'], { subject: 'coordinator-3' });
    wsdot = await hub.token(['external_agency'], { subject: 'oecr-officer', agency: 'wsdot-oecr' });
    fhwa = await hub.token(['external_agency'], { subject: 'fhwa-officer', agency: 'fhwa' });
    fta = await hub.token(['external_agency'], { subject: 'fta-officer', agency: 'fta' });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function filed(form: Record<string, unknown>): Promise<string> {
    const caseId = await receiveCase(hub);
    const answer = await hub.graphql(FILE, { caseId, input: form }, coordinator);
    expect(answer.body.errors).toBeUndefined();
    return caseId;
  }

  const stageOf = async (caseId: string) =>
    (
      await hub.sql<{ stage: string }>(`select stage from title_vi_complaint where case_id = ?`, [
        caseId,
      ])
    )[0]?.stage;

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
    expect(referred.body.errors).toBeUndefined();
    const result = referred.body.data.referTitleVIComplaint;
    expect(result.status).toBe('REFERRED');
    expect(result.statusHistory.at(-1)).toEqual({
      status: 'REFERRED',
      agency: 'title-vi',
      agencyStatus: 'referred to wsdot-oecr, fhwa',
    });
    expect(result.titleVI.stage).toBe('REFERRED');
    expect(result.titleVI.referrals.map((r: any) => r.agencyId).sort()).toEqual([
      'fhwa',
      'wsdot-oecr',
    ]);
    // Forwarding it to WSDOT OECR is the copy the office owed OECR.
    expect(result.titleVI.clocks).toEqual([
      expect.objectContaining({ clock: 'OECR_COPY', state: 'MET' }),
    ]);
    const events = (await hub.published('case.referred.v1')).filter((e) => e.subject === caseId);
    expect(events.map((e) => e.data)).toEqual([
      { caseId, referralId: expect.any(String), agencyId: 'wsdot-oecr', program: 'fhwa' },
      { caseId, referralId: expect.any(String), agencyId: 'fhwa', program: 'fhwa' },
    ]);

    // WSDOT sees the complaint; FTA, to which it was not referred, does not.
    const seenByWsdot = await caseAs(hub, caseId, wsdot);
    expect(seenByWsdot.answer.body.errors).toBeUndefined();
    expect(seenByWsdot.found.titleVI.contact.name).toBe('Minh Tran');
    const seenByFta = await caseAs(hub, caseId, fta);
    expect(seenByFta.found.titleVI).toBeNull();
    expect(seenByFta.found.status).toBe('REFERRED');
    expect(refusal(seenByFta.answer).code).toBe('FORBIDDEN');
    // Nor does WSDOT see another agency's case, list it, or decide on it.
    const otherAsWsdot = await caseAs(hub, other, wsdot);
    expect(otherAsWsdot.found.titleVI).toBeNull();
    expect(refusal(otherAsWsdot.answer).code).toBe('FORBIDDEN');
    const listed = await hub.graphql(`{ referredTitleVICases { id } }`, {}, wsdot);
    expect(listed.body.data.referredTitleVICases.map((c: any) => c.id)).toContain(caseId);
    expect(listed.body.data.referredTitleVICases.map((c: any) => c.id)).not.toContain(other);
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
      () => hub.sql(`select status, agency from case_status where case_id = ?`, [caseId]),
      (rows) => rows[0]?.agency === 'fhwa',
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
    const [event] = (await hub.published('referral.decided.v1')).filter(
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
    await waitFor(
      () => stageOf(caseId),
      (stage) => stage === 'closed',
      30_000,
      'the case to close',
    );

    const { found } = await caseAs(hub, caseId, coordinator);
    expect(found.status).toBe('CLOSED');
    expect(found.statusHistory.at(-1)).toEqual({
      status: 'CLOSED',
      agency: 'wsdot-oecr',
      agencyStatus: 'closed: no violation',
    });
    expect(found.titleVI).toMatchObject({
      stage: 'CLOSED',
      disposition: "FHWA's final decision: no violation of Title VI found.",
      closedAt: expect.any(String),
    });
    // FHWA: no administrative appeal, so no appeal window.
    expect(found.titleVI.clocks.map((c: any) => c.clock)).not.toContain('APPEAL_WINDOW');
    const byWsdot = found.titleVI.referrals.find((r: any) => r.agencyId === 'wsdot-oecr');
    expect(byWsdot.decisions).toEqual([
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
    expect(assigned.body.data.assignTitleVIInvestigation.titleVI.investigatorAgencyId).toBe(
      'wsdot-oecr',
    );
    await hub.graphql(
      DECIDE,
      { caseId, decision: 'FINAL_DECISION', text: 'Violation found; corrective plan ordered.' },
      wsdot,
    );
    await waitFor(
      () => stageOf(caseId),
      (stage) => stage === 'closed',
      30_000,
      'the case to close',
    );
    const { found } = await caseAs(hub, caseId, coordinator);
    // FTA: a party may appeal within 180 days of the final decision.
    expect(found.titleVI.clocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ clock: 'APPEAL_WINDOW', days: 180, state: 'PENDING' }),
      ]),
    );
  });

  it('refuses referrals the procedure does not allow, publishing nothing', async () => {
    const caseId = await filed(writtenForm(20));
    const before = (await hub.published('case.referred.v1')).length;
    for (const agencyIds of [['fhwa'], ['county'], []]) {
      const answer = await hub.graphql(REFER, { caseId, agencyIds }, coordinator);
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyIds' });
    }
    expect(
      refusal(await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, wsdot)).code,
    ).toBe('FORBIDDEN');
    expect((await hub.published('case.referred.v1')).length).toBe(before);
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
    expect(answer.body.data.recordRetaliationAllegation.titleVI).toEqual({
      retaliationAlleged: true,
      retaliationAllegations: [
        {
          description: 'After filing, Minh Tran was barred from the advisory committee.',
          recordedBy: 'coordinator-3',
        },
      ],
    });
    const [event] = (await hub.published('titlevi.retaliation-alleged.v1')).filter(
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
