import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EventEnvelope } from './envelope';

/** The repository's `schema/events`, from src/ and from dist/ alike. */
export const EVENT_SCHEMA_DIR = resolve(__dirname, '../../../../schema/events');

/** `case.received.v1` from `case.received.v1.schema.json`; null for the envelope's schema. */
export function eventTypeOfSchemaFile(file: string): string | null {
  return /^(.+\.v\d+)\.schema\.json$/.exec(file)?.[1] ?? null;
}

export type ContractCheck =
  | { readonly ok: true; readonly envelope: EventEnvelope }
  | { readonly ok: false; readonly reason: 'unknown-type' | 'invalid'; readonly problems: string };

/**
 * The event contracts: one JSON Schema per versioned event type in `schema/events/`, and the
 * envelope schema. Events are checked when they are published and again when consumed, so a
 * producer bug cannot spread and a stranger's message cannot reach a handler.
 */
export class EventContracts {
  private readonly envelope: ValidateFunction;
  private readonly dataByType = new Map<string, ValidateFunction>();

  constructor(schemaDir: string = EVENT_SCHEMA_DIR) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const load = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
    this.envelope = ajv.compile(load('envelope.schema.json'));
    for (const file of readdirSync(schemaDir)) {
      const type = eventTypeOfSchemaFile(file);
      if (type) this.dataByType.set(type, ajv.compile(load(file)));
    }
  }

  get types(): string[] {
    return [...this.dataByType.keys()].sort();
  }

  knows(type: string): boolean {
    return this.dataByType.has(type);
  }

  check(candidate: unknown): ContractCheck {
    if (!this.envelope(candidate)) {
      return { ok: false, reason: 'invalid', problems: formatProblems(this.envelope) };
    }
    const envelope = candidate as EventEnvelope;
    const validateData = this.dataByType.get(envelope.type);
    if (!validateData) {
      return { ok: false, reason: 'unknown-type', problems: `no contract for ${envelope.type}` };
    }
    if (!validateData(envelope.data)) {
      return { ok: false, reason: 'invalid', problems: formatProblems(validateData) };
    }
    return { ok: true, envelope };
  }

  /** For the write side: a contract breach is a programming error and must not be saved. */
  assertValid(candidate: unknown): EventEnvelope {
    const result = this.check(candidate);
    if (!result.ok) throw new EventContractError(result.reason, result.problems);
    return result.envelope;
  }
}

export class EventContractError extends Error {
  constructor(
    readonly reason: 'unknown-type' | 'invalid',
    readonly problems: string,
  ) {
    super(`event breaks its contract (${reason}): ${problems}`);
    this.name = 'EventContractError';
  }
}

// Paths and rule names only: the offending values may be personal data.
function formatProblems(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`)
    .join('; ');
}
