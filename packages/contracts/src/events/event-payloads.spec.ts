import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_KINDS } from '../case-kind';
import { CASE_STATUSES } from '../case-status';
import { payloadTypeName } from './payload-names';
import { EVENT_SCHEMA_DIR, eventTypeOfSchemaFile } from './event-contracts';
import { EVENT_TYPES } from './event-types';

const schemaTypes = readdirSync(EVENT_SCHEMA_DIR)
  .map(eventTypeOfSchemaFile)
  .filter((type): type is string => type !== null)
  .sort();

function schemaOf(type: string): { properties: Record<string, { enum?: unknown[] }> } {
  return JSON.parse(readFileSync(join(EVENT_SCHEMA_DIR, `${type}.schema.json`), 'utf8'));
}

describe('the event contracts', () => {
  it('name every event that has a schema, and have a schema for every name', () => {
    expect([...EVENT_TYPES].sort()).toEqual(schemaTypes);
  });

  it('give each payload type the name of its event', () => {
    expect(payloadTypeName('titlevi.deadline-breached.v1')).toBe('TitleVIDeadlineBreachedData');
    expect(payloadTypeName('case.status-changed.v1')).toBe('CaseStatusChangedData');
  });

  it('list the same case kinds in case.received.v1 as the kind vocabulary', () => {
    expect([...(schemaOf('case.received.v1').properties.kind!.enum ?? [])].sort()).toEqual(
      [...CASE_KINDS].sort(),
    );
  });

  it('allow every word of the status vocabulary in case.status-changed.v1', () => {
    const pattern = new RegExp(
      (schemaOf('case.status-changed.v1').properties.status as { pattern: string }).pattern,
    );
    for (const status of CASE_STATUSES) expect(status).toMatch(pattern);
  });
});
