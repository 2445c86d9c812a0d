import { graphql } from './graphql';
import type { TitleViComplaintInput } from './graphql/graphql';
import {
  dataOf,
  daysAgo,
  filedCase,
  REFER,
  refusal,
  startHub,
  STEP,
  writtenForm,
  type CivilRightsHarness,
} from './civil-rights.fixtures';

const LOG = graphql(`
  query TitleVILog($from: DateTimeISO!, $to: DateTimeISO!) {
    titleVILog(from: $from, to: $to) {
      caseId
      program
      receivedVia
      receivedAt
      complainant {
        name
        address
        city
        state
        zip
      }
      bases
      natureOfComplaint
      recipient
      lateFiling
      stage
      status
      referredTo
      investigatorAgencyId
      investigationCompletedAt
      disposition
      dispositionAt
      closedAt
    }
  }
`);
const REPORT = graphql(`
  query TitleVIAnnualReport($fiscalYear: Int!) {
    titleVIAnnualReport(fiscalYear: $fiscalYear)
  }
`);
const PURGE = graphql(`
  mutation PurgeExpiredTitleVIRecords($asOf: DateTimeISO) {
    purgeExpiredTitleVIRecords(asOf: $asOf)
  }
`);
const RETENTION_COUNTS = graphql(`
  query TitleVIRetentionCounts {
    titleVIRetentionCounts {
      fiscalYear
      program
      bases
      count
    }
  }
`);

