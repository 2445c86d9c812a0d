import { TitleVIBasis, TitleVIProgram } from '../complaints/title-vi.enums';
import type { ComplaintDraft } from './complaint-form';

// A verbal FHWA complaint is not processed until the complainant signs the form the office
// filled in from what was said (docs/domain.md §7).

const BASIS_LABELS: Readonly<Record<TitleVIBasis, string>> = {
  [TitleVIBasis.RACE]: 'race',
  [TitleVIBasis.COLOR]: 'color',
  [TitleVIBasis.NATIONAL_ORIGIN]: 'national origin',
};

/**
 * Under FHWA a verbal complaint is written down by the office and sent to the complainant to
 * correct and sign: the form, sections 1 to 5, filled with what was said, signature left blank.
 * JSON, so a mail merge or a PDF filler can take it as it is.
 */
export function formToSign(caseId: string, draft: Omit<ComplaintDraft, 'receivedAt'>): string {
  return JSON.stringify(
    {
      form: `Title VI complaint form (${draft.program === TitleVIProgram.FHWA ? 'FHWA' : 'FTA'} procedure)`,
      caseId,
      instructions:
        'This form was filled in from what you told us. Please correct anything that is wrong, ' +
        'sign and date section 5, and return it to the Title VI Coordinator. Your complaint ' +
        'is processed once the signed form is received.',
      section1Contact: draft.contact,
      section2Complaint: {
        basis: Object.fromEntries(
          Object.values(TitleVIBasis).map((basis) => [
            BASIS_LABELS[basis],
            draft.bases.includes(basis),
          ]),
        ),
        explanation: draft.basisExplanation,
        incidentDate: draft.incidentDate,
        ongoing: draft.incidentOngoing,
        whoDiscriminated: {
          name: draft.respondent.name,
          organization: draft.respondent.organization,
          address: draft.respondent.address,
          city: draft.respondent.city,
          state: draft.respondent.state,
          zip: draft.respondent.zip,
          homePhone: draft.respondent.homePhone,
          mobilePhone: draft.respondent.mobilePhone,
        },
        whatHappened: draft.narrative,
      },
      section3Resolution: {
        remedySought: draft.remedySought,
        otherPeopleToContact: draft.otherContacts,
      },
      section4PriorComplaints: {
        complaints: draft.priorComplaints,
        attorneyRetained: draft.attorneyRetained,
      },
      section5Signature: {
        printedName: draft.signature.printedName ?? draft.contact.name,
        signature: '',
        date: '',
        filedOnOwnBehalf: draft.filedOnOwnBehalf,
        filer: draft.filer,
      },
    },
    null,
    2,
  );
}
