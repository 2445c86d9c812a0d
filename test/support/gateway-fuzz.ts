// The gateway fuzz's inputs drawn from the supergraph (every argument of every operation, with
// hostile values typed to each argument) and the capture of the hub's log lines. This module
// must not import the hub (@hub/service-kit, @hub/gateway): test/gateway-fuzz.e2e.test.ts
// loads it from its jest.mock('pino') factory, before the hub's modules exist.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { request, type Agent } from 'node:http';
import { resolve } from 'node:path';
import type { DestinationStream, LoggerOptions } from 'pino';
import type pinoModule from 'pino';

// --- the hub's log lines ----------------------------------------------------------------------

export interface CapturedLine {
  /** 'gateway', a subgraph's name (from the line's `service`), or 'stdout', 'console'... */
  readonly source: string;
  readonly text: string;
}

/** Every line the hub's services log, kept in memory for a test to search. */
export class LogCapture {
  private readonly captured: CapturedLine[] = [];
  private suspended = false;

  get lines(): readonly CapturedLine[] {
    return this.captured;
  }

  /** A pino destination that keeps each line, named by its `service` field. */
  destination(fallbackSource = 'pino'): DestinationStream {
    return {
      write: (text: string) => {
        const service = /"service":"([^"]+)"/.exec(text)?.[1];
        this.captured.push({ source: service ?? fallbackSource, text });
      },
    };
  }

  /** How many lines each source wrote. */
  countsBySource(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const line of this.captured) counts[line.source] = (counts[line.source] ?? 0) + 1;
    return counts;
  }

  /** The lines holding any of the needles (case-insensitive), with the needle found. */
  find(needles: readonly string[]): { needle: string; line: CapturedLine }[] {
    const lowered = needles.filter((needle) => needle.length > 0).map((n) => n.toLowerCase());
    const found: { needle: string; line: CapturedLine }[] = [];
    for (const line of this.captured) {
      const text = line.text.toLowerCase();
      const needle = lowered.find((n) => text.includes(n));
      if (needle) found.push({ needle, line });
    }
    return found;
  }

  /**
   * Also keeps what anything else writes to standard output and error and through the console
   * (still passed on) until the returned function restores them: pino is captured by its
   * destination, this is for any other writer.
   */
  captureProcessOutput(): () => void {
    const restore: (() => void)[] = [];
    for (const [name, stream] of [
      ['stdout', process.stdout],
      ['stderr', process.stderr],
    ] as const) {
      const original = stream.write;
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        if (!this.suspended) this.captured.push({ source: name, text: String(chunk) });
        return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => void (stream.write = original));
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        if (!this.suspended)
          this.captured.push({
            source: 'console',
            text: args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '),
          });
        original.apply(console, args);
      };
      restore.push(() => void (console[method] = original));
    }
    return () => restore.reverse().forEach((undo) => undo());
  }

  /**
   * Runs `write` without keeping what it writes to the process's output: the test's own report
   * (the failures it prints quote the inputs, markers included, and are not the hub's lines).
   */
  outside(write: () => void): void {
    this.suspended = true;
    try {
      write();
    } finally {
      this.suspended = false;
    }
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The hub's lines in this test file: the pino mock and the gateway's destination write here. */
export const hubLogs = new LogCapture();

/**
 * pino for jest.mock('pino'): a logger created without a destination (each subgraph's:
 * createLogger of @hub/service-kit writes to standard output) writes to `hubLogs` instead;
 * one given a destination (the gateway's logDestination) keeps it.
 */
export function pinoIntoHubLogs(): typeof pinoModule {
  const actual = jest.requireActual<typeof pinoModule>('pino');
  const sink = hubLogs.destination();
  const capturing = ((options?: LoggerOptions, destination?: DestinationStream) =>
    actual(options ?? {}, destination ?? sink)) as unknown as typeof pinoModule;
  return Object.assign(capturing, actual, { default: capturing, pino: capturing });
}

// --- what a fuzzed request may find in an answer ------------------------------------------------

/** SQL text: a statement or its parts, as a database error would carry it. */
export const SQL_TEXT =
  /\binsert\s+into\b|\bselect\b[^\n]*?\bfrom\b|\bupdate\s+\S+\s+set\b|\bvalues\s*\(|\bdelete\s+from\b/i;
const CHECKOUT = resolve(__dirname, '..', '..').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path of the deployment: the checkout, node_modules, a source file and line. */
export const FILE_PATH = new RegExp(`/work/|${CHECKOUT}|node_modules|\\.[cm]?[jt]s:\\d+`, 'i');
/** A JavaScript stack frame. */
export const STACK_TRACE = /\n\s*at\s|\bat\s+[^\s()]+\s+\([^()]*:\d+:\d+\)|\bat\s+\/\S+:\d+:\d+/;

/** What in `text` would tell a caller about the hub's internals, or null. */
export function internalsIn(text: string): string | null {
  if (SQL_TEXT.test(text)) return 'SQL';
  if (FILE_PATH.test(text)) return 'a file path';
  if (STACK_TRACE.test(text)) return 'a stack trace';
  return null;
}

// --- the operations of the supergraph -------------------------------------------------------

/** A list element on an argument path. */
export const EACH = 0;
export type Segment = string | typeof EACH;

/** One scalar or enum position inside an operation's arguments, e.g. input.reporter.email. */
export interface Leaf {
  readonly path: readonly Segment[];
  readonly type: GraphQLNamedType;
  /** The field or argument that holds it, e.g. 'email'. */
  readonly name: string;
}

export interface FuzzOperation {
  /** 'Mutation.submitCase'. */
  readonly coordinate: string;
  readonly operationType: 'query' | 'mutation';
  readonly field: string;
  readonly args: readonly GraphQLArgument[];
  /** The selection set of its result ('' for a scalar result). */
  readonly selection: string;
  /** The operation with one variable per argument. */
  readonly document: string;
  /** The roles that may call it, any one of which suffices; empty when anyone may. */
  readonly roles: readonly string[];
  readonly leaves: readonly Leaf[];
}

/**
 * Every root field of `apiSchema` as an operation. `roles` reads which roles the supergraph
 * lets call each (its @requiresScopes), so that a signed-in caller who may reaches the
 * resolver with the fuzzed arguments.
 */
export function operationsOf(
  apiSchema: GraphQLSchema,
  roles: (coordinate: string) => readonly string[],
): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [operationType, root] of [
    ['query', apiSchema.getQueryType()],
    ['mutation', apiSchema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const coordinate = `${root!.name}.${field.name}`;
      const selection = selectionOf(field.type);
      const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const callArgs = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      operations.push({
        coordinate,
        operationType,
        field: field.name,
        args: field.args,
        selection,
        document:
          `${operationType} Fuzz${definitions ? `(${definitions})` : ''} ` +
          `{ ${field.name}${callArgs ? `(${callArgs})` : ''} ${selection} }`,
        roles: roles(coordinate),
        leaves: field.args.flatMap((arg) => leavesOf(arg.type, [arg.name], arg.name, 0)),
      });
    }
  }
  return operations;
}

/** Scalars of the result and, two levels down, of its objects (edges, nodes, pageInfo...). */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const usable = Object.values(named.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type)),
  );
  const scalars = usable.filter((field) => isLeafType(getNamedType(field.type))).slice(0, 6);
  const objects =
    depth < 2 ? usable.filter((field) => isObjectType(getNamedType(field.type))).slice(0, 2) : [];
  const nested = objects.map((field) => `${field.name} ${selectionOf(field.type, depth + 1)}`);
  return `{ __typename ${[...scalars.map((field) => field.name), ...nested].join(' ')} }`;
}

