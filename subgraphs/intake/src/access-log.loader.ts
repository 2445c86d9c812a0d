import type { Caller } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { RestrictedFieldRead } from './access-log.entity';
import type { RestrictedField } from './case.rules';

/**
 * Writes the access log of one request. Reads of restricted fields resolved in the same tick
 * (a list of 50 cases with their reporters) become ONE multi-row insert. A field's value is
 * handed out only after its read is on record: if the log cannot be written, the read fails.
 */
export class AccessLog {
  private readonly writes: DataLoader<string, true>;

  constructor(em: EntityManager, caller: Caller) {
    this.writes = new DataLoader<string, true>(
      async (keys) => {
        const readAt = new Date();
        await em.insertMany(
          RestrictedFieldRead,
          keys.map((key) => {
            const [caseId, field] = key.split('|') as [string, string];
            return {
              readerSubject: caller.subject,
              readerRoles: [...caller.roles],
              caseId,
              field,
              readAt,
            };
          }),
        );
        return keys.map(() => true as const);
      },
      // The same field of the same case read twice in one request is one entry.
      { cache: true, maxBatchSize: 500 },
    );
  }

  async recordRead(caseId: string, field: RestrictedField): Promise<void> {
    await this.writes.load(`${caseId}|${field}`);
  }
}
