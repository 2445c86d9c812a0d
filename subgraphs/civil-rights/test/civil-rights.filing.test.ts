import { CASE_ROUTED, CASE_STATUS_CHANGED } from '@hub/contracts';
import { graphql } from './graphql';
import type { TitleViComplaintInput } from './graphql/graphql';
import {
  caseAs,
  complaintOf,
  dataOf,
  daysAgo,
  FILE,
  receiveCase,
  REFER,
  refusal,
  SIGNED,
  startHub,
  STEP,
  verbalForm,
  writtenForm,
  type CivilRightsHarness,
} from './civil-rights.fixtures';

const REVIEW_LATE = graphql(`
  mutation ReviewLateFiling($caseId: ID!, $accept: Boolean!) {
    reviewLateTitleVIFiling(caseId: $caseId, accept: $accept) {
      status
      titleVI {
        stage
        lateFiling
        lateFilingAccepted
        disposition
        closedAt
        clocks {
          clock
        }
      }
    }
  }
`);

describe('filing a Title VI complaint', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;
  beforeAll(async () => ({ hub, coordinator } = await startHub('filing', 'coordinator-1')));
  afterAll(() => hub?.stop());

  const file = (caseId: string, input: TitleViComplaintInput) =>
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
    const complaint = complaintOf(dataOf(await file(caseId, form)).fileTitleVIComplaint);
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
    expect(complaintOf(found).contact).toEqual(form.contact);
    expect(complaintOf(found).filer).toEqual(form.filer);
  });

  it('lets an FHWA complaint filed 179 days after the act proceed', async () => {
    const caseId = await receiveCase(hub);
    const result = dataOf(await file(caseId, writtenForm(179))).fileTitleVIComplaint;
    expect(result.titleVI).toMatchObject({
      stage: 'OPEN',
      daysAfterIncident: 179,
      lateFiling: false,
    });
    expect(result.status).toBe('IN_PROGRESS');
    expect(result.statusHistory!.at(-1)).toEqual({
      status: 'IN_PROGRESS',
      agency: 'title-vi',
      agencyStatus: 'complaint filed',
    });
    // FHWA: the copy to WSDOT OECR is owed within 60 days of receipt.
    expect(complaintOf(result).clocks).toEqual([
      expect.objectContaining({ clock: 'OECR_COPY', days: 60, state: 'PENDING', metAt: null }),
    ]);
    const referral = await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr'] }, coordinator);
    expect(referral.body.errors).toBeUndefined();
  });

  it('flags an FHWA complaint filed 181 days after the act for the coordinator, without refusing it', async () => {
    const caseId = await receiveCase(hub);
    const complaint = dataOf(await file(caseId, writtenForm(181))).fileTitleVIComplaint.titleVI;
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

    const reviewed = await hub.graphql(REVIEW_LATE, { caseId, accept: true }, coordinator);
    expect(dataOf(reviewed).reviewLateTitleVIFiling.titleVI).toEqual({
      stage: 'OPEN',
      lateFiling: true,
      lateFilingAccepted: true,
      disposition: null,
      closedAt: null,
      clocks: [{ clock: 'OECR_COPY' }],
    });
  });

  it('dismisses a late complaint the coordinator does not accept, closing the case', async () => {
    const caseId = await receiveCase(hub);
    await file(caseId, writtenForm(400));
    const reviewed = await hub.graphql(REVIEW_LATE, { caseId, accept: false }, coordinator);
    expect(dataOf(reviewed).reviewLateTitleVIFiling).toMatchObject({
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
    const held = dataOf(await file(caseId, verbalForm('FHWA'))).fileTitleVIComplaint;
    expect(held.status).toBe('AWAITING_INFORMATION');
    expect(held.titleVI).toMatchObject({
      stage: 'AWAITING_SIGNED_COMPLAINT',
      receivedVia: 'VERBAL',
      clocks: [],
    });
    const { formToSign, receivedAt } = complaintOf(held);
    expect(formToSign).toEqual(expect.any(String));
    const form = JSON.parse(formToSign!);
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
    const proceeding = dataOf(signed).recordSignedComplaint;
    expect(proceeding.status).toBe('IN_PROGRESS');
    expect(proceeding.titleVI).toMatchObject({
      stage: 'OPEN',
      receivedVia: 'VERBAL',
      narrative: 'Corrected: I was sent away twice.',
      signature: { signatureText: '/s/ Minh Tran' },
      formToSign: null,
      clocks: [expect.objectContaining({ clock: 'OECR_COPY' })],
    });
    expect(complaintOf(proceeding).receivedAt).toBe(receivedAt);
    expect(complaintOf(proceeding).signedReceivedAt).not.toBeNull();
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
    const result = dataOf(await file(caseId, verbalForm('FTA'))).fileTitleVIComplaint;
    expect(result.status).toBe('AWAITING_INFORMATION');
    expect(result.statusHistory!.at(-1)!.agencyStatus).toBe(
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
    expect(dataOf(filed).fileTitleVIComplaint.titleVI).toMatchObject({
      stage: 'AWAITING_SIGNED_COMPLAINT',
      formToSign: null,
      clocks: [],
    });
  });

  describe('refuses bad input naming the field, and saves nothing', () => {
    const cases: [string, () => TitleViComplaintInput, string][] = [
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
      expect(answer.body.errors![0]!.message).not.toContain('Minh');
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
    await hub.publish(CASE_ROUTED, {
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

  it('closes the complaint and stops its clocks when the case is withdrawn elsewhere', async () => {
    const caseId = await receiveCase(hub);
    await file(caseId, writtenForm(10, { program: 'FTA' }));
    await hub.publish(CASE_STATUS_CHANGED, {
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
});