function leavesOf(type: GraphQLInputType, path: Segment[], name: string, depth: number): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, path, name, depth);
  if (isListType(type)) return leavesOf(type.ofType, [...path, EACH], name, depth);
  if (isInputObjectType(type)) {
    if (depth > 4) return [];
    return Object.values(type.getFields()).flatMap((field) =>
      leavesOf(field.type, [...path, field.name], field.name, depth + 1),
    );
  }
  return [{ path, type, name }];
}

// --- values -----------------------------------------------------------------------------------

/** A number written as it is into the JSON body (1e400, -0, 30 digits), beyond what JSON.stringify writes. */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** The kinds of hostile value; each leaf gets every kind that fits its type. */
export type HostileKind =
  | 'nul'
  | 'high-surrogate'
  | 'low-surrogate'
  | 'overlong'
  | 'cursor'
  | 'date'
  | 'number'
  | 'enum'
  | 'junk';

/** The reporter a fuzz run invents: values to search the logs for. */
export interface Markers {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
  readonly description: string;
  /** Each marker's unique word: a log line holding part of a marker still holds it. */
  readonly words: readonly string[];
}

export function markersFor(seed: number): Markers {
  const word = (salt: number) =>
    `${((Math.imul(seed ^ salt, 2_654_435_761) >>> 0) % 0xffffff).toString(16).padStart(6, '0')}`;
  const [name, email, phone, address, description] = [11, 23, 37, 41, 53].map(word);
  const digits = String(parseInt(phone!, 16) % 10_000_000).padStart(7, '0');
  const words = [
    `Quistlefen${name}`,
    `fuzzmail${email}`,
    `2069${digits}`,
    `Marrowby${address}`,
    `hydrant${description}`,
  ];
  return {
    name: `Ysolde ${words[0]}`,
    email: `ysolde.${words[1]}@example.org`,
    phone: `+1 (206) 9${digits.slice(0, 2)}-${digits.slice(2)}`,
    address: `17 ${words[3]} Lane, Seattle`,
    description: `The ${words[4]} outside the library has leaked across the footpath for a week.`,
    words,
  };
}

