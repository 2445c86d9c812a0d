import { CASE_COMPLETED, CASE_STATUS_CHANGED, type EventEnvelope } from '@hub/contracts';
import { refusal } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import {
  ACCEPT,
  acceptedReferral,
  applied,
  closedReferral,
  dataOf,
  isStatusChange,
  entities,
  ENTITIES,
  nextOpaNumber,
  openReferral,
  QUEUE,
  receive,
  RECORD_OUTCOME,
  RECORD_STATUS,
  referralRow,
  route,
  startPoliceReferrals,
  statusChangesOf,
  type Harness,
} from './support';
import type { OpaReferralQueueFilter, OpaReferralQueueQuery } from './graphql/graphql';

describe('police referrals, against real PostgreSQL and Kafka', () => {
  let harness: Harness;
  let opa: string;

  beforeAll(async () => {
    harness = await startPoliceReferrals('flow');
    opa = await harness.token(['opa'], { subject: 'opa-intake-7' });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function referralOf(caseId: string, token = opa) {
    return dataOf(await harness.graphql(ENTITIES, entities(caseId), token))._entities[0]!
      .opaReferral;
  }

  describe('opening a referral from intake and routing', () => {
    it('refers a police conduct concern routed to police-opa to OPA, as REFERRED in every copy', async () => {
      const caseId = randomUUID();
      await receive(harness, 'police_conduct', caseId);
      const routed = await route(harness, caseId, 'police-opa');
      await referralRow(harness, caseId);

      expect(await referralOf(caseId)).toEqual({
        destination: 'OPA',
        forwardedAt: routed.time,
        status: 'REFERRED',
        acceptedAt: null,
        closedAt: null,
        opaNumber: null,
        classification: null,
        agencyStatus: 'forwarded',
        outcome: null,
        outcomeSummary: null,
        disposition: null,
      });
      const changes = await statusChangesOf(harness, caseId);
      expect(changes.map((e) => e.data)).toEqual([
        {
          caseId,
          status: 'referred',
          agency: 'police-opa',
          agencyStatus: 'forwarded',
          reason: null,
          readers: ['opa'],
        },
      ]);
    });

    it("opens one referral however often routing's event arrives", async () => {
      const caseId = randomUUID();
      await receive(harness, 'police_conduct', caseId);
      const routed = await route(harness, caseId, 'police-opa');
      await referralRow(harness, caseId);

      // The very same event again (as Kafka may redeliver it), then a second routing to OPA.
      await harness.sql(
        `insert into outbox_message (id, topic, message_key, event_type, envelope)
         select gen_random_uuid(), topic, message_key, event_type, envelope
           from outbox_message where id = ?`,
        [routed.id],
      );
      const again = await route(harness, caseId, 'police-opa');
      await applied(harness, again); // same partition: the redelivery was applied before it
      expect(
        await harness.count('outbox_message', `envelope->>'id' = ? and sent_at is not null`, [
          routed.id,
        ]),
      ).toBe(2);

      expect(await harness.count('opa_referral', 'case_id = ?', [caseId])).toBe(1);
      expect((await statusChangesOf(harness, caseId)).map((e) => e.data.status)).toEqual([
        'referred',
      ]);
    });

    it('sends a concern about sworn fire staff to Fire Operations', async () => {
      const caseId = randomUUID();
      await receive(harness, 'police_conduct', caseId, 'sworn_fire');
      await route(harness, caseId, 'fire-operations');
      await referralRow(harness, caseId);

      expect(await referralOf(caseId)).toMatchObject({
        destination: 'FIRE_OPERATIONS',
        status: 'REFERRED',
      });
      expect((await statusChangesOf(harness, caseId)).map((e) => e.data)).toEqual([
        expect.objectContaining({ status: 'referred', agency: 'fire-operations' }),
      ]);
    });

    it('opens nothing for a case that is not about police conduct, even routed to Fire Operations', async () => {
      const caseId = randomUUID();
      await receive(harness, 'service_complaint', caseId);
      const routed = await route(harness, caseId, 'fire-operations');
      await applied(harness, routed);

      expect(await harness.count('opa_referral', 'case_id = ?', [caseId])).toBe(0);
      expect(await statusChangesOf(harness, caseId)).toEqual([]);
      expect(await referralOf(caseId)).toBeNull();
    });

    it('opens nothing for a police conduct concern routed elsewhere', async () => {
      const caseId = randomUUID();
      await receive(harness, 'police_conduct', caseId);
      const routed = await route(harness, caseId, 'human-resources');
      await applied(harness, routed);

      expect(await harness.count('opa_referral', 'case_id = ?', [caseId])).toBe(0);
    });

    it("refers the concern whichever of intake's and routing's events comes first", async () => {
      const caseId = randomUUID();
      const routed = await route(harness, caseId, 'police-opa');
      await applied(harness, routed);
      expect(await harness.count('opa_referral', 'case_id = ?', [caseId])).toBe(0);

      await receive(harness, 'police_conduct', caseId);
      expect((await referralRow(harness, caseId)).destination).toBe('opa');
    });

    it('moves a waiting referral when an agent re-routes the case to the other office, and keeps an accepted one', async () => {
      const moved = await openReferral(harness);
      const rerouted = await route(harness, moved, 'fire-operations');
      await applied(harness, rerouted);
      expect(await referralOf(moved)).toMatchObject({
        destination: 'FIRE_OPERATIONS',
        forwardedAt: rerouted.time,
        status: 'REFERRED',
      });
      expect((await statusChangesOf(harness, moved)).map((e) => e.data.agency)).toEqual([
        'police-opa',
        'fire-operations',
      ]);

      const { caseId: kept } = await acceptedReferral(harness, opa);
      await applied(harness, await route(harness, kept, 'fire-operations'));
      expect(await referralOf(kept)).toMatchObject({ destination: 'OPA', status: 'IN_PROGRESS' });
      expect(await harness.count('opa_referral', 'case_id = ?', [kept])).toBe(1);
    });

    it('refers nothing when the reporter withdrew the concern before routing reached OPA', async () => {
      const caseId = randomUUID();
      await receive(harness, 'police_conduct', caseId);
      await harness.publish(CASE_STATUS_CHANGED, {
        caseId,
        status: 'withdrawn',
        agency: 'intake',
        agencyStatus: null,
        reason: null,
      });
      const routed = await route(harness, caseId, 'police-opa');
      await applied(harness, routed);

      expect(await harness.count('opa_referral', 'case_id = ?', [caseId])).toBe(0);
      expect(
        (await statusChangesOf(harness, caseId)).filter((e) => e.data.agency === 'police-opa'),
      ).toEqual([]);
    });
  });

  describe('OPA reports back', () => {
    it('accepts the referral with its OPA number and classification; every copy sees IN_PROGRESS without them', async () => {
      const caseId = await openReferral(harness);
      const opaNumber = nextOpaNumber();

      const answer = dataOf(
        await harness.graphql(ACCEPT, { caseId, opaNumber, classification: 'INVESTIGATION' }, opa),
      );
      expect(answer.acceptOpaReferral).toMatchObject({
        id: caseId,
        status: 'IN_PROGRESS',
        opaReferral: {
          status: 'IN_PROGRESS',
          opaNumber,
          classification: 'INVESTIGATION',
          agencyStatus: 'accepted',
          acceptedAt: expect.any(String),
          closedAt: null,
        },
      });
      const [, accepted] = await statusChangesOf(harness, caseId);
      expect(accepted!.data).toEqual({
        caseId,
        status: 'in_progress',
        agency: 'police-opa',
        agencyStatus: 'accepted',
        reason: null,
        readers: ['opa'],
      });
    });

    it("publishes OPA's status word with the hub status, and no OPA number, classification or outcome", async () => {
      const { caseId, opaNumber } = await acceptedReferral(harness, opa, 'SUPERVISOR_ACTION');

      const answer = dataOf(
        await harness.graphql(
          RECORD_STATUS,
          { caseId, opaStatus: 'Awaiting complainant statement', status: 'AWAITING_INFORMATION' },
          opa,
        ),
      );
      expect(answer.recordOpaStatus).toMatchObject({
        status: 'AWAITING_INFORMATION',
        opaReferral: {
          status: 'AWAITING_INFORMATION',
          agencyStatus: 'Awaiting complainant statement',
          opaNumber,
        },
      });

      // As every other agency receives it, from Kafka.
      const isAwaiting = (e: EventEnvelope) =>
        e.subject === caseId && isStatusChange(e) && e.data.status === 'awaiting_information';
      const events = await harness.readEvents((seen) => seen.some(isAwaiting));
      const change = events.find(isAwaiting)!;
      expect(change.data).toEqual({
        caseId,
        status: 'awaiting_information',
        agency: 'police-opa',
        agencyStatus: 'Awaiting complainant statement',
        reason: null,
        readers: ['opa'],
      });
      const everything = JSON.stringify(events.filter((e) => e.subject === caseId));
      expect(everything).not.toContain(opaNumber);
      expect(everything.toLowerCase()).not.toContain('supervisor_action');
      expect(everything.toLowerCase()).not.toContain('supervisor action');
    });

    it('closes the referral with the outcome: CLOSED everywhere, and the reporter is sent the disposition', async () => {
      const { caseId, opaNumber } = await acceptedReferral(harness, opa);
      const disposition =
        'OPA has completed its investigation of your concern and found the allegation sustained.';

      const summary = 'Sustained: discipline referred to the chain of command.';
      const answer = dataOf(
        await harness.graphql(
          RECORD_OUTCOME,
          { caseId, outcome: 'SUSTAINED', disposition, summary },
          opa,
        ),
      );
      expect(answer.recordOpaOutcome).toMatchObject({
        status: 'CLOSED',
        opaReferral: {
          status: 'CLOSED',
          outcome: 'SUSTAINED',
          outcomeSummary: summary,
          disposition,
          agencyStatus: 'closed',
          closedAt: expect.any(String),
        },
      });
      const [completed] = (await harness.published(CASE_COMPLETED)).filter(
        (e) => e.subject === caseId,
      );
      expect(completed!.data).toEqual({
        caseId,
        // The finding (sustained) stays in OPA; its text for the reporter is for OPA to read.
        outcome: 'closed',
        disposition,
        departmentName: 'Office of Professional Accountability',
        readers: ['opa'],
      });
      expect((await statusChangesOf(harness, caseId)).map((e) => e.data.status)).toEqual([
        'referred',
        'in_progress',
        'closed',
      ]);
      const published = JSON.stringify(
        (await harness.published()).filter((e) => e.subject === caseId),
      );
      expect(published).not.toContain(opaNumber);
      expect(published).not.toContain('chain of command');
    });

    it('names Fire Operations to the reporter when Fire Operations closes its referral', async () => {
      const { caseId } = await acceptedReferral(harness, opa, 'CONTACT_LOG', 'fire-operations');
      dataOf(
        await harness.graphql(
          RECORD_OUTCOME,
          { caseId, outcome: 'ADMINISTRATIVELY_CLOSED', disposition: 'Your concern was logged.' },
          opa,
        ),
      );
      const [completed] = (await harness.published(CASE_COMPLETED)).filter(
        (e) => e.subject === caseId,
      );
      expect(completed!.data).toMatchObject({
        outcome: 'closed',
        departmentName: 'Fire Operations',
      });
      expect((await statusChangesOf(harness, caseId)).at(-1)!.data).toMatchObject({
        status: 'closed',
        agency: 'fire-operations',
      });
    });
  });

  describe("OPA's queue", () => {
    it('lists open referrals longest waiting first, page by page, and drops closed ones', async () => {
      const first = await openReferral(harness);
      const second = await openReferral(harness, 'fire-operations');
      const { caseId: closed } = await closedReferral(harness, opa, {
        classification: 'MEDIATION',
        outcome: 'NOT_SUSTAINED_INCONCLUSIVE',
        disposition: 'Reviewed.',
      });

      const seen: { id: string; forwardedAt: string }[] = [];
      let after: string | null = null;
      let pages = 0;
      let total = 0;
      do {
        const page: OpaReferralQueueQuery['opaReferralQueue'] = dataOf(
          await harness.graphql(QUEUE, { first: 2, after }, opa),
        ).opaReferralQueue;
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        total = page.totalCount;
        for (const edge of page.edges) {
          seen.push({ id: edge.node.id, forwardedAt: edge.node.opaReferral!.forwardedAt });
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 100);

      const ids = seen.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length); // no page repeats a referral
      expect(ids.length).toBe(total);
      expect(total).toBe(await harness.count('opa_referral', 'closed_at is null'));
      expect(ids).toEqual(expect.arrayContaining([first, second]));
      expect(ids).not.toContain(closed);
      expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
      const times = seen.map((row) => Date.parse(row.forwardedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });

    it('filters by destination', async () => {
      const fire = await openReferral(harness, 'fire-operations');
      const filter: OpaReferralQueueFilter = { destination: 'FIRE_OPERATIONS' };
      const edges = dataOf(await harness.graphql(QUEUE, { first: 100, filter }, opa))
        .opaReferralQueue.edges;
      expect(edges.map((e) => e.node.id)).toContain(fire);
      expect(new Set(edges.map((e) => e.node.opaReferral!.destination))).toEqual(
        new Set(['FIRE_OPERATIONS']),
      );
    });

    it.each(['agent', 'department_head', 'council', 'analyst'])(
      "is OPA's alone: %s is refused",
      async (role) => {
        const answer = await harness.graphql(
          QUEUE,
          { first: 5 },
          await harness.token([role], { department: 'police-opa' }),
        );
        expect(refusal(answer).code).toBe('FORBIDDEN');
        expect(answer.body.data).toBeNull();
      },
    );
  });
});
