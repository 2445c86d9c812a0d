import {
  CASE_RECEIVED,
  CASE_REPORTER_CONTACT_UPDATED,
  CASE_STATUS_CHANGED,
  CaseKind,
  type EventType,
} from '@hub/contracts';
import { AccessLog, StatusCopyReader, type Caller } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Channel } from '../src/cases/case.enums';
import { receiveCase } from '../src/cases/case.service';
import { createIntakeLoaders, type IntakeContext } from '../src/context';
import { CROCKFORD_ALPHABET } from '../src/sr-numbers/sr-number';
import { graphql } from './graphql';
import type { LogCaseInput } from './graphql/graphql';
import { IntakeHarness, LOG, TRACK, WITHDRAW, dataOf, refusal } from './support/intake-harness';

const UPDATE_CONTACT = graphql(`
  mutation UpdateContact($caseId: ID!, $contact: ReporterContactInput!) {
    updateReporterContact(caseId: $caseId, contact: $contact) {
      id
      updatedAt
      reporter {
        anonymous
        name
        email
        mobilePhone
        preferredLanguage
      }
    }
  }
`);

const CONSENT = graphql(`
  query Consent($id: ID!) {
    case(id: $id) {
      onBehalfOf {
        representedPersonName
        relationship
        consentGiven
        consentRecordedAt
        consentMethod
      }
    }
  }
`);

const REPRESENTATION = graphql(`
  query Representation($id: ID!) {
    case(id: $id) {
      reporter {
        representative
        excludedCompanions
      }
    }
  }
`);

