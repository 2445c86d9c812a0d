import { EnvironmentError, loadEnvironment, subgraphEnvironment } from '@hub/service-kit';
import { auditEnvironment, DEFAULT_RECEIPT_ONLY_TEXT, settingsOf } from './environment';

const base = {
  DATABASE_URL: 'postgres://hub@localhost:5432/hub',
  KAFKA_BROKERS: 'localhost:9092',
  HUB_AUTH_ISSUER: 'issuer',
  HUB_AUTH_AUDIENCE: 'audience',
};
const load = (env: Record<string, string>) =>
  settingsOf(
    loadEnvironment(
      'internal-audit',
      { ...subgraphEnvironment, ...auditEnvironment },
      {
        ...base,
        ...env,
      },
    ),
  );

describe("internal-audit's configuration", () => {
  it("defaults to the demo city's office and the standard receipt-only text", () => {
    expect(load({})).toEqual({
      departmentId: 'internal-audit',
      departmentName: "Internal Audit (City Manager's Office)",
      receiptOnlyText: DEFAULT_RECEIPT_ONLY_TEXT,
      clockSkewMs: 300_000,
    });
  });

  it('takes each setting from its variable', () => {
    expect(
      load({
        HUB_AUDIT_DEPARTMENT_ID: 'city-auditor',
        HUB_AUDIT_DEPARTMENT_NAME: 'Office of the City Auditor',
        HUB_AUDIT_RECEIPT_ONLY_TEXT: 'Thank you; your report was received.',
        HUB_AUDIT_CLOCK_SKEW_SECONDS: '60',
      }),
    ).toEqual({
      departmentId: 'city-auditor',
      departmentName: 'Office of the City Auditor',
      receiptOnlyText: 'Thank you; your report was received.',
      clockSkewMs: 60_000,
    });
  });

  it('refuses bad values, naming every variable at once and never the value', () => {
    let error: unknown;
    try {
      load({
        HUB_AUDIT_DEPARTMENT_ID: 'Internal Audit',
        HUB_AUDIT_RECEIPT_ONLY_TEXT: '   ',
        HUB_AUDIT_CLOCK_SKEW_SECONDS: '-1',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const problems = (error as EnvironmentError).problems.map((problem) => problem.variable);
    expect(problems.sort()).toEqual([
      'HUB_AUDIT_CLOCK_SKEW_SECONDS',
      'HUB_AUDIT_DEPARTMENT_ID',
      'HUB_AUDIT_RECEIPT_ONLY_TEXT',
    ]);
    expect((error as Error).message).not.toContain('Internal Audit');
  });
});