/** What the fuzz knows of the hub before it starts: real ids and cursors to mix in. */
export interface FuzzContext {
  readonly caseIds: readonly string[];
  readonly srNumbers: readonly string[];
  readonly departmentIds: readonly string[];
  readonly agencyIds: readonly string[];
  readonly cursors: readonly string[];
  readonly markers: Markers;
}

const PERSONAL = new Set([
  'name',
  'email',
  'homephone',
  'mobilephone',
  'phone',
  'mailingaddress',
  'address',
  'description',
  'narrative',
  'representedpersonname',
  'printedname',
  'signaturetext',
]);

const NORMAL_TEXT = [
  'The streetlight at the corner has been out since Monday.',
  'Please call back after five.',
  'neighbour',
  'signed form',
  'Counter staff were very helpful.',
  '  padded  ',
  'Ünïcödé — “quotes” ‘apostrophes’ 😀 שלום مرحبا 你好',
  "O'Brien; -- \\ % _ $1 {{x}} ${y} <script>alert(1)</script>",
  "'; DROP TABLE cases; --",
  '\t\r\n',
  '0',
  'null',
  '__proto__',
];

/** Text with no hidden trap, by what the field is for. */
function plausibleString(name: string, context: FuzzContext): fc.Arbitrary<string> {
  const { markers } = context;
  const key = name.toLowerCase();
  const some = (...values: string[]) => fc.constantFrom(...values);
  if (key === 'email') return some(markers.email, markers.email, 'resident@example.org');
  if (key.endsWith('phone')) return some(markers.phone, markers.phone, '206-684-2489');
  if (key === 'mailingaddress' || key === 'address') return some(markers.address, '600 4th Ave');
  if (key === 'description' || key === 'narrative')
    return some(markers.description, markers.description, NORMAL_TEXT[0]!);
  if (PERSONAL.has(key)) return some(markers.name, markers.name, 'Alex Doe');
  if (key === 'idempotencykey') return fc.uuid();
  if (key === 'srnumber') return fc.constantFrom(...context.srNumbers, 'SR-2025-000001', 'SR-');
  if (key === 'preferredlanguage') return some('en', 'es', 'zh-Hant', 'vi');
  if (key === 'frommonth' || key === 'tomonth') return some('2025-01', '2026-12', '2024-02');
  if (key.includes('date')) return some('2025-03-04', '2026-01-31');
  if (key === 'url') return some('https://example.org/photo.jpg', 'http://127.0.0.1/x');
  if (key === 'mediatype') return some('image/jpeg', 'application/pdf', 'text/html');
  if (key === 'sha256')
    return fc
      .array(fc.integer({ min: 0, max: 15 }), { minLength: 64, maxLength: 64 })
      .map((digits) => digits.map((digit) => digit.toString(16)).join(''));
  if (key === 'agencyid' || key === 'agencyids')
    return fc.constantFrom(...context.agencyIds, 'wsdot-oecr', 'nowhere');
  if (key === 'servicecode') return some('streetlight-out', 'pothole', 'nope');
  if (key === 'after') return fc.constantFrom(...context.cursors);
  if (key === 'bases') return some('RACE', 'COLOR', 'NATIONAL_ORIGIN', 'AGE');
  if (key === 'zip') return some('98104', '00000');
  if (key === 'state') return some('WA', 'ZZ');
  if (key === 'city') return some('Seattle');
  if (key === 'office' || key === 'counciloffice') return some('district-1', 'mayor');
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NORMAL_TEXT) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
}

