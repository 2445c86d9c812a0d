// Writes payloads.generated.ts: one TypeScript interface per event contract in schema/events,
// and the map from event type to payload that the publisher and handlers are typed with.
// Run with `npm run contracts` after changing a schema; `npm run check` fails while the file is
// stale (`--check`).
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_SCHEMA_DIR, eventTypeOfSchemaFile } from './event-contracts';
import { payloadTypeName } from './payload-names';

export const GENERATED_FILE = join(__dirname, '../../src/events/payloads.generated.ts');

export async function renderEventPayloads(schemaDir: string = EVENT_SCHEMA_DIR): Promise<string> {
  const types = readdirSync(schemaDir)
    .map((file) => ({ file, type: eventTypeOfSchemaFile(file) }))
    .filter((entry): entry is { file: string; type: string } => entry.type !== null)
    .sort((a, b) => (a.type < b.type ? -1 : 1));
  const parts: string[] = [
    '// Generated from schema/events/*.schema.json by `npm run contracts`. Do not edit.',
  ];
  for (const { file, type } of types) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as JSONSchema;
    // The title would name the type; the file's event type names it instead.
    const { title, $id: _id, $schema: _schema, ...rest } = schema;
    const body = await compile(
      { ...rest, description: title } as JSONSchema,
      payloadTypeName(type),
      {
        bannerComment: '',
        format: false,
        additionalProperties: false,
        strictIndexSignatures: true,
        // A bound on a list is checked by the contract, not spelled out as tuples.
        ignoreMinAndMaxItems: true,
      },
    );
    parts.push(body.trim());
  }
  parts.push(
    [
      '/** The payload each event type carries, as its contract states it. */',
      'export interface EventPayloads {',
      ...types.map(({ type }) => `  '${type}': ${payloadTypeName(type)};`),
      '}',
    ].join('\n'),
  );
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(GENERATED_FILE)) ?? {};
  return prettier.format(parts.join('\n\n'), { ...options, parser: 'typescript' });
}

if (require.main === module) {
  renderEventPayloads()
    .then((text) => {
      if (!process.argv.includes('--check')) {
        writeFileSync(GENERATED_FILE, text);
        console.log(`contracts: wrote ${GENERATED_FILE}`);
      } else if (readFileSync(GENERATED_FILE, 'utf8') !== text) {
        console.error('contracts: payloads.generated.ts is stale; run `npm run contracts`');
        process.exitCode = 1;
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
