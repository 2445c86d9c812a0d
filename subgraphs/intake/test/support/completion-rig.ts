import { randomUUID } from 'node:crypto';
import { startMailbox, type ReceivedMail } from '../../../../test/support/mailbox';
import { graphql } from '../graphql';
import type { LogCaseInput } from '../graphql/graphql';
import { IntakeHarness, TRACK, dataOf, waitFor } from './intake-harness';
import { RoutingStandIn } from './routing-stand-in';

export const TRACKING_URL = 'https://311.city.example/track';

export const NOTICES = graphql(`
  query CouncilOfficeNotices($office: String, $first: Int, $after: String) {
    councilOfficeNotices(office: $office, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          caseId
          srNumber
          councilOffice
          outcome
          disposition
          createdAt
          case {
            id
            status
            channel
            councilOffice
          }
        }
      }
    }
  }
`);

export interface NotificationRow {
  template: string;
  status: string;
  language: string;
  parameters: { srNumber: string; disposition?: string };
}

/**
 * Intake with a mail server to send to and routing played by the test: what a test of closing
 * the loop needs. One per test file; each test logs the cases it works on.
 */
export class CompletionRig {
  private constructor(
    readonly intake: IntakeHarness,
    readonly routing: RoutingStandIn,
    readonly mailbox: Awaited<ReturnType<typeof startMailbox>>,
    readonly agent: string,
    readonly council: string,
  ) {}

  static async start(label: string): Promise<CompletionRig> {
    const mailbox = await startMailbox();
    const intake = await IntakeHarness.start(label, {
      HUB_SMTP_URL: mailbox.url,
      HUB_TRACKING_URL: TRACKING_URL,
    });
    const routing = await RoutingStandIn.start(intake);
    return new CompletionRig(
      intake,
      routing,
      mailbox,
      await intake.token(['agent']),
      await intake.token(['council']),
    );
  }

  async stop(): Promise<void> {
    await this.routing.stop();
    await this.intake.stop();
    await this.mailbox.stop();
  }

  /** A streetlight reported by phone, with whatever `input` changes. */
  async logCase(input: Partial<LogCaseInput>): Promise<{ id: string; sr: string }> {
    const logged = await this.intake.logCase(
      {
        kind: 'SERVICE_REQUEST',
        channel: 'PHONE',
        description: 'The streetlight on Elm Street flickers all night.',
        location: { address: '12 Elm Street' },
        ...input,
      },
      this.agent,
    );
    return { id: logged.id, sr: logged.srNumber };
  }

  /** What an anonymous resident sees when tracking the case. */
  async track(sr: string) {
    const answer = await this.intake.graphql(
      TRACK,
      { srNumber: sr },
      await this.intake.anonymousToken(),
    );
    const { trackCase } = dataOf(answer, 'trackCase');
    if (!trackCase) throw new Error(`public tracking knows no case ${sr}`);
    return trackCase;
  }

  notificationsOf(caseId: string): Promise<NotificationRow[]> {
    return this.intake.sql<NotificationRow>(
      'select template, status, language, parameters from notification where case_id = ? order by created_at',
      [caseId],
    );
  }

  noticesOf(caseId: string): Promise<number> {
    return this.intake.count('council_office_notice', 'case_id = ?', [caseId]);
  }

  mailsTo(address: string): ReceivedMail[] {
    return this.mailbox.messages.filter((mail) => mail.to.includes(address));
  }

  /** Waits for the first email to `address` whose text contains `text`. */
  async mailTo(address: string, text: string): Promise<ReceivedMail> {
    const mail = await waitFor(
      async () => this.mailsTo(address).find((found) => found.text.includes(text)),
      Boolean,
      30_000,
      `an email to ${address} containing ${text}`,
    );
    return mail!;
  }
}

/** A reporter address nobody else uses. */
export const newAddress = (name = 'reporter') => `${name}.${randomUUID()}@mail.example.org`;

/** A council office nobody else uses, so its inbox holds only what the test puts there. */
export const newOffice = () => `Office of Councilmember ${randomUUID().slice(0, 8)}`;