function plausibleId(name: string, context: FuzzContext): fc.Arbitrary<string> {
  const key = name.toLowerCase();
  if (key === 'departmentid') return fc.constantFrom(...context.departmentIds, 'nowhere');
  if (key === 'caseid' || key === 'id')
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...context.caseIds) },
      { weight: 1, arbitrary: fc.uuid() },
    );
  return fc.oneof(fc.uuid(), fc.constantFrom(...context.caseIds));
}

function plausibleLeaf(
  type: GraphQLNamedType,
  name: string,
  context: FuzzContext,
): fc.Arbitrary<unknown> {
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  const key = name.toLowerCase();
  switch (type.name) {
    case 'String':
      return plausibleString(name, context);
    case 'ID':
      return plausibleId(name, context);
    case 'Int':
      if (key === 'first') return fc.integer({ min: 1, max: 100 });
      if (key === 'fiscalyear') return fc.integer({ min: 2020, max: 2027 });
      return fc.integer({ min: 0, max: 10 });
    case 'Float':
      if (key === 'latitude') return fc.double({ min: -90, max: 90, noNaN: true });
      if (key === 'longitude') return fc.double({ min: -180, max: 180, noNaN: true });
      return fc.double({ min: 0, max: 1e6, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2027-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString());
    default:
      return fc.string({ maxLength: 20 });
  }
}

const DATES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '9999-12-31T23:59:60Z',
  '10000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2024-02-30T00:00:00Z',
  '2023-02-29T12:00:00Z',
  '2024-13-01T00:00:00Z',
  '2024-00-10T00:00:00Z',
  '2024-01-01T24:00:00Z',
  '2024-01-01T25:61:61Z',
  '2024-01-01T00:00:00+25:00',
  '2024-01-01T00:00:00-23:59',
  '2024-01-01T00:00:00.123456789Z',
  '2024-01-01',
  '2024-1-1T0:0:0Z',
  '2025-13',
  '2025-00',
  '0000-00',
  '99999-01',
  '+010000-01-01',
  'now',
  'Infinity',
  '',
  ' ',
];

const INTS: unknown[] = [
  0,
  -1,
  -0,
  2_147_483_647,
  -2_147_483_648,
  2_147_483_648,
  -2_147_483_649,
  9_007_199_254_740_991,
  -9_007_199_254_740_991,
  1e21,
  1.5,
  -100,
  101,
  new RawNumber('9007199254740993'),
  new RawNumber('123456789012345678901234567890'),
  new RawNumber('1e400'),
  new RawNumber('-1e400'),
  new RawNumber('-0'),
  new RawNumber('1E2'),
];

const FLOATS: unknown[] = [
  1.7976931348623157e308,
  -1.7976931348623157e308,
  5e-324,
  -5e-324,
  -0,
  1e300,
  90.000001,
  -90.000001,
  180.0000001,
  -180.0000001,
  1e16,
  -1,
  new RawNumber('1e400'),
  new RawNumber('-1e400'),
  new RawNumber('1e-400'),
  new RawNumber('0.1e999999999'),
];

const CURSOR_TAGS = [undefined, 'notice', 'agency-referral', 'hr', 'case', '', 0];
const CURSOR_TIMES = [
  '2025-01-01T00:00:00.000Z',
  ...DATES.slice(0, 12),
  null,
  0,
  1e20,
  -8.64e15 - 1,
  [],
  {},
];

