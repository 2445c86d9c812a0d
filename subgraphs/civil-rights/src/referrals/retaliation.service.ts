import { TITLE_VI_RETALIATION_ALLEGED } from '@hub/contracts';
import { badUserInput, caseEvent } from '@hub/service-kit';
import { randomUUID } from 'node:crypto';
import type { Case } from '../complaints/case.entity';
import { inTheFuture, optionalText, write } from '../complaints/complaint.writer';
import type { CivilRightsContext } from '../context';
import { TitleVIRetaliationAllegation } from './retaliation.entity';

/**
 * A retaliation allegation, in writing: kept, flagged on the complaint, and told to the
 * investigator by an event that names no one. The coordinator records it, or an agency the
 * complaint was referred to.
 */
export async function recordRetaliationAllegation(
  context: CivilRightsContext,
  caseId: string,
  allegation: { description: string; inWriting: boolean; receivedAt?: Date | null },
): Promise<Case> {
  const now = new Date();
  const description = optionalText('description', allegation.description);
  if (!allegation.inWriting) {
    throw badUserInput('inWriting', 'retaliation is reported in writing to the investigator');
  }
  if (description === null) throw badUserInput('description', 'must say what is alleged');
  const receivedAt = allegation.receivedAt ?? now;
  if (inTheFuture(receivedAt, now)) throw badUserInput('receivedAt', 'must not be in the future');
  return write(
    context,
    caseId,
    async (writer, complaint) => {
      const id = randomUUID();
      writer.em.persist(
        Object.assign(new TitleVIRetaliationAllegation(), {
          id,
          caseId: complaint.caseId,
          description,
          receivedAt,
          recordedBy: context.caller.subject,
        }),
      );
      complaint.retaliationAlleged = true;
      writer.events.publish(
        writer.em,
        caseEvent(
          TITLE_VI_RETALIATION_ALLEGED,
          {
            caseId: complaint.caseId,
            allegationId: id,
            program: complaint.program,
            investigatorAgencyId: complaint.investigatorAgencyId,
          },
          writer.traceparent,
        ),
      );
    },
    { referredAgencyMay: true },
  );
}
