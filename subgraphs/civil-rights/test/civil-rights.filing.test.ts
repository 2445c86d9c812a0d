import { countSql } from '@hub/local-stack';
import {
  caseAs,
  ENTITY,
  daysAgo,
  FILE,
  receiveCase,
  REFER,
  refusal,
  SIGNED,
  startCivilRights,
  STEP,
  verbalForm,
  writtenForm,
  type CivilRightsHarness,
} from './civil-rights.fixtures';

describe('filing a Title VI complaint', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;

  beforeAll(async () => {
    hub = await startCivilRights('filing');
    coordinator = await hub.token(['title_vi_coordinator'], { subject: 'coordinator-1' });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const file = (caseId: string, input: unknown) =>
    hub.graphql(FILE, { caseId, input }, coordinator);

  it('keeps every field of the form, sections 1 to 5', async () => {
    const caseId = await receiveCase(hub);
    const form = writtenForm(30, {
      bases: ['RACE', 'NATIONAL_ORIGIN'],
      incidentOngoing: true,
      attorneyRetained: true,
      filedOnOwnBehalf: false,
      filer: {
        name: 'Lan Tran',
        address: '12 Elm St',
        city: 'Vancouver',
        state: 'WA',
        zip: '98660',
        homePhone: '360-555-0103',
        mobilePhone: null,
        relationship: 'daughter',
      },
      signature: {
        printedName: 'Lan Tran',
        signatureText: null,
        signedPaperReceived: true,
        date: daysAgo(1),
      },
    });
    const answer = await file(caseId, form);
    expect(answer.body.errors).toBeUndefined();
    const complaint = answer.body.data.fileTitleVIComplaint.titleVI;
    expect(complaint).toMatchObject({
      caseId,
      program: 'FHWA',
      receivedVia: 'WRITTEN',
      stage: 'OPEN',
      contact: form.contact,
      bases: ['RACE', 'NATIONAL_ORIGIN'],
      basisExplanation: form.basisExplanation,
      natureOfComplaint: form.natureOfComplaint,
      incidentDate: form.incidentDate,
      incidentOngoing: true,
      respondent: form.respondent,
      narrative: form.narrative,
      remedySought: form.remedySought,
      otherContacts: form.otherContacts,
      priorComplaints: form.priorComplaints,
      attorneyRetained: true,
      signature: form.signature,
      filedOnOwnBehalf: false,
      filer: form.filer,
      daysAfterIncident: 30,
      lateFiling: false,
      formToSign: null,
    });
    expect(complaint.signedReceivedAt).toBe(complaint.receivedAt);
    // Stored, not just echoed: read back in another request.
    const { found } = await caseAs(hub, caseId, coordinator);
    expect(found.titleVI.contact).toEqual(form.contact);
    expect(found.titleVI.filer).toEqual(form.filer);
  });

  it('lets an FHWA complaint filed 179 days after the act proceed', async () => {
    const caseId = await receiveCase(hub);
    const answer = await file(caseId, writtenForm(179));
    const result = answer.body.data.fileTitleVIComplaint;
    expect(result.titleVI).toMatchObject({
      stage: 'OPEN',
      daysAfterIncident: 179,
      lateFiling: false,
    });
    expect(result.status).toBe('IN_PROGRESS');
    expect(result.statusHistory.at(-1)).toEqual({
      status: 'IN_PROGRESS',
      agency: 'title-vi',
      agencyStatus: 'complaint filed',
    });
    // FHWA: the copy to WSDOT OECR is owed within 60 days of receipt.
    expect(result.titleVI.clocks).toEqual([
      expect.objectContaining({ clock: 'OECR_COPY', days: 60, state: 'PENDING', metAt: null }),
    ]);
    const referral = await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator);
    expect(referral.body.errors).toBeUndefined();
  });

  it('flags an FHWA complaint filed 181 days after the act for the coordinator, without refusing it', async () => {
    const caseId = await receiveCase(hub);
    const answer = await file(caseId, writtenForm(181));
    const complaint = answer.body.data.fileTitleVIComplaint.titleVI;
    expect(complaint).toMatchObject({
      stage: 'AWAITING_LATE_REVIEW',
      daysAfterIncident: 181,
      lateFiling: true,
      lateFilingAccepted: null,
      clocks: [],
    });
    // Held: it does not proceed until the coordinator accepts it.
    const held = await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator);
    expect(refusal(held).code).toBe('CONFLICT');

    const reviewed = await hub.graphql(
      `mutation($caseId: ID!) { reviewLateTitleVIFiling(caseId: $caseId, accept: true) { titleVI { stage lateFiling lateFilingAccepted clocks { clock } } } }`,
      { caseId },
      coordinator,
    );
    expect(reviewed.body.data.reviewLateTitleVIFiling.titleVI).toEqual({
      stage: 'OPEN',
      lateFiling: true,
      lateFilingAccepted: true,
      clocks: [{ clock: 'OECR_COPY' }],
    });
  });

  it('dismisses a late complaint the coordinator does not accept, closing the case', async () => {
    const caseId = await receiveCase(hub);
    await file(caseId, writtenForm(400));
    const reviewed = await hub.graphql(
      `mutation($caseId: ID!) { reviewLateTitleVIFiling(caseId: $caseId, accept: false) { status titleVI { stage disposition closedAt } } }`,
      { caseId },
      coordinator,
    );
    expect(reviewed.body.data.reviewLateTitleVIFiling).toMatchObject({
      status: 'CLOSED',
      titleVI: {
        stage: 'CLOSED',
        disposition: 'dismissed: filed 400 days after the alleged act, outside the 180-day window',
        closedAt: expect.any(String),
      },
    });
  });

  it('writes down a verbal FHWA complaint, produces the form to sign, and holds it until the signed form is recorded', async () => {
    const caseId = await receiveCase(hub);
    const filed = await file(caseId, verbalForm('FHWA'));
    const held = filed.body.data.fileTitleVIComplaint;
    expect(held.status).toBe('AWAITING_INFORMATION');
    expect(held.titleVI).toMatchObject({
      stage: 'AWAITING_SIGNED_COMPLAINT',
      receivedVia: 'VERBAL',
      clocks: [],
    });
    const form = JSON.parse(held.titleVI.formToSign);
    expect(form.caseId).toBe(caseId);
    expect(form.section1Contact).toMatchObject({
      name: 'Minh Tran',
      email: 'minh.tran@example.org',
    });
    expect(form.section2Complaint).toMatchObject({
      basis: { race: false, color: false, 'national origin': true },
      incidentDate: daysAgo(20),
      whatHappened: verbalForm('FHWA').narrative,
    });
    expect(form.section5Signature).toMatchObject({ signature: '', date: '' });

    // It does not proceed: no referral, no step.
    expect(
      refusal(await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator)).code,
    ).toBe('CONFLICT');

    // The complainant corrected the narrative and signed.
    const corrected = writtenForm(20, { narrative: 'Corrected: I was sent away twice.' });
    const signed = await hub.graphql(SIGNED, { caseId, input: corrected }, coordinator);
    expect(signed.body.errors).toBeUndefined();
    const proceeding = signed.body.data.recordSignedComplaint;
    expect(proceeding.status).toBe('IN_PROGRESS');
    expect(proceeding.titleVI).toMatchObject({
      stage: 'OPEN',
      receivedVia: 'VERBAL',
      narrative: 'Corrected: I was sent away twice.',
      signature: { signatureText: '/s/ Minh Tran' },
      formToSign: null,
      clocks: [expect.objectContaining({ clock: 'OECR_COPY' })],
    });
    expect(proceeding.titleVI.receivedAt).toBe(held.titleVI.receivedAt);
    expect(proceeding.titleVI.signedReceivedAt).not.toBeNull();
    expect(
      refusal(await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator)).code,
    ).toBeUndefined();
  });

  it('will not record an unsigned form as the signed complaint', async () => {
    const caseId = await receiveCase(hub);
    await file(caseId, verbalForm('FHWA'));
    const unsigned = await hub.graphql(
      SIGNED,
      {
        caseId,
        input: writtenForm(20, { signature: { printedName: 'Minh Tran', date: daysAgo(0) } }),
      },
      coordinator,
    );
    expect(refusal(unsigned)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signature' });
  });

  it('records a verbal FTA complaint and does not process it', async () => {
    const caseId = await receiveCase(hub);
    const filed = await file(caseId, verbalForm('FTA'));
    const result = filed.body.data.fileTitleVIComplaint;
    expect(result.status).toBe('AWAITING_INFORMATION');
    expect(result.statusHistory.at(-1).agencyStatus).toBe(
      'verbal complaint recorded, not formally processed',
    );
    expect(result.titleVI).toMatchObject({
      program: 'FTA',
      stage: 'VERBAL_NOT_PROCESSED',
      formToSign: null,
      clocks: [],
    });
    const step = await hub.graphql(STEP, { caseId, step: 'COURSE_OF_ACTION_DECIDED' }, coordinator);
    expect(refusal(step).code).toBe('CONFLICT');
    const referral = await hub.graphql(REFER, { caseId, agencyIds: ['fta'] }, coordinator);
    expect(refusal(referral).code).toBe('CONFLICT');
    expect(await hub.count('title_vi_clock', 'case_id = ?', [caseId])).toBe(0);
  });

  it('holds an unsigned written complaint for its signature', async () => {
    const caseId = await receiveCase(hub);
    const filed = await file(caseId, writtenForm(10, { program: 'FTA', signature: null }));
    expect(filed.body.data.fileTitleVIComplaint.titleVI).toMatchObject({
      stage: 'AWAITING_SIGNED_COMPLAINT',
      formToSign: null,
      clocks: [],
    });
  });

  describe('refuses bad input naming the field, and saves nothing', () => {
    const cases: [string, () => unknown, string][] = [
      ['no basis', () => writtenForm(30, { bases: [] }), 'bases'],
      [
        'a basis Title VI does not cover',
        () => writtenForm(30, { bases: ['RACE', 'RELIGION'] }),
        'bases',
      ],
      [
        'an incident date in the future',
        () => writtenForm(-2, { signature: null }),
        'incidentDate',
      ],
      [
        'a signature dated before the incident',
        () =>
          writtenForm(30, {
            signature: {
              printedName: 'Minh Tran',
              signatureText: '/s/ Minh Tran',
              date: daysAgo(31),
            },
          }),
        'signature.date',
      ],
      ['a blank narrative', () => writtenForm(30, { narrative: '  ' }), 'narrative'],
      [
        'a bad email',
        () => writtenForm(30, { contact: { name: 'Minh Tran', email: 'minh@' } }),
        'contact.email',
      ],
    ];

    it.each(cases)('%s', async (_what, input, field) => {
      const caseId = await receiveCase(hub);
      const outboxBefore = await hub.count('outbox_message');
      const historyBefore = await hub.count('case_status_history', 'case_id = ?', [caseId]);
      const answer = await file(caseId, input());
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(answer.body.errors![0].message).not.toContain('Minh');
      expect(await hub.count('title_vi_complaint', 'case_id = ?', [caseId])).toBe(0);
      expect(await hub.count('outbox_message')).toBe(outboxBefore);
      expect(await hub.count('case_status_history', 'case_id = ?', [caseId])).toBe(historyBefore);
    });
  });

  it('files only for a civil-rights case it knows, and only once', async () => {
    const serviceRequest = await receiveCase(hub, { kind: 'service_request' });
    expect(refusal(await file(serviceRequest, writtenForm())).code).toBe('NOT_FOUND');
    const caseId = await receiveCase(hub);
    expect(refusal(await file(caseId, writtenForm())).code).toBeUndefined();
    expect(refusal(await file(caseId, writtenForm())).code).toBe('CONFLICT');
  });

  it('takes a case routing sent to the Title VI coordinator, whatever its kind', async () => {
    const caseId = await receiveCase(hub, { kind: 'service_complaint' });
    await hub.publish('case.routed.v1', {
      caseId,
      departmentId: 'title-vi',
      departmentName: 'Title VI Coordinator',
      priority: 'routine',
      previousDepartmentId: 'public-works',
      manual: true,
    });
    await hub.rowsWhenPresent(`select id from civil_rights_case where id = ?`, [caseId]);
    expect(refusal(await file(caseId, writtenForm())).code).toBeUndefined();
  });

  it('is for the coordinator alone', async () => {
    const caseId = await receiveCase(hub);
    const agent = await hub.token(['agent']);
    expect(refusal(await hub.graphql(FILE, { caseId, input: writtenForm() }, agent)).code).toBe(
      'FORBIDDEN',
    );
  });

  describe('who sees the complaint', () => {
    it('shows others the status only, refuses the complaint, and logs every attempt', async () => {
      const caseId = await receiveCase(hub);
      await file(caseId, writtenForm());
      const staff = await hub.token(['department_staff'], {
        subject: 'staff-9',
        department: 'public-works',
      });
      const { answer, found } = await caseAs(hub, caseId, staff);
      expect(found.status).toBe('IN_PROGRESS');
      expect(found.titleVI).toBeNull();
      expect(refusal(answer)).toMatchObject({ code: 'FORBIDDEN' });
      expect(JSON.stringify(answer.body)).not.toContain('Minh');

      await caseAs(hub, caseId, coordinator);
      const log = await hub.graphql(
        `query($caseId: ID) { titleVIAccessLog(caseId: $caseId) { readerSubject field granted } }`,
        { caseId },
        coordinator,
      );
      expect(log.body.data.titleVIAccessLog).toEqual(
        expect.arrayContaining([
          { readerSubject: 'staff-9', field: 'titleVI', granted: false },
          { readerSubject: 'coordinator-1', field: 'titleVI', granted: true },
        ]),
      );
      expect(refusal(await hub.graphql(`{ titleVIAccessLog { field } }`, {}, staff)).code).toBe(
        'FORBIDDEN',
      );
    });
  });

  it('closes the complaint and stops its clocks when the case is withdrawn elsewhere', async () => {
    const caseId = await receiveCase(hub);
    await file(caseId, writtenForm(10, { program: 'FTA' }));
    await hub.publish('case.status-changed.v1', {
      caseId,
      status: 'withdrawn',
      agency: 'intake',
      agencyStatus: null,
      reason: null,
    });
    const [row] = await hub.rowsWhenPresent<{ disposition: string }>(
      `select disposition from title_vi_complaint where case_id = ? and stage = 'closed'`,
      [caseId],
    );
    expect(row!.disposition).toBe('withdrawn by the complainant');
    expect(
      await hub.count('title_vi_clock', 'case_id = ? and cancelled_at is null', [caseId]),
    ).toBe(0);
  });

  it('resolves many case references with one query per table, and one access-log write', async () => {
    const caseIds: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const caseId = await receiveCase(hub);
      await file(caseId, writtenForm(10));
      await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr', 'us-doj'] }, coordinator);
      caseIds.push(caseId);
    }
    const counter = countSql(hub.subgraph.orm);
    try {
      const answer = await hub.graphql(
        ENTITY,
        { representations: caseIds.map((id) => ({ __typename: 'Case', id })) },
        coordinator,
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data._entities.map((c: any) => c.titleVI.caseId)).toEqual(caseIds);
      expect(counter.selectsByTable()).toEqual({
        civil_rights_case: 1,
        title_vi_complaint: 1,
        title_vi_clock: 1,
        title_vi_referral: 1,
        title_vi_referral_decision: 1,
        title_vi_step: 1,
        title_vi_retaliation_allegation: 1,
        case_status: 1,
        case_status_history: 1,
      });
      const logWrites = counter.statements.filter((sql) =>
        /insert into [^(]*restricted_field_read/i.test(sql),
      );
      expect(logWrites).toHaveLength(1);
    } finally {
      counter.stop();
    }
  });
});
