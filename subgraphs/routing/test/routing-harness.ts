import {
  CASE_COMPLETED,
  CASE_RECEIVED,
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  REFERRAL_DECIDED,
  type CaseReceivedData,
  type EventEnvelope,
  type EventPayloads,
  type EventType,
} from '@hub/contracts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  readTopic,
  SubgraphHarness,
  testEnvironment,
  waitFor,
  type TypedAnswer,
} from '@hub/local-stack';
import type { RunningSubgraph } from '@hub/service-kit';
import { randomUUID } from 'node:crypto';
import type { RoutingSettings } from '../src/environment';
import { routingSubgraph } from '../src/routing.subgraph';
import { graphql } from './graphql';

/**
 * A real routing subgraph for one test file (the kit's SubgraphHarness: its own schema, topic
 * and consumer group), with what routing's tests need beside it: cases received as intake
 * publishes them, the tables a refused change must leave alone, and the agencies' feeds.
 */
export class RoutingHarness {
  private constructor(private readonly harness: SubgraphHarness<RoutingSettings>) {}

  static async start(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RoutingHarness> {
    return new RoutingHarness(
      await SubgraphHarness.start(routingSubgraph, label, {
        HUB_DEADLINE_SCAN_INTERVAL_MS: '200',
        ...extraEnv,
      }),
    );
  }

  get subgraph(): RunningSubgraph<RoutingSettings> {
    return this.harness.subgraph;
  }

  /** The hub's topic this routing consumes and publishes on. */
  get topic(): string {
    return this.harness.topic;
  }

  /** Another routing process on the same database schema, topic and consumer group. */
  replica(): Promise<RunningSubgraph<RoutingSettings>> {
    return this.harness.replica();
  }

  stop(): Promise<void> {
    return this.harness.stop();
  }

  token(
    roles: string[],
    claims: { department?: string; subject?: string; agency?: string } = {},
  ): Promise<string> {
    return this.harness.token(roles, claims);
  }

  /**
   * Sends an operation written with this folder's generated `graphql()` to routing as a caller
   * with `bearer` would: its variables are checked and its answer's `data` is typed.
   */
  graphql<Result, Variables>(
    operation: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    bearer?: string,
  ): Promise<TypedAnswer<Result>> {
    return this.harness.graphql(operation, variables, bearer);
  }

  /** Puts an event on the topic as another subgraph would. */
  publish<Type extends EventType>(type: Type, data: EventPayloads[Type]): Promise<EventEnvelope> {
    return this.harness.publish(type, data);
  }

  sql<Row = Record<string, any>>(query: string, params: unknown[] = []): Promise<Row[]> {
    return this.harness.sql<Row>(query, params);
  }

  count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    return this.harness.count(table, where, params);
  }

  /** Publishes `case.received.v1` as intake would; resolves with the case id. */
  async receive(overrides: Partial<CaseReceivedData> = {}): Promise<string> {
    const caseId = overrides.caseId ?? randomUUID();
    await this.publish(CASE_RECEIVED, {
      srNumber: 'SR-26-0000-0000',
      kind: 'service_request',
      channel: 'web',
      subjectCategory: null,
      serviceCode: null,
      ward: null,
      latitude: null,
      longitude: null,
      receivedAt: new Date().toISOString(),
      language: 'en',
      councilOffice: null,
      receivingDepartment: null,
      hasEmail: false,
      anonymous: true,
      ...overrides,
      caseId,
    });
    return caseId;
  }

  /** Waits until routing holds the case (the consumer applied the event). */
  async routed(caseId: string): Promise<Record<string, any>> {
    const [row] = await this.harness.rowsWhenPresent(`select * from routed_case where id = ?`, [
      caseId,
    ]);
    return row!;
  }

  /** A case received and routed: `receive`, then `routed`. */
  async routedCase(overrides: Partial<CaseReceivedData> = {}): Promise<string> {
    const caseId = await this.receive(overrides);
    await this.routed(caseId);
    return caseId;
  }

  /** Waits until routing's copy of the case's status says `status`. */
  private async statusIs(caseId: string, status: string, what: string): Promise<void> {
    await waitFor(
      () => this.sql(`select status from case_status where case_id = ?`, [caseId]),
      (rows) => rows[0]?.status === status,
      30_000,
      what,
    );
  }

  /**
   * Another agency changes the case's status, as its subgraph publishes it; resolves once
   * routing's copy shows it (routing's own reaction is applied in the same transaction).
   */
  async statusChangedBy(
    agency: string,
    caseId: string,
    status: string,
    reason: string | null = null,
  ): Promise<void> {
    await this.publish(CASE_STATUS_CHANGED, { caseId, status, agency, agencyStatus: null, reason });
    await this.statusIs(caseId, status, `${agency}'s status ${status} in routing's copy`);
  }

