import {
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  isUuid,
  type CaseReferredData,
  type CaseStatusChangedData,
  type EventEnvelope,
} from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoutingSettings } from '../environment';
import { agencyTopicOf, isAgencyFeedType } from './agency-referral.rules';

/**
 * Copies a fact of a referred case to the topic of each agency it was referred to, through the
 * outbox in the caller's transaction: the inbox row and the copies commit together, so a
 * redelivery copies nothing twice and a crash loses nothing. The copy keeps the event's id, so
 * an agency's consumer can deduplicate it like any other. Only agencies of the routing table
 * have a topic; a referral to any other is kept but not fed. Returns the agencies fed.
 */
export async function forwardToAgencyFeeds(
  em: EntityManager,
  settings: RoutingSettings,
  events: readonly EventEnvelope[],
): Promise<string[]> {
  const facts = events
    .filter((event) => isAgencyFeedType(event.type))
    .map((event) => ({
      caseId: (event.data as { caseId?: string }).caseId ?? event.subject,
      event,
    }))
    .filter(({ caseId }) => isUuid(caseId))
    .map(({ caseId, event }, order) => ({
      order,
      case_id: caseId,
      message_key: event.subject,
      event_type: event.type,
      // The referral goes to the agency it names only, not to others the case went to.
      only_agency:
        event.type === CASE_REFERRED ? (event.data as unknown as CaseReferredData).agencyId : null,
      envelope: asAgencyMayRead(event),
    }));
  if (facts.length === 0) return [];
  const prefix = agencyTopicOf(settings.eventsTopic, '');
  // One statement for a whole batch of facts, in their order (the outbox relays by position).
  const fed = await em.execute<{ topic: string }[]>(
    `insert into outbox_message (id, topic, message_key, event_type, envelope)
     select gen_random_uuid(), ? || referral.agency_id, fact.message_key, fact.event_type,
            fact.envelope
       from jsonb_to_recordset(?::jsonb)
              as fact("order" int, case_id uuid, message_key text, event_type text,
                      only_agency text, envelope jsonb)
       join agency_referral referral on referral.case_id = fact.case_id
      where referral.agency_id in (select jsonb_array_elements_text(?::jsonb))
        and (fact.only_agency is null or referral.agency_id = fact.only_agency)
      order by fact."order", referral.agency_id
     returning topic`,
    [
      prefix,
      JSON.stringify(facts),
      JSON.stringify(settings.table.agencies.map((agency) => agency.id)),
    ],
  );
  return fed.map((row) => row.topic.slice(prefix.length));
}

/**
 * The fact as an outside agency may read it: an office's own status words and reasons stay
 * out of the copy unless that office lets outside agencies read them (`readers`).
 */
function asAgencyMayRead(event: EventEnvelope): EventEnvelope {
  if (event.type !== CASE_STATUS_CHANGED) return event;
  const data = event.data as unknown as CaseStatusChangedData;
  if (!data.readers || data.readers.includes('external_agency')) return event;
  return { ...event, data: { ...data, agencyStatus: null, reason: null } };
}