/** A cursor no list made: broken base64, foreign tags, times out of range, ids not ids. */
function malformedCursor(context: FuzzContext): fc.Arbitrary<string> {
  const encode = (value: unknown, encoding: 'base64url' | 'base64') =>
    Buffer.from(JSON.stringify(value) ?? 'undefined', 'utf8').toString(encoding);
  const ids = fc.oneof(
    fc.uuid(),
    fc.constantFrom(...context.caseIds),
    fc.constantFrom('', 'x', "' or '1'='1", '00000000-0000-0000-0000-00000000000g', '\u0000'),
    fc.string({ maxLength: 50 }),
  );
  const structured = fc
    .tuple(
      fc.constantFrom(...CURSOR_TAGS),
      fc.constantFrom(...CURSOR_TIMES),
      ids,
      fc.constantFrom('exact', 'extra', 'short', 'object', 'nested'),
      fc.constantFrom<'base64url' | 'base64'>('base64url', 'base64url', 'base64'),
    )
    .map(([tag, time, id, shape, encoding]) => {
      const parts: unknown[] = tag === undefined ? [time, id] : [tag, time, id];
      const value =
        shape === 'extra'
          ? [...parts, id]
          : shape === 'short'
            ? parts.slice(1)
            : shape === 'object'
              ? { time, id, tag }
              : shape === 'nested'
                ? [parts]
                : parts;
      return encode(value, encoding);
    });
  const edited = fc
    .tuple(fc.constantFrom(...context.cursors), fc.nat(), fc.constantFrom('cut', 'flip', 'pad'))
    .map(([cursor, at, edit]) => {
      const position = at % (cursor.length + 1);
      if (edit === 'cut') return cursor.slice(0, position);
      if (edit === 'pad') return `${cursor}==${cursor}`;
      const flipped = cursor.charCodeAt(position) ^ 1;
      return cursor.slice(0, position) + String.fromCharCode(flipped) + cursor.slice(position + 1);
    });
  return fc.oneof(
    { weight: 4, arbitrary: structured },
    { weight: 2, arbitrary: edited },
    { weight: 1, arbitrary: fc.base64String({ maxLength: 120 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '=',
        '====',
        '%%%%',
        'bnVsbA',
        'W10',
        'e30',
        'W251bGwsbnVsbF0',
        'A'.repeat(50_000),
        encode('A'.repeat(10_000), 'base64url'),
      ),
    },
  );
}

/** A value of `kind` for a leaf: the trap it sets (a NUL, a lone surrogate, ...). */
function hostileLeaf(leaf: Leaf, kind: HostileKind, context: FuzzContext): fc.Arbitrary<unknown> {
  const text = plausibleLeaf(leaf.type, leaf.name, context).map((value) => String(value));
  const insert = (trap: fc.Arbitrary<string>) =>
    fc.tuple(text, fc.nat(), trap).map(([value, at, piece]) => {
      const position = at % (value.length + 1);
      return value.slice(0, position) + piece + value.slice(position);
    });
  switch (kind) {
    case 'nul':
      return insert(fc.constantFrom('\u0000', '\u0000\u0000', 'a\u0000', '\\u0000\u0000'));
    case 'high-surrogate':
      // Followed by a letter, never by its low half.
      return insert(
        fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => `${String.fromCharCode(c)}x`),
      );
    case 'low-surrogate':
      return insert(
        fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => `x${String.fromCharCode(c)}`),
      );
    case 'overlong':
      return fc
        .tuple(
          text,
          // Mostly just past a field's limit; sometimes near and past the body's (256 KiB).
          fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom(201, 501, 2_001, 10_001) },
            { weight: 1, arbitrary: fc.constantFrom(60_000, 270_000) },
          ),
          fc.constantFrom('a', 'é', '😀', ' ', 'ab '),
        )
        .map(([value, length, unit]) =>
          (value + unit.repeat(length)).slice(0, length + value.length),
        );
    case 'cursor':
      return malformedCursor(context);
    case 'date':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...DATES) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(8.64e15 + 1, -8.64e15 - 1, 0, 1e20, -1) },
      );
    case 'number':
      return fc.constantFrom(...(leaf.type.name === 'Float' ? FLOATS : INTS));
    case 'enum':
      return fc.constantFrom<unknown>(
        '',
        'NOPE',
        'true',
        0,
        1,
        {},
        [],
        ...(isEnumType(leaf.type)
          ? [(leaf.type as GraphQLEnumType).getValues()[0]!.name.toLowerCase()]
          : ['yes']),
      );
    case 'junk':
      return fc.oneof(
        fc.constant(null),
        fc.jsonValue({ maxDepth: 2 }),
        fc.fullUnicodeString({ maxLength: 30 }),
        fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
      );
  }
}