  /** Rows of every routing table and the outbox: what must not change when input is refused. */
  async footprint(): Promise<Record<string, number>> {
    const tables = [
      'routed_case',
      'deadline',
      'routing_history',
      'urgent_alert',
      'outbox_message',
      'agency_referral',
      'case_status_history',
    ];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await this.count(table);
    const [changed] = await this.sql<{ latest: string | null }>(
      `select max(updated_at)::text as latest from routed_case`,
    );
    counts.latestChange = changed?.latest ? Date.parse(changed.latest) : 0;
    return counts;
  }

  /**
   * Events of this subgraph's outbox for the hub's topic (what it published), oldest first;
   * not the copies it puts on the agencies' feeds.
   */
  async published(type?: EventType): Promise<EventEnvelope<any>[]> {
    const rows = await this.sql<{ envelope: EventEnvelope<any> }>(
      `select envelope from outbox_message where topic = ? ${type ? 'and event_type = ?' : ''}
        order by position`,
      type ? [this.topic, type] : [this.topic],
    );
    return rows.map((row) => row.envelope);
  }

  /** The events of one case this subgraph published, oldest first. */
  async publishedOf(caseId: string, type?: EventType): Promise<EventEnvelope<any>[]> {
    return (await this.published(type)).filter((event) => event.subject === caseId);
  }

  /**
   * Waits until the consumer has applied every event this subgraph put on the hub's topic, so
   * nothing in flight changes the tables while a test compares them.
   */
  async settled(timeoutMs = 30_000): Promise<void> {
    await waitFor(
      () =>
        this.count(
          'outbox_message o',
          `o.topic = ? and o.event_type in (select jsonb_array_elements_text(?::jsonb))
             and not exists (select 1 from inbox_event i where i.event_id = o.id)`,
          [this.topic, JSON.stringify(HANDLED_TYPES)],
        ),
      (pending) => pending === 0,
      timeoutMs,
      'the consumer to apply every published event',
    );
  }

  /** Reads an agency's feed topic from the beginning until `done` holds. */
  async readAgencyFeed(
    agencyId: string,
    done: (events: EventEnvelope<any>[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<EventEnvelope<any>[]> {
    const topic = `${this.topic}.agency.${agencyId}`;
    return (await readTopic(testEnvironment().brokers, topic, done, timeoutMs)).events;
  }

  /** Reads the hub's topic from the beginning until `done` holds, or fails with what it saw. */
  readEvents(
    done: (events: EventEnvelope<any>[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<EventEnvelope<any>[]> {
    return this.harness.readEvents(done, timeoutMs);
  }
}

/** The events routing's consumer applies (and records in its inbox); it skips the rest. */
const HANDLED_TYPES: readonly EventType[] = [
  CASE_RECEIVED,
  CASE_STATUS_CHANGED,
  CASE_COMPLETED,
  CASE_REFERRED,
  REFERRAL_DECIDED,
];

/**
 * The data of an answer that must have succeeded. Throws with the answer's errors (message,
 * path and code) when it has errors or no data.
 */
export function dataOf<Result>(answer: TypedAnswer<Result>): Result {
  const { data, errors } = answer.body;
  if (errors?.length || data === undefined || data === null) {
    const problem = errors?.length
      ? JSON.stringify(
          errors.map((error) => ({
            message: error.message,
            path: error.path,
            code: error.extensions?.code,
          })),
        )
      : 'no data and no errors';
    throw new Error(`HTTP ${answer.status}, ${problem}`);
  }
  return data;
}

/**
 * Routing's fields of a case, as the gateway would ask for them and as its commands answer.
 * Operations of this folder spread it (`...RoutedCaseFields`); codegen adds its definition to
 * each generated document that does.
 */
graphql(`
  fragment RoutedCaseFields on Case {
    id
    priority
    routingStage
    department {
      id
      name
    }
    assignment {
      staff {
        id
        department {
          id
        }
      }
      assignedAt
    }
    deadlines {
      clock
      dueAt
      metAt
      state
    }
    escalation {
      level
      aboutHeadOfService
      final
    }
    routingHistory {
      action
      reason
      actor
      priority
      fromDepartment {
        id
      }
      toDepartment {
        id
      }
      staff {
        id
      }
    }
    outcome {
      outcome
      disposition
      appealWindowClosesAt
    }
    appeal {
      lodgedAt
      reasons
    }
    referral {
      agency {
        id
        name
      }
      disposition
    }
  }
`);

/** Routing's fields of a case, as the gateway would ask for them. */
export const ENTITY = graphql(`
  query RoutedCaseEntity($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        ...RoutedCaseFields
      }
    }
  }
`);

export const entity = (caseId: string) => ({
  representations: [{ __typename: 'Case', id: caseId }],
});

export { refusal, waitFor } from '@hub/local-stack';
