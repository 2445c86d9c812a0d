import { CASE_STATUS_CHANGED, EventContracts, isUuid } from '@hub/contracts';
import { createEnvelope } from './envelope';
import { HybridLogicalClock } from '../time/hlc';

describe('event contracts', () => {
  const contracts = new EventContracts();
  const clock = new HybridLogicalClock();
  const valid = () =>
    createEnvelope(
      {
        type: CASE_STATUS_CHANGED,
        subject: 'c-1',
        data: { caseId: 'c-1', status: 'resolved', agency: 'hr' },
      },
      'demo-city/hr',
      clock,
    );

  it('accepts an event that follows its contract, with CloudEvents attributes and a clock', () => {
    const event = valid();
    expect(contracts.check(event)).toEqual({ ok: true, envelope: event });
    expect(event.specversion).toBe('1.0');
    expect(event.dataschema).toBe('/schema/events/case.status-changed.v1.schema.json');
    expect(isUuid(event.id)).toBe(true);
    expect(event.id.charAt(14)).toBe('7'); // UUID version 7: ids sort by creation
  });

  it('names the field that is missing and never repeats the values', () => {
    const event = { ...valid(), data: { caseId: 'c-1', agency: 'Jane Roe' } };
    const result = contracts.check(event);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.problems).toContain("must have required property 'status'");
    expect(!result.ok && result.problems).not.toContain('Jane Roe');
  });

  it('tells an unknown event type from a broken one', () => {
    expect(contracts.check({ ...valid(), type: 'case.vanished.v1' })).toMatchObject({
      ok: false,
      reason: 'unknown-type',
    });
    expect(contracts.check({ ...valid(), hlc: 'yesterday' })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});
