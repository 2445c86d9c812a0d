// @hub/local-stack: the real PostgreSQL and Kafka the hub runs on, for `npm start` and `npm test`.
export {
  startKafkaBroker,
  startKafkaBrokerByDataDir,
  stopKafkaBrokerByDataDir,
} from './kafka-broker';
export type { KafkaBroker, StartKafkaBrokerOptions } from './kafka-broker';
export { KafkaPortInUseError, storedKafkaPorts } from './kafka-data-dir';
export { ensureKafkaJars } from './kafka-jars';
export { LOCAL_SERVER_URL, findRunningPostgres, resolvePostgres } from './postgres';
export type { PostgresServer, ResolvePostgresOptions } from './postgres';
export {
  createDatabase,
  dropDatabase,
  ensureDatabase,
  provisionSubgraphSchema,
  withDatabase,
} from './postgres-admin';
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
