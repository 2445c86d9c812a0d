// The service kit: everything a subgraph needs at runtime, once. Contracts shared with the
// gateway and the tools (event names and payloads, vocabularies, ids) are in @hub/contracts.
import 'reflect-metadata'; // before any decorated class below is defined

// Who is calling, and what they may read or do.
export { AccessLog, RestrictedFieldRead } from './access/access-log';
export { ACCESS_LOG_PAGE_MAX, accessLogResolver } from './access/access-log.resolver';
export {
  AllowRoles,
  Restricted,
  SignedIn,
  releaseRestricted,
  requiresScopes,
  type RestrictedFieldRule,
} from './access/role-rules';
export {
  AuthenticationError,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  callerFromClaims,
  createTokenVerifier,
  hasAnyRole,
  type Caller,
  type TokenVerifier,
  type TrustedIssuer,
} from './access/tokens';

// Configuration and logging.
export {
  EnvironmentError,
  HUB_VARIABLE_PREFIX,
  booleanFlag,
  commaList,
  loadEnvironment,
  loadEnvironmentOrExit,
  metricsEnvironment,
  port,
  postgresUrl,
  subgraphEnvironment,
  type EnvironmentProblem,
} from './config/environment';
export {
  REDACTED_PATHS,
  createLogger,
  describeError,
  isDatabaseError,
  type Logger,
} from './config/logger';

// The subgraph's own PostgreSQL schema.
export { migrate, openDatabase, type DatabaseOptions } from './database/database';
export { serviceKitMigrations } from './database/kit.migrations';

// Events: stated in the outbox, relayed to Kafka, consumed through the inbox.
export {
  EventConsumer,
  type EventBatchStep,
  type EventConsumerOptions,
  type EventHandler,
  type EventHandlerContext,
  type EventHandlers,
} from './events/consumer';
export { type DeadLetterReason } from './events/dead-letters';
export { caseEvent, createEnvelope, type NewEvent } from './events/envelope';
export { CLOSED_BY_OFFICE, closedByOffice, type OfficeClosure } from './events/office-completion';
export { EventPublisher, OutboxMessage, outboxChannelOf } from './events/outbox';
export { OutboxRelay, type OutboxRelayOptions } from './events/relay';
export { deadLetterTopicOf, ensureTopics } from './events/topics';
export { isTransientInfrastructureError } from './events/transient-errors';

// GraphQL building blocks: pages, errors, summaries.
export {
  Connection,
  PAGE_SIZE,
  PageArgs,
  PageInfo,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  pageOf,
  pageSizeOf,
  positionAfter,
  type ConnectionPage,
  type TimeIdPosition,
} from './graphql/connection';
export {
  assertNoProblems,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
  type InputProblem,
} from './graphql/errors';
export { keysetPage, type KeysetOrder } from './graphql/keyset-page';
export {
  OPERATION_LIMITS,
  PARSE_OPTIONS,
  armorProtection,
  maxPageSizePlugin,
  maxPageSizeRule,
} from './graphql/operation-limits';
export {
  MonthRangeArgs,
  MonthlySummaryRow,
  SUMMARY_MAX_MONTHS,
  monthRange,
  monthlyCounts,
  monthlySummaryRows,
  type MonthlyCountsQuery,
} from './graphql/monthly-summary';
export {
  findUnsafeLiteral,
  findUnsafeText,
  isUnsafeText,
  unsafeTextPlugin,
} from './graphql/unsafe-text';

// HTTP and metrics.
export {
  SERVICE_ROUTES,
  headerValue,
  httpRequestDurationHistogram,
  refuseUnauthenticated,
  timeRequests,
} from './http/http';
export { mountMetrics, type MetricsEndpointOptions } from './http/metrics-endpoint';
export { HubMetrics } from './http/metrics';

// Every subgraph's copy of every case's status.
export {
  RECEIVING_AGENCY,
  applyStatusChanges,
  applyStatusEvents,
  statusChangeOf,
  statusCopyStep,
  type AppliedStatusChange,
} from './status-copy/apply';
export {
  compareStatusChanges,
  emptyStatusCopy,
  mergeStatusChange,
  mergeStatusChanges,
  type StatusChange,
  type StatusCopy,
} from './status-copy/merge.rules';
export { StatusCopyReader } from './status-copy/reader';
export { CaseStatusHistoryEntry, CaseStatusRecord } from './status-copy/status-copy.entity';
export { caseStatusResolver } from './status-copy/status-copy.resolver';
export { assertStatusChange } from './status-copy/status-vocabulary';
export {
  lockCaseRow,
  lockStatusCopy,
  publishAndApply,
  readStatus,
  recordStatusChange,
  statusChangedEvent,
  type StatusChangeRequest,
} from './status-copy/writer';

// Starting a subgraph.
export { BackgroundLoop, PeriodicWorker } from './subgraph/background-loop';
export type { LoaderFactory, RequestContext } from './subgraph/context';
export { createSubgraph } from './subgraph/create-subgraph';
export type {
  BackgroundWorker,
  ReferenceResolvers,
  RunningSubgraph,
  SubgraphDefinition,
  SubgraphRuntime,
} from './subgraph/definition';
export { maskInternalError } from './subgraph/error-reporting';
export { buildFederatedSchema } from './subgraph/schema';
export { identityProviderOf, trustedIssuersOf } from './subgraph/trusted-issuers';

// Time: hybrid logical clocks and the working-day calendar.
export {
  WorkingDayCalendar,
  type CalendarOptions,
  type Holiday,
  type LocalDate,
} from './time/calendar';
export { HybridLogicalClock, compareHlc, formatHlc, parseHlc, type HlcTimestamp } from './time/hlc';