/** The hostile kinds that fit a leaf. */
export function hostileKindsOf(leaf: Leaf): HostileKind[] {
  const key = leaf.name.toLowerCase();
  switch (isEnumType(leaf.type) ? 'enum' : leaf.type.name) {
    case 'String':
    case 'ID':
      return [
        'nul',
        'high-surrogate',
        'low-surrogate',
        'overlong',
        ...(key === 'after' ? (['cursor'] as const) : []),
        ...(key.includes('date') || key.includes('month') ? (['date'] as const) : []),
      ];
    case 'Int':
    case 'Float':
      return ['number'];
    case 'DateTimeISO':
      return ['date'];
    default:
      return ['enum'];
  }
}

interface Target {
  readonly rest: readonly Segment[];
  readonly value: fc.Arbitrary<unknown>;
}

/** The plausible arbitraries already built, by context and (type, name, depth). */
const plausibleCache = new WeakMap<FuzzContext, Map<string, fc.Arbitrary<unknown>>>();

/** A value of `type`, plausible everywhere except where `target` leads, which gets its value. */
function valueOf(
  type: GraphQLInputType,
  name: string,
  context: FuzzContext,
  target: Target | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  if (target) return buildValueOf(type, name, context, target, depth);
  let cache = plausibleCache.get(context);
  if (!cache) plausibleCache.set(context, (cache = new Map()));
  const key = `${String(type)}|${name}|${depth}`;
  let arbitrary = cache.get(key);
  if (!arbitrary) cache.set(key, (arbitrary = buildValueOf(type, name, context, undefined, depth)));
  return arbitrary;
}

function buildValueOf(
  type: GraphQLInputType,
  name: string,
  context: FuzzContext,
  target: Target | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  if (target && target.rest.length === 0) return target.value;
  if (isNonNullType(type)) return valueOf(type.ofType, name, context, target, depth);
  if (isListType(type)) {
    const element = valueOf(type.ofType, name, context, undefined, depth);
    if (target?.rest[0] === EACH) {
      const first = valueOf(
        type.ofType,
        name,
        context,
        { ...target, rest: target.rest.slice(1) },
        depth,
      );
      return fc
        .tuple(first, fc.array(element, { maxLength: 2 }))
        .map(([one, more]) => [one, ...more]);
    }
    return fc.array(element, { minLength: 1, maxLength: 3 });
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const next = target?.rest[0];
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      record[field.name] = valueOf(
        field.type,
        field.name,
        context,
        field.name === next ? { ...target!, rest: target!.rest.slice(1) } : undefined,
        depth + 1,
      );
    }
    const required = fields
      .filter((field) => isNonNullType(field.type) || field.name === next)
      .map((field) => field.name);
    return fc.record(record, { requiredKeys: required });
  }
  return plausibleLeaf(type, name, context);
}

/** The arguments of an operation: plausible, or with one leaf set to a hostile value. */
export function argumentsOf(
  operation: FuzzOperation,
  context: FuzzContext,
  hostile?: { readonly leaf: Leaf; readonly kind: HostileKind },
): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  const target = hostile && {
    rest: hostile.leaf.path.slice(1),
    value: hostileLeaf(hostile.leaf, hostile.kind, context),
  };
  for (const arg of operation.args) {
    const targeted = hostile?.leaf.path[0] === arg.name ? target : undefined;
    record[arg.name] = valueOf(arg.type, arg.name, context, targeted, 0);
  }
  const required = operation.args
    .filter((arg) => isNonNullType(arg.type) || arg.name === hostile?.leaf.path[0])
    .map((arg) => arg.name);
  return fc.record(record, { requiredKeys: required });
}

/** Arguments of the wrong shape altogether: a stray argument, a string for an object... */
function junkArgumentsOf(operation: FuzzOperation): fc.Arbitrary<Record<string, unknown>> {
  const names = [...operation.args.map((arg) => arg.name), 'extra', '__proto__'];
  return fc.dictionary(fc.constantFrom(...names), fc.jsonValue({ maxDepth: 3 }), {
    maxKeys: 4,
  });
}

