import { CASE_COMPLETED, CASE_ROUTED, CITY_STAFF_ROLES } from '@hub/contracts';
import { randomUUID } from 'node:crypto';
import {
  closeFile,
  fileOpened,
  routedData,
  startAudit,
  tokenFor,
  type AuditHarness,
} from './support';

describe('an Internal Audit configured for another city', () => {
  let audit: AuditHarness;

  beforeAll(async () => {
    audit = await startAudit('settings', {
      HUB_AUDIT_DEPARTMENT_ID: 'city-auditor',
      HUB_AUDIT_DEPARTMENT_NAME: 'Office of the City Auditor',
      HUB_AUDIT_RECEIPT_ONLY_TEXT: 'Your report reached the City Auditor. Thank you.',
    });
  });

  afterAll(async () => {
    await audit?.stop();
  });

  it("opens files for its own office's id, tells the reporter its own name and receipt text", async () => {
    const elsewhere = randomUUID();
    const caseId = randomUUID();
    await audit.publish(CASE_ROUTED, routedData(elsewhere)); // 'internal-audit': not this city's
    await audit.publish(CASE_ROUTED, {
      ...routedData(caseId),
      departmentId: 'city-auditor',
      departmentName: 'Office of the City Auditor',
    });
    await fileOpened(audit, caseId);
    // Events of different cases may sit on different partitions: wait for the other one too.
    await audit.rowsWhenPresent('select 1 from inbox_event where event_type = ?', [CASE_ROUTED], 2);
    expect(await audit.count('audit_file', 'case_id = ?', [elsewhere])).toBe(0);

    const auditor = await tokenFor(audit, 'audit');
    const closed = await closeFile(audit, auditor, caseId, 'REFERRED_TO_LAW_ENFORCEMENT');
    expect(closed.auditReview!.disclosure!.text).toBe(
      'Your report reached the City Auditor. Thank you.',
    );
    const [completed] = (await audit.published(CASE_COMPLETED)).filter(
      (event) => event.subject === caseId,
    );
    expect(completed!.data).toEqual({
      caseId,
      outcome: 'closed',
      disposition: 'Your report reached the City Auditor. Thank you.',
      departmentName: 'Office of the City Auditor',
      readers: [...CITY_STAFF_ROLES],
    });
  });
});
