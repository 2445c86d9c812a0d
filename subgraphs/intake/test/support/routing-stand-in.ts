import {
  CASE_COMPLETED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  type CaseCompletedData,
  type EventEnvelope,
} from '@hub/contracts';
import { testKafka } from '@hub/local-stack';
import { createEnvelope, HybridLogicalClock } from '@hub/service-kit';
import type { Producer } from 'kafkajs';
import type { IntakeHarness } from './intake-harness';
import { waitFor } from './intake-harness';

/**
 * Routing, played by the test: it stamps its facts with its own clock (each later than the one
 * before) and puts them on intake's topic, keyed by case as the outbox relay does.
 */
export class RoutingStandIn {
  private readonly clock = new HybridLogicalClock();

  private constructor(
    private readonly intake: IntakeHarness,
    private readonly producer: Producer,
  ) {}

  static async start(intake: IntakeHarness): Promise<RoutingStandIn> {
    const producer = testKafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    return new RoutingStandIn(intake, producer);
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
  }

  /** `case.routed.v1`, stamped now; sent later with `deliver`. */
  routed(caseId: string, departmentName = 'Public Works'): EventEnvelope {
    return createEnvelope(
      {
        type: CASE_ROUTED,
        subject: caseId,
        data: {
          caseId,
          departmentId: departmentName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          departmentName,
          priority: 'routine',
          previousDepartmentId: null,
          manual: false,
        },
      },
      'test/routing',
      this.clock,
    );
  }

  /** `case.completed.v1`, stamped now; sent later with `deliver`. */
  completed(
    caseId: string,
    disposition: string,
    outcome: CaseCompletedData['outcome'] = 'resolved',
    departmentName = 'Public Works',
  ): EventEnvelope {
    return createEnvelope(
      {
        type: CASE_COMPLETED,
        subject: caseId,
        data: { caseId, outcome, disposition, departmentName },
      },
      'test/routing',
      this.clock,
    );
  }

  /** Delivers each fact as routing publishes it: the status it implies just before it. */
  async deliver(...events: EventEnvelope[]): Promise<void> {
    await this.deliverBare(...events.flatMap((event) => this.statusStatedBefore(event)));
  }

  /** Only these events: a completion that raced a withdrawal comes without routing's status. */
  async deliverBare(...events: EventEnvelope[]): Promise<void> {
    await this.producer.send({
      topic: this.intake.topic,
      acks: -1,
      messages: events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
    });
  }

  /** How many events of `type` intake has applied so far. */
  async appliedCount(type: string): Promise<number> {
    const applied = await this.intake.subgraph.metrics.eventsApplied.get();
    return applied.values.find((value) => value.labels.type === type)?.value ?? 0;
  }

  /** How many redelivered events intake has recognised and skipped so far. */
  async duplicateCount(): Promise<number> {
    return (await this.intake.subgraph.metrics.eventsDuplicate.get()).values[0]?.value ?? 0;
  }

  /** Delivers the events and waits until intake has applied `count` more of `type`. */
  async deliverAndApply(type: string, count: number, ...events: EventEnvelope[]): Promise<void> {
    const before = await this.appliedCount(type);
    await this.deliver(...events);
    await this.applied(type, before, count);
  }

  /** Waits until intake has applied `count` more events of `type` than `before`. */
  async applied(type: string, before: number, count = 1): Promise<void> {
    await waitFor(
      () => this.appliedCount(type),
      (n) => n >= before + count,
      30_000,
      `${count} ${type} to be applied`,
    );
  }

  private statusStatedBefore(event: EventEnvelope): EventEnvelope[] {
    const data = event.data as { caseId: string; outcome?: string };
    const status =
      event.type === CASE_ROUTED
        ? 'routed'
        : data.outcome === 'out_of_jurisdiction'
          ? 'out_of_jurisdiction'
          : 'closed';
    const change = createEnvelope(
      {
        type: CASE_STATUS_CHANGED,
        subject: event.subject,
        data: { caseId: data.caseId, status, agency: 'routing', agencyStatus: null, reason: null },
      },
      'test/routing',
      this.clock,
    );
    return [change, event];
  }
}
