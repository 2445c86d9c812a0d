import { Channel } from '../case.enums';
import { optionalText, type Report } from './input.rules';

/*
 * How, through whom and when a contact reached the city (docs/domain.md §2): a Mayor/Council
 * office that referred it or a department that received it directly, and the time it arrived.
 */

/** Clocks of other offices' systems drift; a receipt time this far ahead is still "now". */
export const RECEIVED_AT_TOLERANCE_MS = 60_000;

export interface ReceivingOfficeShape {
  readonly channel: Channel;
  readonly councilOffice?: string | null;
  readonly receivingDepartment?: string | null;
}

/** The referring council office and the receiving department, each exactly for its channel. */
export function validateReceivingOffice(
  input: ReceivingOfficeShape,
  problem: Report,
): { councilOffice: string | null; receivingDepartment: string | null } {
  const councilOffice = optionalText('councilOffice', input.councilOffice, problem);
  if (input.channel === Channel.COUNCIL_OFFICE && councilOffice === null) {
    problem('councilOffice', 'is required when the channel is COUNCIL_OFFICE');
  } else if (input.channel !== Channel.COUNCIL_OFFICE && councilOffice !== null) {
    problem('councilOffice', 'is only for the channel COUNCIL_OFFICE');
  }
  const receivingDepartment = optionalText(
    'receivingDepartment',
    input.receivingDepartment,
    problem,
  );
  if (input.channel === Channel.DEPARTMENT && receivingDepartment === null) {
    problem('receivingDepartment', 'is required when the channel is DEPARTMENT');
  } else if (input.channel !== Channel.DEPARTMENT && receivingDepartment !== null) {
    problem('receivingDepartment', 'is only for the channel DEPARTMENT');
  }
  return { councilOffice, receivingDepartment };
}

/** When the contact arrived: now if not given; in the past, never in the future. */
export function validateReceivedAt(
  receivedAt: Date | null | undefined,
  now: Date,
  problem: Report,
): Date {
  if (!receivedAt) return now;
  if (Number.isNaN(receivedAt.getTime())) {
    problem('receivedAt', 'must be a date and time');
    return now;
  }
  if (receivedAt.getTime() > now.getTime() + RECEIVED_AT_TOLERANCE_MS) {
    problem('receivedAt', 'must not be in the future');
    return now;
  }
  return receivedAt;
}