export interface SchemaSample {
  readonly operation: FuzzOperation;
  readonly args: Record<string, unknown>;
  /** 'anonymous' or the role of the signed-in caller. */
  readonly caller: string;
  /** The arguments written into the document as literals, not sent as variables. */
  readonly literal: boolean;
  /** Which leaf holds which trap, when one does. */
  readonly hostile?: { readonly path: string; readonly kind: HostileKind };
}

export const pathText = (path: readonly Segment[]) =>
  path.map((segment) => (segment === EACH ? '0' : segment)).join('.');

/**
 * One request per operation and caller with plausible arguments, and one per (operation, leaf,
 * hostile kind) and caller with the other arguments plausible: every argument of every
 * operation meets every trap its type allows, from each caller.
 */
export function targetedSamples(
  operations: readonly FuzzOperation[],
  context: FuzzContext,
  callers: (operation: FuzzOperation, index: number) => readonly string[],
  seed: number,
): SchemaSample[] {
  const samples: SchemaSample[] = [];
  let index = 0;
  for (const operation of operations) {
    // Once with plausible arguments only (the operations without arguments have no other).
    for (const caller of callers(operation, index)) {
      const [args] = fc.sample(argumentsOf(operation, context), { seed: seed + index, numRuns: 1 });
      samples.push({ operation, args: args!, caller, literal: false });
      index += 1;
    }
    for (const leaf of operation.leaves) {
      for (const kind of hostileKindsOf(leaf)) {
        const arbitrary = argumentsOf(operation, context, { leaf, kind });
        for (const caller of callers(operation, index)) {
          const [args] = fc.sample(arbitrary, { seed: seed + index, numRuns: 1 });
          samples.push({
            operation,
            args: args!,
            caller,
            literal: false,
            hostile: { path: pathText(leaf.path), kind },
          });
          index += 1;
        }
      }
    }
  }
  return samples;
}

/** Any operation, any caller, with at most one trap or junk arguments; some as literals. */
export function randomSample(
  operations: readonly FuzzOperation[],
  context: FuzzContext,
  callerOf: (operation: FuzzOperation) => fc.Arbitrary<string>,
): fc.Arbitrary<SchemaSample> {
  return fc.constantFrom(...operations).chain((operation) => {
    const traps = operation.leaves.flatMap((leaf) =>
      [...hostileKindsOf(leaf), 'junk' as const].map((kind) => ({ leaf, kind })),
    );
    const trapped =
      traps.length === 0
        ? fc.constant({ args: {} as Record<string, unknown>, hostile: undefined })
        : fc.constantFrom(...traps).chain((trap) =>
            argumentsOf(operation, context, trap).map((args) => ({
              args,
              hostile: { path: pathText(trap.leaf.path), kind: trap.kind },
            })),
          );
    const input = fc.oneof(
      {
        weight: 2,
        arbitrary: argumentsOf(operation, context).map((args) => ({ args, hostile: undefined })),
      },
      { weight: 6, arbitrary: trapped },
      {
        weight: 1,
        arbitrary: junkArgumentsOf(operation).map((args) => ({
          args,
          hostile: { path: '*', kind: 'junk' as const },
        })),
      },
    );
    return fc
      .tuple(input, callerOf(operation), fc.integer({ min: 0, max: 9 }))
      .map(([{ args, hostile }, caller, dice]) => ({
        operation,
        args,
        caller,
        literal: dice === 0,
        ...(hostile ? { hostile } : {}),
      }));
  });
}

const SUBMITTED_KINDS = [
  'SERVICE_REQUEST',
  'SERVICE_COMPLAINT',
  'STAFF_COMPLAINT',
  'POLICE_CONDUCT',
  'FRAUD_WASTE_ABUSE',
  'CIVIL_RIGHTS',
  'COMPLIMENT',
  'SUGGESTION',
  'INFORMATION_REQUEST',
];

/**
 * Well-formed submissions (submitCase, anonymous or by a resident) and logged cases (logCase,
 * by an agent) whose reporter and description are the markers: they are stored, and their
 * events reach every subgraph, so that a log line anywhere on the way could show them.
 */
