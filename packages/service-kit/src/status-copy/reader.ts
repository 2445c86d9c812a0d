import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseStatus } from '@hub/contracts';
import DataLoader from 'dataloader';
import { CaseStatusHistoryEntry, CaseStatusRecord } from './status-copy.entity';

/**
 * A request's reads of the copy: the status and the history of N cases are one query each.
 * The kit builds one per request and puts it in the context as `statusCopies`.
 */
export class StatusCopyReader {
  private readonly currents: DataLoader<string, CaseStatus | null>;
  private readonly histories: DataLoader<string, CaseStatusHistoryEntry[]>;

  constructor(em: EntityManager) {
    this.currents = new DataLoader(async (caseIds) => {
      const rows = await em.find(
        CaseStatusRecord,
        { caseId: { $in: [...caseIds] } },
        { fields: ['caseId', 'status'] },
      );
      const byCase = new Map(rows.map((row) => [row.caseId, row.status]));
      return caseIds.map((id) => byCase.get(id) ?? null);
    });
    this.histories = new DataLoader(async (caseIds) => {
      const rows = await em.find(
        CaseStatusHistoryEntry,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { caseId: 'asc', hlc: 'asc', origin: 'asc', eventId: 'asc' } },
      );
      const byCase = new Map<string, CaseStatusHistoryEntry[]>();
      for (const row of rows) {
        const list = byCase.get(row.caseId) ?? [];
        list.push(row);
        byCase.set(row.caseId, list);
      }
      return caseIds.map((id) => byCase.get(id) ?? []);
    });
  }

  status(caseId: string): Promise<CaseStatus | null> {
    return this.currents.load(caseId);
  }

  history(caseId: string): Promise<CaseStatusHistoryEntry[]> {
    return this.histories.load(caseId);
  }
}
