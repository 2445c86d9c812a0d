import { CaseStatus } from '@hub/contracts';
import { AllowRoles, PageArgs, badUserInput, type ConnectionPage } from '@hub/service-kit';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../context';
import { parseSrNumber } from '../sr-numbers/sr-number';
import { newestFirstPage } from '../lists/newest-first';
import { CASE_LIST, CaseConnection, CasesArgs, type CaseFilter } from './case.connection';
import { Case } from './case.entity';
import { Channel, PublicChannel } from './case.enums';
import {
  LogCaseInput,
  SubmitCaseInput,
  UpdateReporterContactArgs,
  WithdrawCaseArgs,
} from './case.input';
import { CaseReceipt, CaseTracking, receiptOf, trackingOf } from './case.public';
import { receiveCase, updateReporterContact, withdrawCase } from './case.service';
import { CASE_LOGGERS, CASE_READERS, CONTACT_EDITORS } from './rules/access.rules';
import { CASE_WITHDRAWERS } from './rules/withdrawal.rules';

// Who may call what is stated on each operation, once: @AllowRoles both declares the roles in
// the schema (@requiresScopes) and enforces them. No decorator = any verified caller,
// anonymous residents included (the gateway signs their short-lived tokens).

@Resolver(() => Case)
export class CaseResolver {
  @AllowRoles(...CASE_READERS)
  @Query(() => Case, { nullable: true })
  async case(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<Case | null> {
    return loaders.caseById.load(id);
  }

  @AllowRoles(...CASE_READERS)
  @Query(() => Case, {
    nullable: true,
    description: 'Any case, dashes and O/I/L for 0/1 forgiven.',
  })
  async caseBySrNumber(
    @Arg('srNumber') srNumber: string,
    @Ctx() context: IntakeContext,
  ): Promise<Case | null> {
    return findBySrNumber(context, srNumber);
  }

  @AllowRoles(...CASE_READERS)
  @Query(() => CaseConnection, { description: 'A Relay connection, newest first.' })
  async cases(
    // The schema lists the arguments of these parameters last to first (parameter decorators
    // run right to left): `filter`, then the page's `first` and `after`.
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Args(() => CasesArgs) { filter }: CasesArgs,
    @Ctx() { em }: IntakeContext,
  ): Promise<ConnectionPage<Case>> {
    return newestFirstPage(em, CASE_LIST, { first, after }, () => filterOf(filter ?? null));
  }

  @Query(() => CaseTracking, {
    nullable: true,
    description: 'Public: status and dates by SR number, never personal data.',
  })
  async trackCase(
    @Arg('srNumber') srNumber: string,
    @Ctx() context: IntakeContext,
  ): Promise<CaseTracking | null> {
    const found = await findBySrNumber(context, srNumber);
    return found ? trackingOf(found, await statusOf(context, found)) : null;
  }

  @Mutation(() => CaseReceipt, {
    description:
      'Public: a report from the web form or the 311 app. Retries with the same idempotencyKey ' +
      'return the same case.',
  })
  async submitCase(
    @Arg('input', () => SubmitCaseInput) input: SubmitCaseInput,
    @Ctx() context: IntakeContext,
  ): Promise<CaseReceipt> {
    const found = await receiveCase(
      context,
      { ...input, channel: publicChannelOf(input.channel) },
      'submit',
    );
    return receiptOf(found, await statusOf(context, found));
  }

  @AllowRoles(...CASE_LOGGERS)
  @Mutation(() => Case, {
    description:
      'A contact received by phone, mail, in person, by a department or a council office.',
  })
  async logCase(
    @Arg('input', () => LogCaseInput) input: LogCaseInput,
    @Ctx() context: IntakeContext,
  ): Promise<Case> {
    return receiveCase(context, input, 'log');
  }

  @AllowRoles(...CONTACT_EDITORS)
  @Mutation(() => Case)
  async updateReporterContact(
    @Args(() => UpdateReporterContactArgs) { caseId, contact }: UpdateReporterContactArgs,
    @Ctx() context: IntakeContext,
  ): Promise<Case> {
    return updateReporterContact(context, caseId, contact);
  }

  @AllowRoles(...CASE_WITHDRAWERS)
  @Mutation(() => CaseTracking, {
    description:
      'The reporter withdrew the case, as told to the office responsible for it, which records ' +
      'it: a 311 agent or staff of the department routing made responsible; for a staff ' +
      'complaint, police conduct, fraud or Title VI case only HR, OPA, Internal Audit or the ' +
      'Title VI coordinator (FORBIDDEN for anyone else). Who withdrew it is kept. CONFLICT ' +
      'once a case has ended.',
  })
  async withdrawCase(
    @Args(() => WithdrawCaseArgs) { caseId, reason }: WithdrawCaseArgs,
    @Ctx() context: IntakeContext,
  ): Promise<CaseTracking> {
    const found = await withdrawCase(context, caseId, reason);
    return trackingOf(found, await statusOf(context, found));
  }
}

/**
 * The channel of a public submission. When the client leaves it out, the schema's default
 * arrives as the enum's NAME ('WEB'), not its value ('web'): the federation schema is rebuilt
 * from printed SDL, and default values are read before the enum values are mapped.
 */
function publicChannelOf(channel: PublicChannel | string | null | undefined): Channel {
  return channel === PublicChannel.MOBILE_APP || channel === 'MOBILE_APP'
    ? Channel.MOBILE_APP
    : Channel.WEB;
}

/** From intake's status copy, which has every case it received from the moment it did. */
async function statusOf(context: IntakeContext, found: Case): Promise<CaseStatus> {
  return (await context.statusCopies.status(found.id)) ?? CaseStatus.RECEIVED;
}

async function findBySrNumber(context: IntakeContext, text: string): Promise<Case | null> {
  const reading = parseSrNumber(text, context.settings.srPrefix);
  if (!reading.ok) {
    throw badUserInput(
      'srNumber',
      reading.reason === 'mistyped'
        ? 'does not check out: one character is probably mistyped or two are swapped'
        : 'is not an SR number; they look like SR-26-7K3M-Q9PX',
    );
  }
  return context.em.findOne(Case, { srNumber: reading.srNumber });
}

function filterOf(filter: CaseFilter | null): FilterQuery<Case> {
  // A missing or empty list does not filter.
  const where: Record<string, unknown> = {};
  if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter?.channels?.length) where.channel = { $in: filter.channels };
  if (filter?.statuses?.length) {
    // Status lives in the kit's copy; the subquery uses its status index.
    where[
      raw(
        (alias: string) =>
          `exists (select 1 from case_status s where s.case_id = ${alias}.id and s.status in (?))`,
        [filter.statuses],
      )
    ] = true;
  }
  if (filter?.wards?.length) where.location = { ward: { $in: filter.wards } };
  if (filter?.receivedFrom || filter?.receivedTo) {
    where.receivedAt = {
      ...(filter.receivedFrom ? { $gte: filter.receivedFrom } : {}),
      ...(filter.receivedTo ? { $lt: filter.receivedTo } : {}),
    };
  }
  return where as FilterQuery<Case>;
}
