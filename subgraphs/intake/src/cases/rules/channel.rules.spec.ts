import { Channel } from '../case.enums';
import {
  RECEIVED_AT_TOLERANCE_MS,
  validateReceivedAt,
  validateReceivingOffice,
  type ReceivingOfficeShape,
} from './channel.rules';

const now = new Date('2026-11-23T15:00:00Z');

function fieldsOf(input: ReceivingOfficeShape): string[] {
  const fields: string[] = [];
  validateReceivingOffice(input, (field) => fields.push(field));
  return fields;
}

describe('who received a contact first', () => {
  it('council office and receiving department are required exactly for their channels', () => {
    expect(fieldsOf({ channel: Channel.COUNCIL_OFFICE })).toEqual(['councilOffice']);
    expect(fieldsOf({ channel: Channel.DEPARTMENT })).toEqual(['receivingDepartment']);
    expect(
      fieldsOf({
        channel: Channel.PHONE,
        councilOffice: 'District 3',
        receivingDepartment: 'Parks',
      }),
    ).toEqual(['councilOffice', 'receivingDepartment']);
    expect(fieldsOf({ channel: Channel.COUNCIL_OFFICE, councilOffice: 'District 3' })).toEqual([]);
  });

  it('a blank office is no office', () => {
    expect(fieldsOf({ channel: Channel.PHONE, councilOffice: '  ' })).toEqual([]);
  });
});

describe('when a contact was received', () => {
  function receivedAt(at: Date | null): { at: Date; fields: string[] } {
    const fields: string[] = [];
    return { at: validateReceivedAt(at, now, (field) => fields.push(field)), fields };
  }

  it('is now when not given', () => {
    expect(receivedAt(null)).toEqual({ at: now, fields: [] });
  });

  it('may be in the past, never in the future', () => {
    const earlier = new Date('2026-11-20T09:00:00Z');
    expect(receivedAt(earlier)).toEqual({ at: earlier, fields: [] });
    expect(receivedAt(new Date(now.getTime() + 3_600_000)).fields).toEqual(['receivedAt']);
  });

  it("tolerates another office's clock running a little ahead", () => {
    const ahead = new Date(now.getTime() + RECEIVED_AT_TOLERANCE_MS);
    expect(receivedAt(ahead)).toEqual({ at: ahead, fields: [] });
  });

  it('must be a real date and time', () => {
    expect(receivedAt(new Date('not a date')).fields).toEqual(['receivedAt']);
  });
});