/** Minimal RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('the Title VI complaint log, annual report and retention', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;
  beforeAll(async () => ({ hub, coordinator } = await startHub('log', 'coordinator-4')));
  afterAll(() => hub?.stop());

  const file = (form: TitleViComplaintInput) => filedCase(hub, coordinator, form);

  /** An FTA complaint received and decided on the given days (the past may be recorded). */
  async function decidedFta(
    receivedOn: string,
    incidentOn: string,
    decidedOn: string,
  ): Promise<string> {
    const caseId = await file(
      writtenForm(0, {
        program: 'FTA',
        receivedAt: `${receivedOn}T17:00:00Z`,
        incidentDate: incidentOn,
        signature: { printedName: 'Old Case', signatureText: '/s/ Old Case', date: receivedOn },
        bases: ['NATIONAL_ORIGIN', 'RACE'],
      }),
    );
    const decided = await hub.graphql(
      STEP,
      { caseId, step: 'FINAL_DECISION', at: `${decidedOn}T17:00:00Z`, note: 'Resolved informally' },
      coordinator,
    );
    expect(decided.body.errors).toBeUndefined();
    return caseId;
  }

  it('lists each complaint with the fields the log and FHWA require, for the coordinator only', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const fhwaCase = await file(
      writtenForm(30, {
        contact: {
          name: 'Tran, "Minh"',
          address: '12 Elm St\nApt 4',
          city: 'Vancouver',
          state: 'WA',
          zip: '98660',
        },
        natureOfComplaint: '=HYPERLINK("http://evil.example")',
      }),
    );
    await hub.graphql(REFER, { caseId: fhwaCase, agencyIds: ['wsdot-oecr'] }, coordinator);
    const ftaCase = await file(writtenForm(10, { program: 'FTA', bases: ['COLOR'] }));
    await hub.graphql(STEP, { caseId: ftaCase, step: 'INVESTIGATION_REPORTED' }, coordinator);
    await hub.graphql(
      STEP,
      { caseId: ftaCase, step: 'FINAL_DECISION', note: 'Upheld; training ordered' },
      coordinator,
    );
    const to = new Date(Date.now() + 60_000).toISOString();

    const entries = dataOf(await hub.graphql(LOG, { from, to }, coordinator)).titleVILog;
    expect(entries.map((e) => e.caseId)).toEqual([fhwaCase, ftaCase]);
    expect(entries[0]).toMatchObject({
      program: 'FHWA',
      receivedVia: 'WRITTEN',
      complainant: {
        name: 'Tran, "Minh"',
        address: '12 Elm St\nApt 4',
        city: 'Vancouver',
        state: 'WA',
        zip: '98660',
      },
      bases: ['NATIONAL_ORIGIN'],
      natureOfComplaint: '=HYPERLINK("http://evil.example")',
      recipient: 'Corridor Project Team',
      lateFiling: false,
      stage: 'REFERRED',
      status: 'REFERRED',
      referredTo: ['wsdot-oecr'],
      disposition: null,
    });
    expect(entries[1]).toMatchObject({
      program: 'FTA',
      bases: ['COLOR'],
      stage: 'CLOSED',
      status: 'CLOSED',
      disposition: 'Upheld; training ordered',
      investigationCompletedAt: expect.any(String),
      dispositionAt: expect.any(String),
      closedAt: expect.any(String),
    });
    expect(entries[1]!.receivedAt).toEqual(expect.any(String));

    // Every complaint listed is a read of personal data, and on the access log.
    expect(
      await hub.count('restricted_field_read', `field = 'titleVILog' and case_id = ?`, [fhwaCase]),
    ).toBe(1);
    const analyst = await hub.token(['analyst']);
    expect(refusal(await hub.graphql(LOG, { from, to }, analyst)).code).toBe('FORBIDDEN');
    expect(refusal(await hub.graphql(LOG, { from: to, to: from }, coordinator))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });

    // The annual report: the same fields, as CSV a spreadsheet reads safely.
    const today = daysAgo(0); // in the jurisdiction's zone, as the report counts
    const month = Number(today.slice(5, 7));
    const year = Number(today.slice(0, 4));
    const fiscalYear = month >= 7 ? year + 1 : year;
    const csv = dataOf(await hub.graphql(REPORT, { fiscalYear }, coordinator)).titleVIAnnualReport;
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([
      'case_id',
      'program',
      'received_via',
      'date_received',
      'complainant_name',
      'complainant_address',
      'complainant_city',
      'complainant_state',
      'complainant_zip',
      'bases',
      'nature_of_complaint',
      'recipient',
      'late_filing',
      'stage',
      'status',
      'referred_to',
      'investigator',
      'date_investigation_completed',
      'disposition',
      'disposition_date',
      'date_closed',
    ]);
    const row = (caseId: string) => {
      const found = rows.find((r) => r[0] === caseId)!;
      return Object.fromEntries(header!.map((name, index) => [name, found[index]]));
    };
    expect(row(fhwaCase)).toMatchObject({
      program: 'FHWA',
      complainant_name: 'Tran, "Minh"',
      complainant_address: '12 Elm St\nApt 4',
      bases: 'NATIONAL_ORIGIN',
      nature_of_complaint: `'=HYPERLINK("http://evil.example")`,
      recipient: 'Corridor Project Team',
      status: 'REFERRED',
      referred_to: 'wsdot-oecr',
      date_received: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(row(ftaCase)).toMatchObject({
      status: 'CLOSED',
      disposition: 'Upheld; training ordered',
      date_investigation_completed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      disposition_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(refusal(await hub.graphql(REPORT, { fiscalYear: 12 }, coordinator))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fiscalYear',
    });
  });

  it('reports a fiscal year from July to June, and destroys a case closed in FY N at the start of FY N+5, keeping one closed in N+1', async () => {
    // Closed 1 September 2019: FY 2020. Closed 1 August 2020: FY 2021.
    const closedInFy2020 = await decidedFta('2019-08-01', '2019-07-15', '2019-09-01');
    const closedInFy2021 = await decidedFta('2020-07-10', '2020-07-01', '2020-08-01');

    const report = parseCsv(
      dataOf(await hub.graphql(REPORT, { fiscalYear: 2020 }, coordinator)).titleVIAnnualReport,
    );
    expect(report.slice(1).map((r) => r[0])).toEqual([closedInFy2020]);

    // The last day of FY 2024: nothing is due yet.
    const early = await hub.graphql(PURGE, { asOf: '2024-06-30T19:00:00Z' }, coordinator);
    expect(dataOf(early).purgeExpiredTitleVIRecords).toBe(0);
    // The first day of FY 2025 = N + 5.
    const purged = await hub.graphql(PURGE, { asOf: '2024-07-01T19:00:00Z' }, coordinator);
    expect(dataOf(purged).purgeExpiredTitleVIRecords).toBe(1);

    for (const table of ['title_vi_complaint', 'title_vi_clock', 'title_vi_step']) {
      expect(await hub.count(table, 'case_id = ?', [closedInFy2020])).toBe(0);
    }
    expect(await hub.count('civil_rights_case', 'id = ?', [closedInFy2020])).toBe(0);
    expect(await hub.count('title_vi_complaint', 'case_id = ?', [closedInFy2021])).toBe(1);
    const counts = await hub.graphql(RETENTION_COUNTS, {}, coordinator);
    expect(dataOf(counts).titleVIRetentionCounts).toEqual([
      { fiscalYear: 2020, program: 'FTA', bases: ['NATIONAL_ORIGIN', 'RACE'], count: 1 },
    ]);
    const left = JSON.stringify(await hub.sql(`select * from title_vi_retention_count`));
    expect(left).not.toContain('Old Case');

    const log = await hub.graphql(
      LOG,
      { from: '2019-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' },
      coordinator,
    );
    expect(dataOf(log).titleVILog.map((e) => e.caseId)).toEqual([closedInFy2021]);

    // Records are destroyed when due, never ahead of time.
    const ahead = await hub.graphql(
      PURGE,
      { asOf: new Date(Date.now() + 86_400_000).toISOString() },
      coordinator,
    );
    expect(refusal(ahead)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
