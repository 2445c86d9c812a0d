import { EventContracts } from './contracts';
import { createEnvelope } from './envelope';
import { HybridLogicalClock } from './hlc';

describe('event contracts', () => {
  const contracts = new EventContracts();
  const clock = new HybridLogicalClock();
  const valid = () =>
    createEnvelope(
      {
        type: 'case.status-changed.v1',
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
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
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
