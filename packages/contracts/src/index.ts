// The hub's shared contracts: what more than one subgraph, the gateway or a tool must agree on.
export { CASE_KINDS, CaseKind, isCaseKind } from './case-kind';
export {
  CASE_STATUSES,
  CaseStatus,
  isCaseStatus,
  mayChangeStatus,
  STATUS_TRANSITIONS,
} from './case-status';
export {
  CLIENT_ERROR_CODES,
  INTERNAL_ERROR_CODE,
  isClientErrorCode,
  type ClientErrorCode,
} from './error-codes';
export { isUuid, UUID_PATTERN } from './ids';
export { CASE_WORKER_ROLES, CITY_STAFF_ROLES, isRole, ROLES, type Role } from './roles';
export { dataSchemaOf, type EventEnvelope, type EventEnvelopeOf } from './events/envelope';
export {
  EVENT_SCHEMA_DIR,
  EventContractError,
  EventContracts,
  eventTypeOfSchemaFile,
  type ContractCheck,
} from './events/event-contracts';
export * from './events/event-types';
export type * from './events/payloads.generated';