export function markedSubmissions(
  operations: readonly FuzzOperation[],
  context: FuzzContext,
): fc.Arbitrary<SchemaSample> {
  const { markers } = context;
  const submit = operations.find((operation) => operation.coordinate === 'Mutation.submitCase')!;
  const log = operations.find((operation) => operation.coordinate === 'Mutation.logCase')!;
  const input = fc.record(
    {
      idempotencyKey: fc.uuid(),
      kind: fc.constantFrom(...SUBMITTED_KINDS),
      description: fc.constantFrom(
        markers.description,
        `${markers.description} ${markers.name} saw it, call ${markers.phone}.`,
      ),
      location: fc.oneof(
        fc.constant({ address: markers.address }),
        fc.record({
          latitude: fc.double({ min: 47.5, max: 47.7, noNaN: true }),
          longitude: fc.double({ min: -122.4, max: -122.2, noNaN: true }),
        }),
      ),
      reporter: fc.record(
        {
          name: fc.constant(markers.name),
          email: fc.constant(markers.email),
          homePhone: fc.constant(markers.phone),
          mobilePhone: fc.constant(markers.phone),
          mailingAddress: fc.constant(markers.address),
          preferredLanguage: fc.constantFrom('en', 'es', 'vi'),
          wantsContact: fc.boolean(),
        },
        { requiredKeys: ['name', 'email'] },
      ),
    },
    { requiredKeys: ['idempotencyKey', 'kind', 'description', 'reporter'] },
  );
  return fc.oneof(
    fc.tuple(input, fc.constantFrom('anonymous', 'resident')).map(([args, caller]) => ({
      operation: submit,
      args: { input: args },
      caller,
      literal: false,
    })),
    fc
      .tuple(input, fc.constantFrom('PHONE', 'EMAIL', 'IN_PERSON', 'MAIL'))
      .map(([{ idempotencyKey: _key, ...args }, channel]) => ({
        operation: log,
        args: { input: { ...args, channel } },
        caller: 'agent',
        literal: false,
      })),
  );
}

// --- the request --------------------------------------------------------------------------------

/** The JSON of a value, with each RawNumber written as its text. */
export function jsonOf(value: unknown): string {
  const raws: string[] = [];
  const json = JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof RawNumber) {
      raws.push(inner.text);
      return `@@raw${raws.length - 1}@@`;
    }
    return inner;
  });
  return json.replace(/"@@raw(\d+)@@"/g, (_match, index: string) => raws[Number(index)]!);
}

/** A value as a GraphQL literal of `type` (an enum's value bare, a name-less key as written). */
function literalOf(value: unknown, type: GraphQLInputType | undefined): string {
  const named = type && getNamedType(type);
  const element = type && (isNonNullType(type) ? type.ofType : type);
  if (value instanceof RawNumber) return value.text;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const inner = element && isListType(element) ? element.ofType : undefined;
    return `[${value.map((item) => literalOf(item, inner)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    const entries = Object.entries(value).map(
      ([key, inner]) => `${key}: ${literalOf(inner, fields[key]?.type)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  if (
    typeof value === 'string' &&
    named &&
    isEnumType(named) &&
    /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) &&
    !['true', 'false', 'null'].includes(value)
  )
    return value;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The body of a sample: its operation with variables, or with the arguments as literals. */
export function bodyOf(sample: SchemaSample): string {
  const { operation, args } = sample;
  if (!sample.literal) return jsonOf({ query: operation.document, variables: args });
  const written = Object.entries(args).map(([name, value]) => {
    const arg = operation.args.find((candidate) => candidate.name === name);
    return `${name}: ${literalOf(value, arg?.type)}`;
  });
  const call = written.length > 0 ? `(${written.join(', ')})` : '';
  return jsonOf({
    query: `${operation.operationType} { ${operation.field}${call} ${operation.selection} }`,
  });
}

export interface Answer {
  readonly status: number;
  readonly text: string;
  readonly json: any;
}

/** A POST that gives up after `timeoutMs` (status 0, text 'timeout'). */
export function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  agent: Agent,
  timeoutMs: number,
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => resolve({ status: 0, text: String(error), json: undefined }));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, text, json });
      });
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ status: 0, text: 'timeout', json: undefined });
    });
    req.on('error', (error) => resolve({ status: 0, text: String(error), json: undefined }));
    req.end(body);
  });
}
