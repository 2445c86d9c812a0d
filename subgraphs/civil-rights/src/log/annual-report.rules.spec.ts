import { CaseStatus } from '@hub/contracts';
import { WorkingDayCalendar } from '@hub/service-kit';
import {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIStage,
} from '../complaints/title-vi.enums';
import { ANNUAL_REPORT_COLUMNS, annualReportCsv } from './annual-report.rules';
import { TitleVILogComplainant, TitleVILogEntry } from './log.entry';

const calendar = new WorkingDayCalendar({ timeZone: 'America/Los_Angeles' });
const dayOf = (instant: Date) => calendar.localDateOf(instant);

const entry = (overrides: Partial<TitleVILogEntry> = {}): TitleVILogEntry =>
  Object.assign(new TitleVILogEntry(), {
    caseId: 'case-1',
    program: TitleVIProgram.FTA,
    receivedVia: TitleVIReceivedVia.WRITTEN,
    // 03:00 UTC on 2 July is still 1 July in Los Angeles.
    receivedAt: new Date('2026-07-02T03:00:00Z'),
    complainant: Object.assign(new TitleVILogComplainant(), {
      name: 'Minh Tran',
      address: null,
      city: 'Vancouver',
      state: 'WA',
      zip: null,
    }),
    bases: [TitleVIBasis.NATIONAL_ORIGIN, TitleVIBasis.RACE],
    natureOfComplaint: null,
    recipient: 'Regional Transportation Council',
    lateFiling: false,
    stage: TitleVIStage.CLOSED,
    status: CaseStatus.CLOSED,
    referredTo: ['wsdot-oecr', 'fta'],
    investigatorAgencyId: 'wsdot-oecr',
    investigationCompletedAt: null,
    disposition: 'No violation found',
    dispositionAt: new Date('2026-09-01T18:00:00Z'),
    closedAt: new Date('2026-09-01T18:00:00Z'),
    ...overrides,
  });

describe('the annual Title VI report', () => {
  it('is a header line and one line per complaint, in the columns of the log', () => {
    const lines = annualReportCsv([entry(), entry({ caseId: 'case-2' })], dayOf).split('\r\n');
    expect(lines).toHaveLength(4); // header, two complaints, and the final CRLF
    expect(lines[0]).toBe(ANNUAL_REPORT_COLUMNS.join(','));
    expect(lines[3]).toBe('');
  });

  it('names enum values as GraphQL does, lists with semicolons, and instants as local dates', () => {
    const [, line] = annualReportCsv([entry()], dayOf).split('\r\n');
    const cells = Object.fromEntries(
      ANNUAL_REPORT_COLUMNS.map((column, index) => [column, line!.split(',')[index]]),
    );
    expect(cells).toMatchObject({
      program: 'FTA',
      received_via: 'WRITTEN',
      date_received: '2026-07-01',
      bases: 'NATIONAL_ORIGIN;RACE',
      stage: 'CLOSED',
      status: 'CLOSED',
      referred_to: 'wsdot-oecr;fta',
      date_investigation_completed: '',
      disposition_date: '2026-09-01',
      late_filing: 'false',
    });
  });
});
