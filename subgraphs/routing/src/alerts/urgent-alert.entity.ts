import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Priority } from '../cases/case.enums';

/** One urgent alert to one monitor: an expedited or emergency case reached their department. */
@Entity({ tableName: 'urgent_alert' })
export class UrgentAlert {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'text' })
  departmentId!: string;

  @Property({ type: 'text' })
  staffId!: string;

  @Enum({ items: () => Priority })
  priority!: Priority;

  /** The case.urgent-alert.v1 event that carried it. */
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'timestamptz' })
  alertedAt!: Date;
}
