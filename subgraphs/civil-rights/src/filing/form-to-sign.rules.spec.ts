import {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
} from '../complaints/title-vi.enums';
import type { ComplaintDraft } from './complaint-form';
import { formToSign } from './form-to-sign.rules';

const blank = { address: null, city: null, state: null, zip: null };
const phones = { homePhone: null, mobilePhone: null };

/** A verbal FHWA complaint as the office wrote it down. */
const told: Omit<ComplaintDraft, 'receivedAt'> = {
  program: TitleVIProgram.FHWA,
  receivedVia: TitleVIReceivedVia.VERBAL,
  contact: {
    name: 'Minh Tran',
    ...blank,
    ...phones,
    bestTimeToContact: null,
    email: 'minh@example.org',
  },
  bases: [TitleVIBasis.NATIONAL_ORIGIN],
  basisExplanation: 'Refused an interpreter at the open house',
  natureOfComplaint: null,
  incidentDate: '2026-10-01',
  incidentOngoing: false,
  respondent: {
    name: null,
    organization: 'Regional Transportation Council',
    ...blank,
    ...phones,
    kind: TitleVIRespondentKind.RECIPIENT,
    agencyId: null,
  },
  narrative: 'I asked for an interpreter and was turned away.',
  remedySought: null,
  otherContacts: [],
  priorComplaints: [],
  attorneyRetained: null,
  signature: { printedName: null, signatureText: null, signedPaperReceived: false, date: null },
  filedOnOwnBehalf: true,
  filer: null,
};

describe('the form sent to a verbal FHWA complainant', () => {
  it('is the form filled with what was said, signature left blank', () => {
    const sent = JSON.parse(formToSign('case-1', told));
    expect(sent.section1Contact.name).toBe('Minh Tran');
    expect(sent.section2Complaint.basis).toEqual({
      race: false,
      color: false,
      'national origin': true,
    });
    expect(sent.section2Complaint.incidentDate).toBe('2026-10-01');
    expect(sent.section2Complaint.whatHappened).toBe(
      'I asked for an interpreter and was turned away.',
    );
    expect(sent.section5Signature).toMatchObject({
      printedName: 'Minh Tran',
      signature: '',
      date: '',
    });
  });
});
