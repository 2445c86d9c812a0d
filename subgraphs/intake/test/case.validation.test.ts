import { EnvironmentError, createSubgraph } from '@hub/service-kit';
import { print, type GraphQLFormattedError } from 'graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intakeSubgraph } from '../src/intake.subgraph';
import { graphql } from './graphql';
import type { LogCaseInput, SubmitCaseInput } from './graphql/graphql';
import {
  CASE_COUNT,
  IntakeHarness,
  LOG,
  SUBMIT,
  dataOf,
  phoneReport,
  refusal,
  webReport,
} from './support/intake-harness';

const SERVICE_SDL = graphql(`
  query ServiceSdl {
    _service {
      sdl
    }
  }
`);

/** An answer to a mutation that must be refused: its errors, and no data. */
interface RefusedAnswer {
  readonly body: { readonly data?: unknown; readonly errors?: readonly GraphQLFormattedError[] };
}

/** A jurisdiction with its own settings: a two-ward map, a 500-character limit, RIV numbers. */
const wardMap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ward: 'North' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-118, 34],
            [-117, 34],
            [-117, 35],
            [-118, 35],
            [-118, 34],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { ward: 'South' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-118, 33],
            [-117, 33],
            [-117, 34],
            [-118, 34],
            [-118, 33],
          ],
        ],
      },
    },
  ],
};

