import { WorkingDayCalendar } from '@hub/service-kit';
import {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
} from '../complaints/title-vi.enums';
import type { ComplaintDraft, ComplaintShape } from './complaint-form';
import { isSigned, validateComplaint } from './form-validation.rules';

const calendar = new WorkingDayCalendar({ timeZone: 'America/Los_Angeles' });
/** Wednesday 25 November 2026, 10:00 in Los Angeles. */
const now = new Date('2026-11-25T18:00:00Z');
const clock = { now, localDateOf: (instant: Date) => calendar.localDateOf(instant) };

const form = (overrides: Partial<ComplaintShape> = {}): ComplaintShape => ({
  program: TitleVIProgram.FHWA,
  receivedVia: TitleVIReceivedVia.WRITTEN,
  contact: {
    name: 'Minh Tran',
    address: '12 Elm St',
    city: 'Vancouver',
    state: 'WA',
    zip: '98660',
    email: 'minh@example.org',
  },
  bases: ['NATIONAL_ORIGIN'],
  basisExplanation: 'Refused an interpreter at the open house',
  incidentDate: '2026-10-01',
  respondent: {
    organization: 'Regional Transportation Council',
    kind: TitleVIRespondentKind.RECIPIENT,
  },
  narrative: 'I asked for an interpreter and was turned away.',
  signature: { printedName: 'Minh Tran', signatureText: '/s/ Minh Tran', date: '2026-11-20' },
  ...overrides,
});

const problemsOf = (shape: ComplaintShape) => {
  const verdict = validateComplaint(shape, clock);
  return verdict.ok ? [] : verdict.problems;
};
const fieldsOf = (shape: ComplaintShape) => problemsOf(shape).map((p) => p.field);
const keep = (shape: ComplaintShape): ComplaintDraft => {
  const verdict = validateComplaint(shape, clock);
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems));
  return verdict.value;
};

describe('the Title VI complaint form', () => {
  it('keeps a complete form trimmed, with bases as their values', () => {
    const draft = keep(
      form({ bases: ['RACE', 'NATIONAL_ORIGIN', 'RACE'], contact: { name: '  Minh Tran ' } }),
    );
    expect(draft.bases).toEqual([TitleVIBasis.RACE, TitleVIBasis.NATIONAL_ORIGIN]);
    expect(draft.contact.name).toBe('Minh Tran');
    expect(draft.contact.email).toBeNull();
    expect(draft.receivedAt).toEqual(now);
    expect(draft.filedOnOwnBehalf).toBe(true);
    expect(isSigned(draft)).toBe(true);
  });

  it('needs at least one basis, and only race, color or national origin', () => {
    expect(fieldsOf(form({ bases: [] }))).toEqual(['bases']);
    expect(problemsOf(form({ bases: ['RACE', 'SEX'] }))).toEqual([
      { field: 'bases', message: 'Title VI covers only RACE, COLOR and NATIONAL_ORIGIN' },
    ]);
  });

  it('refuses an incident in the future, and a receipt before the incident', () => {
    expect(fieldsOf(form({ incidentDate: '2026-11-26', signature: null }))).toEqual([
      'incidentDate',
    ]);
    expect(fieldsOf(form({ incidentDate: '2026-02-30' }))).toEqual(['incidentDate']);
    expect(
      fieldsOf(form({ receivedAt: new Date('2026-09-01T18:00:00Z'), signature: null })),
    ).toEqual(['receivedAt']);
    expect(fieldsOf(form({ receivedAt: new Date('2026-12-01T18:00:00Z') }))).toContain(
      'receivedAt',
    );
  });

  it('refuses a signature dated before the incident or in the future, or a signature without its date', () => {
    const signed = { printedName: 'Minh Tran', signatureText: '/s/ Minh Tran' };
    expect(problemsOf(form({ signature: { ...signed, date: '2026-09-30' } }))).toEqual([
      { field: 'signature.date', message: 'is before the date of the alleged act' },
    ]);
    expect(fieldsOf(form({ signature: { ...signed, date: '2026-11-26' } }))).toEqual([
      'signature.date',
    ]);
    expect(fieldsOf(form({ signature: { signatureText: '/s/ M' } }))).toEqual([
      'signature.date',
      'signature.printedName',
    ]);
  });

  it('takes no signature on a verbal complaint', () => {
    expect(fieldsOf(form({ receivedVia: TitleVIReceivedVia.VERBAL }))).toEqual(['signature']);
    const draft = keep(form({ receivedVia: TitleVIReceivedVia.VERBAL, signature: null }));
    expect(isSigned(draft)).toBe(false);
  });

  it('names the complainant, the respondent and what happened', () => {
    expect(fieldsOf(form({ contact: { name: ' ' }, respondent: {}, narrative: '' }))).toEqual([
      'contact.name',
      'respondent.name',
      'narrative',
    ]);
    expect(fieldsOf(form({ contact: { name: 'A', email: 'not-an-email' } }))).toEqual([
      'contact.email',
    ]);
    expect(fieldsOf(form({ respondent: { name: 'B', agencyId: 'City Hall' } }))).toEqual([
      'respondent.agencyId',
    ]);
  });

  it("needs the filer's details and relationship for a complaint filed on someone else's behalf", () => {
    expect(fieldsOf(form({ filedOnOwnBehalf: false }))).toEqual(['filer']);
    expect(
      fieldsOf(form({ filedOnOwnBehalf: false, filer: { name: 'Lan Tran', relationship: ' ' } })),
    ).toEqual(['filer.relationship']);
    expect(fieldsOf(form({ filer: { name: 'Lan Tran', relationship: 'daughter' } }))).toEqual([
      'filer',
    ]);
  });

  it('checks the other people to contact and the prior complaints, entry by entry', () => {
    expect(
      fieldsOf(
        form({
          otherContacts: [{ name: 'Witness' }, { name: '', email: 'x' }],
          priorComplaints: [{ agencyOrCourt: 'FTA', dateFiled: '2027-01-01' }],
        }),
      ),
    ).toEqual(['otherContacts.1.name', 'otherContacts.1.email', 'priorComplaints.0.dateFiled']);
  });
});
