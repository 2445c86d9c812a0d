// @hub/local-stack: the real PostgreSQL and Kafka the hub runs on, for `npm start` and `npm test`.
export {
  KafkaPortInUseError,
  ensureKafkaJars,
  startKafkaBroker,
  startKafkaBrokerByDataDir,
  stopKafkaBrokerByDataDir,
  storedKafkaPorts,
} from './kafka-broker';
export type { KafkaBroker, StartKafkaBrokerOptions } from './kafka-broker';
export {
  LOCAL_SERVER_URL,
  createDatabase,
  dropDatabase,
  ensureDatabase,
  findRunningPostgres,
  provisionSubgraphSchema,
  resolvePostgres,
  withDatabase,
} from './postgres';
export type { PostgresServer, ResolvePostgresOptions } from './postgres';
export { freePort, LOOPBACK } from './processes';
export { hubDir, repoRoot } from './test-run';
export { listSubgraphPackages } from './hub-layout';
export type { SubgraphPackage } from './hub-layout';
export {
  DEV_AUDIENCE,
  DEV_ISSUER,
  GATEWAY_ISSUER,
  devAuthEnvironment,
  ensureDevKeys,
  signDevToken,
} from './dev-keys';
export type { DevKeys, DevTokenClaims } from './dev-keys';
export { readTopic, testEnvironment, testKafka, waitFor } from './testing';
export { SubgraphHarness, refusal } from './subgraph-harness';
export { postGraphql } from './subgraph-harness';
export type { GraphqlAnswer, TypedAnswer } from './subgraph-harness';
export { countSql } from './sql-counter';
export { SubgraphProcesses } from './subgraph-processes';
export type {
  GraphqlReply,
  SubgraphProcessInfo,
  SubgraphProcessesOptions,
} from './subgraph-processes';
export { RestartableKafkaBroker } from './restartable-kafka';
export {
  composeSupergraph,
  definitionExportName,
  loadSubgraphSources,
  type SubgraphSource,
} from './supergraph-composition';