describe('input that is refused', () => {
  let intake: IntakeHarness;
  let dir: string;
  let anonymous: string;
  let agent: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'intake-wards-'));
    writeFileSync(join(dir, 'wards.geojson'), JSON.stringify(wardMap));
    intake = await IntakeHarness.start('validation', {
      HUB_WARD_MAP_FILE: join(dir, 'wards.geojson'),
      HUB_DESCRIPTION_MAX_LENGTH: '500',
      HUB_SR_PREFIX: 'RIV',
    });
    anonymous = await intake.anonymousToken();
    agent = await intake.token(['agent']);
  });

  afterAll(async () => {
    await intake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends the input, expects BAD_USER_INPUT naming `field`, and that nothing was saved. */
  async function expectRefused<Answer extends RefusedAnswer>(
    send: () => Promise<Answer>,
    field: string,
    submitted: string[] = [],
  ): Promise<Answer> {
    const before = await intake.footprint();
    const answer = await send();
    expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
    // submitCase and logCase are non-null: refused, they take the whole `data` with them.
    expect(answer.body.data ?? null).toBeNull();
    for (const value of submitted) expect(answer.body.errors![0]!.message).not.toContain(value);
    expect(await intake.footprint()).toEqual(before);
    return answer;
  }

  const submit = (overrides: Partial<SubmitCaseInput>) => () =>
    intake.graphql(SUBMIT, { input: webReport(overrides) }, anonymous);
  const log = (overrides: Partial<LogCaseInput>) => () =>
    intake.graphql(LOG, { input: phoneReport(overrides) }, agent);
  /**
   * A submission whose variables the schema itself must refuse (a value outside an enum): the
   * types cannot describe it, so SUBMIT goes as a string.
   */
  const submitUnchecked = (overrides: Record<string, unknown>) => () =>
    intake.graphql(print(SUBMIT), { input: { ...webReport(), ...overrides } }, anonymous);

  it('uses the configured ward map and SR prefix', async () => {
    const answer = await intake.graphql(
      SUBMIT,
      { input: webReport({ location: { latitude: 33.5, longitude: -117.5 } }) },
      anonymous,
    );
    const receipt = dataOf(answer).submitCase;
    expect(receipt.ward).toBe('South');
    expect(receipt.srNumber).toMatch(/^RIV-\d{2}-/);
  });

  it('a service request without any location names `location`', async () => {
    await expectRefused(submit({ location: null }), 'location');
  });

  it('a malformed email names `reporter.email` and does not repeat it', async () => {
    await expectRefused(
      submit({ reporter: { email: 'quentin.at.example.org' } }),
      'reporter.email',
      ['quentin'],
    );
  });

  it('an empty description names `description`', async () => {
    await expectRefused(submit({ description: '  \n ' }), 'description');
  });

  it('a description over the configured limit names `description` and states the limit', async () => {
    const answer = await expectRefused(submit({ description: 'ô'.repeat(501) }), 'description');
    expect(answer.body.errors![0]!.message).toContain('at most 500 characters');
    const accepted = await submit({ description: 'ô'.repeat(500) })();
    expect(accepted.body.errors).toBeUndefined();
  });

  it('the schema states the description limit', async () => {
    const answer = await intake.graphql(SERVICE_SDL, {}, agent);
    expect(dataOf(answer)._service.sdl).toContain(
      'at most HUB_DESCRIPTION_MAX_LENGTH characters (4000 by default)',
    );
  });

  it('a latitude outside -90..90 names `location.latitude`; a longitude outside -180..180 names `location.longitude`', async () => {
    await expectRefused(
      submit({ location: { latitude: 90.1, longitude: 0 } }),
      'location.latitude',
    );
    await expectRefused(
      submit({ location: { latitude: 0, longitude: -180.5 } }),
      'location.longitude',
    );
  });

  it('a latitude without a longitude names `location.longitude`', async () => {
    await expectRefused(submit({ location: { latitude: 42.3 } }), 'location.longitude');
  });

  it("a complaint on someone's behalf without their consent names `onBehalfOf.consentGiven`", async () => {
    await expectRefused(
      submit({
        kind: 'SERVICE_COMPLAINT',
        onBehalfOf: {
          representedPersonName: 'Yusuf Demir',
          consentGiven: false,
          consentMethod: 'phone call',
        },
      }),
      'onBehalfOf.consentGiven',
      ['Yusuf'],
    );
  });

  it('a preferred language that is not a BCP 47 tag names `reporter.preferredLanguage`', async () => {
    await expectRefused(
      submit({ reporter: { preferredLanguage: 'Klingon please' } }),
      'reporter.preferredLanguage',
      ['Klingon'],
    );
  });

  it('an attachment that is not on https names `attachments.0.url`', async () => {
    await expectRefused(
      submit({
        attachments: [
          { url: 'http://photos.example/1.jpg', mediaType: 'image/jpeg', sha256: 'a'.repeat(64) },
        ],
      }),
      'attachments.0.url',
    );
  });

  it('a short idempotency key names `idempotencyKey`', async () => {
    await expectRefused(submit({ idempotencyKey: 'abc' }), 'idempotencyKey');
  });

  it('every problem comes back at once, each with its field', async () => {
    const answer = await expectRefused(
      submit({
        description: '',
        location: { latitude: 99 },
        reporter: { email: 'nope' },
      }),
      'description',
    );
    // Extensions are free-form JSON: the problems' shape is what intake documents.
    const problems = answer.body.errors![0]!.extensions?.problems as { field: string }[];
    expect(problems.map((problem) => problem.field).sort()).toEqual([
      'description',
      'location.latitude',
      'location.longitude',
      'reporter.email',
    ]);
  });

  it('an unknown kind is refused by GraphQL itself', async () => {
    const before = await intake.footprint();
    const answer = await submitUnchecked({ kind: 'COMPLAINT_ABOUT_WEATHER' })();
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(refusal(answer).code);
    expect(await intake.footprint()).toEqual(before);
  });

  it('a resident may not pick an agent channel on the public form', async () => {
    const answer = await submitUnchecked({ channel: 'COUNCIL_OFFICE' })();
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(refusal(answer).code);
  });

  it('a council-office contact without its office names `councilOffice`; a department one without its department names `receivingDepartment`', async () => {
    await expectRefused(log({ channel: 'COUNCIL_OFFICE' }), 'councilOffice');
    await expectRefused(log({ channel: 'DEPARTMENT' }), 'receivingDepartment');
    await expectRefused(
      log({ channel: 'PHONE', councilOffice: 'Council District 2' }),
      'councilOffice',
    );
  });

  it('a receipt time in the future names `receivedAt`', async () => {
    await expectRefused(
      log({ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }),
      'receivedAt',
    );
  });

  it('a page size outside 1..100 names `first`', async () => {
    for (const first of [0, 101]) {
      const answer = await intake.graphql(CASE_COUNT, { first }, agent);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('a broken ward map stops start-up with a message naming the variable', async () => {
    writeFileSync(
      join(dir, 'broken.geojson'),
      JSON.stringify({ type: 'FeatureCollection', features: [{}] }),
    );
    const attempt = createSubgraph(intakeSubgraph, {
      DATABASE_URL: process.env.DATABASE_URL,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      HUB_AUTH_ISSUER: 'x',
      HUB_AUTH_AUDIENCE: 'y',
      HUB_WARD_MAP_FILE: join(dir, 'broken.geojson'),
      HUB_DESCRIPTION_MAX_LENGTH: 'many',
      HUB_SR_PREFIX: 'sr1',
    });
    await expect(attempt).rejects.toThrow(EnvironmentError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(
      /HUB_WARD_MAP_FILE: invalid ward map: feature 0 has no `ward` property/,
    );
    expect(message).toMatch(/HUB_DESCRIPTION_MAX_LENGTH:/);
    expect(message).toMatch(/HUB_SR_PREFIX: must be 1 to 6 capital letters/);
  });
});