describe('contacts logged by staff', () => {
  let intake: IntakeHarness;
  let agent: string;

  beforeAll(async () => {
    intake = await IntakeHarness.start('log');
    agent = await intake.token(['agent'], 'agent-ruth');
  });

  afterAll(async () => {
    await intake?.stop();
  });

  const logCase = async (
    input: Partial<LogCaseInput> & Pick<LogCaseInput, 'kind' | 'channel'>,
    bearer = agent,
  ) => intake.graphql(LOG, { input: { description: 'Logged by phone', ...input } }, bearer);

  /** The events of a type the case's writes put in the outbox. */
  const published = (type: EventType, caseId: string) =>
    intake.sql<{ envelope: any }>(
      'select envelope from outbox_message where event_type = ? and message_key = ?',
      [type, caseId],
    );

  it('a Mayor/Council office referral is logged with its office and who logged it', async () => {
    const council = await intake.token(['council'], 'council-aide-3');
    const answer = await logCase(
      {
        kind: 'SERVICE_COMPLAINT',
        channel: 'COUNCIL_OFFICE',
        councilOffice: 'Council District 3',
        subjectCategory: 'CITY_SERVICE',
        receivedAt: '2026-11-20T09:30:00.000Z',
      },
      council,
    );
    const { logCase: logged } = dataOf(answer);
    expect(logged).toMatchObject({
      kind: 'SERVICE_COMPLAINT',
      channel: 'COUNCIL_OFFICE',
      councilOffice: 'Council District 3',
      receivingDepartment: null,
      subjectCategory: 'CITY_SERVICE',
      receivedAt: '2026-11-20T09:30:00.000Z',
      loggedBy: 'council-aide-3',
      status: 'RECEIVED',
      location: null,
    });
    const [outbox] = await published(CASE_RECEIVED, logged.id);
    expect(outbox!.envelope.data).toMatchObject({
      channel: 'council_office',
      councilOffice: 'Council District 3',
      receivedAt: '2026-11-20T09:30:00.000Z',
    });
  });

  it('a contact a department received directly is logged with that department', async () => {
    const staff = await intake.token(['department_staff'], 'parks-clerk');
    const answer = await logCase(
      {
        kind: 'SERVICE_REQUEST',
        channel: 'DEPARTMENT',
        receivingDepartment: 'Parks and Recreation',
        serviceCode: 'PARK-LAMP',
        location: { address: 'Franklin Park, near the zoo gate' },
      },
      staff,
    );
    const { logCase: logged } = dataOf(answer);
    expect(logged).toMatchObject({
      channel: 'DEPARTMENT',
      receivingDepartment: 'Parks and Recreation',
      councilOffice: null,
      serviceCode: 'PARK-LAMP',
      loggedBy: 'parks-clerk',
      location: { address: 'Franklin Park, near the zoo gate', latitude: null, ward: null },
    });
    const tracked = await intake.graphql(
      TRACK,
      { srNumber: logged.srNumber },
      await intake.anonymousToken(),
    );
    expect(dataOf(tracked).trackCase?.responsibleBody).toBe('Parks and Recreation');
  });

  it('a third-party complaint stores the consent with the time it was recorded and how', async () => {
    const before = Date.now();
    const answer = await logCase({
      kind: 'SERVICE_COMPLAINT',
      channel: 'PHONE',
      reporter: { name: 'Grace Mwangi', homePhone: '617-555-0142' },
      onBehalfOf: {
        representedPersonName: 'Joseph Mwangi',
        relationship: 'son',
        consentGiven: true,
        consentMethod: 'verbal consent on a three-way call',
      },
    });
    const read = await intake.graphql(CONSENT, { id: dataOf(answer).logCase.id }, agent);
    const consent = dataOf(read).case?.onBehalfOf;
    expect(consent).toMatchObject({
      representedPersonName: 'Joseph Mwangi',
      relationship: 'son',
      consentGiven: true,
      consentMethod: 'verbal consent on a three-way call',
    });
    expect(new Date(consent!.consentRecordedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('an excluded person is never attached as representative (safeguarding), and nothing is saved', async () => {
    const before = await intake.footprint();
    const answer = await logCase({
      kind: 'STAFF_COMPLAINT',
      channel: 'IN_PERSON',
      reporter: { name: 'Amélie Durand' },
      representative: 'jean-PIERRE  LEFÈVRE',
      excludedCompanions: ['Jean-Pierre Lefevre'],
    });
    expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'representative' });
    expect(answer.body.errors![0]!.message).toMatch(
      /excluded.*may not represent.*complainant.*safeguarding/,
    );
    expect(answer.body.errors![0]!.message).not.toMatch(/pierre|lef/i);
    expect(await intake.footprint()).toEqual(before);
  });

  it('a representative who is not excluded is kept with the exclusion list', async () => {
    const answer = await logCase({
      kind: 'STAFF_COMPLAINT',
      channel: 'IN_PERSON',
      reporter: { name: 'Amélie Durand' },
      representative: 'Claire Martin',
      excludedCompanions: ['Jean-Pierre Lefèvre'],
    });
    const read = await intake.graphql(REPRESENTATION, { id: dataOf(answer).logCase.id }, agent);
    expect(dataOf(read).case?.reporter).toEqual({
      representative: 'Claire Martin',
      excludedCompanions: ['Jean-Pierre Lefèvre'],
    });
  });

  it('residents and roles that do not log contacts may not log one', async () => {
    const callers: [string, string][] = [
      [await intake.anonymousToken(), 'UNAUTHENTICATED'],
      [await intake.token(['analyst']), 'FORBIDDEN'],
    ];
    for (const [bearer, code] of callers) {
      const before = await intake.footprint();
      const answer = await logCase({ kind: 'COMPLIMENT', channel: 'PHONE' }, bearer);
      expect(answer.body.data).toBeNull();
      expect(refusal(answer).code).toBe(code);
      expect(await intake.footprint()).toEqual(before);
    }
  });

  it('an agent updates the contact details; the event lists the changed fields, never the values', async () => {
    const logged = await logCase({
      kind: 'SERVICE_COMPLAINT',
      channel: 'PHONE',
      reporter: { name: 'Olu Adeyemi', email: 'olu.old@example.org' },
    });
    const caseId = dataOf(logged).logCase.id;
    const answer = await intake.graphql(
      UPDATE_CONTACT,
      {
        caseId,
        contact: {
          email: 'olu.new@example.org',
          mobilePhone: '+1 617 555 0177',
          preferredLanguage: 'yo',
        },
      },
      agent,
    );
    expect(dataOf(answer).updateReporterContact.reporter).toEqual({
      anonymous: false,
      name: 'Olu Adeyemi',
      email: 'olu.new@example.org',
      mobilePhone: '+1 617 555 0177',
      preferredLanguage: 'yo',
    });
    const events = await published(CASE_REPORTER_CONTACT_UPDATED, caseId);
    expect(events.map((row) => row.envelope.data)).toEqual([
      {
        caseId,
        changedFields: ['email', 'mobilePhone', 'preferredLanguage'],
        hasEmail: true,
        language: 'yo',
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/olu\.|0177/);

    // The same details again change nothing and state nothing.
    await intake.graphql(
      UPDATE_CONTACT,
      { caseId, contact: { email: 'olu.new@example.org' } },
      agent,
    );
    expect(await published(CASE_REPORTER_CONTACT_UPDATED, caseId)).toHaveLength(1);
  });

  it('a bad new email is refused under `contact.email`; only agents may change contact details', async () => {
    const logged = await logCase({ kind: 'COMPLIMENT', channel: 'EMAIL' });
    const caseId = dataOf(logged).logCase.id;
    const bad = await intake.graphql(UPDATE_CONTACT, { caseId, contact: { email: 'x@' } }, agent);
    expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'contact.email' });
    const head = await intake.graphql(
      UPDATE_CONTACT,
      { caseId, contact: { name: 'Someone' } },
      await intake.token(['department_head']),
    );
    expect(head.body.data).toBeNull();
    expect(refusal(head).code).toBe('FORBIDDEN');
    const missing = await intake.graphql(
      UPDATE_CONTACT,
      { caseId: randomUUID(), contact: { name: 'Someone' } },
      agent,
    );
    expect(refusal(missing).code).toBe('NOT_FOUND');
  });

  it('a withdrawn case tells every agency through case.status-changed.v1, and cannot be withdrawn twice', async () => {
    const { caseId, srNumber } = await intake.submitCase();
    const answer = await intake.graphql(
      WITHDRAW,
      { caseId, reason: 'Fixed by a neighbour' },
      agent,
    );
    const { withdrawCase: withdrawn } = dataOf(answer);
    expect(withdrawn).toMatchObject({ srNumber, status: 'WITHDRAWN' });
    expect(withdrawn.closedAt).not.toBeNull();

    const { events } = await intake.readEvents((seen) =>
      seen.some((event) => event.type === CASE_STATUS_CHANGED && event.subject === caseId),
    );
    const changed = events.find(
      (event) => event.type === CASE_STATUS_CHANGED && event.subject === caseId,
    )!;
    expect(changed.data).toEqual({
      caseId,
      status: 'withdrawn',
      agency: 'intake',
      agencyStatus: null,
      reason: 'Fixed by a neighbour',
    });

    const again = await intake.graphql(WITHDRAW, { caseId, reason: 'again' }, agent);
    expect(refusal(again).code).toBe('CONFLICT');
    expect(await published(CASE_STATUS_CHANGED, caseId)).toHaveLength(1);
  });

  it('a withdrawal needs a reason', async () => {
    const logged = await logCase({ kind: 'COMPLIMENT', channel: 'PHONE' });
    const answer = await intake.graphql(
      WITHDRAW,
      { caseId: dataOf(logged).logCase.id, reason: '   ' },
      agent,
    );
    expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('an SR number that is already taken is drawn again', async () => {
    // Drive the service directly with a random source that repeats itself: the first case
    // gets serial 0000000, the second draws it again, collides, and draws 1111111.
    const draws = [...Array(7).fill(0), ...Array(7).fill(0), ...Array(7).fill(1)];
    const random = () => draws.shift() ?? 2;
    const context = (): IntakeContext => {
      const em = intake.subgraph.orm.em.fork() as EntityManager;
      const caller: Caller = {
        subject: 'agent-ruth',
        roles: ['agent'],
        department: null,
        agency: null,
        anonymous: false,
      };
      return {
        em,
        caller,
        settings: intake.subgraph.settings,
        events: intake.subgraph.events,
        statusCopies: new StatusCopyReader(em),
        accessLog: new AccessLog(em, caller),
        requestId: randomUUID(),
        logger: intake.subgraph.logger,
        loaders: createIntakeLoaders(em),
      };
    };
    const input = {
      kind: CaseKind.COMPLIMENT,
      channel: Channel.PHONE,
      description: 'Thanks to the crew on Elm Street',
    };
    const first = await receiveCase(context(), input, 'log', { random });
    const second = await receiveCase(context(), input, 'log', { random });
    expect(first.srNumber).toMatch(/^SR-\d\d-0000-000.$/);
    expect(second.srNumber).toMatch(
      new RegExp(
        `^SR-\\d\\d-${CROCKFORD_ALPHABET[1]!.repeat(4)}-${CROCKFORD_ALPHABET[1]!.repeat(3)}.$`,
      ),
    );
    expect(await intake.count('case_record', 'id in (?, ?)', [first.id, second.id])).toBe(2);
  });
});
