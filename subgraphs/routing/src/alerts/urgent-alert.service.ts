import { CASE_URGENT_ALERT } from '@hub/contracts';
import { caseEvent } from '@hub/service-kit';
import type { Case } from '../cases/case.entity';
import type { Writer } from '../cases/case.writer';
import { departmentOf } from '../routing/routing-table';
import { isUrgent } from '../routing/routing.rules';
import { UrgentAlert } from './urgent-alert.entity';

/**
 * Expedited and emergency: the department's primary AND backup monitor, at once, one row each
 * beside the one `case.urgent-alert.v1` that carries them. A routine case alerts nobody.
 */
export function alertMonitors(writer: Writer, found: Case, now: Date): void {
  const { priority } = found;
  const department = departmentOf(writer.settings.table, found.departmentId);
  if (!department || !isUrgent(priority)) return;
  const { primaryMonitorId, backupMonitorId } = department;
  const staffIds: [string, ...string[]] =
    backupMonitorId === primaryMonitorId ? [primaryMonitorId] : [primaryMonitorId, backupMonitorId];
  const envelope = writer.events.publish(
    writer.em,
    caseEvent(
      CASE_URGENT_ALERT,
      { caseId: found.id, departmentId: department.id, priority, staffIds },
      writer.traceparent,
    ),
  );
  for (const staffId of staffIds) {
    const alert = new UrgentAlert();
    alert.caseId = found.id;
    alert.departmentId = department.id;
    alert.staffId = staffId;
    alert.priority = priority;
    alert.eventId = envelope.id;
    alert.alertedAt = now;
    writer.em.persist(alert);
  }
}
