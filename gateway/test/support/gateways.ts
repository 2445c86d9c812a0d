import 'reflect-metadata';
import {
  devAuthEnvironment,
  ensureDevKeys,
  provisionSubgraphSchema,
  signDevToken,
  SubgraphHarness,
  testEnvironment,
  type DevKeys,
} from '@hub/local-stack';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intakeSubgraph } from '../../../subgraphs/intake/src/intake.subgraph';
import { createGateway, type RunningGateway } from '../../src/gateway';

/** The variables a gateway under test runs with, trusting `keys`; `extra` last. */
export function gatewayEnvironment(
  keys: DevKeys,
  extra: Record<string, string> = {},
): Record<string, string> {
  const { HUB_GATEWAY_PUBLIC_KEY: _unused, ...auth } = devAuthEnvironment(keys);
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...auth,
    HUB_GATEWAY_SIGNING_KEY: keys.gateway.privateKeyPem,
    ...extra,
  };
}

export async function testKeys(): Promise<DevKeys> {
  return ensureDevKeys(mkdtempSync(join(tmpdir(), 'hub-keys-')));
}

export interface GatewayReplicas {
  /** Every replica, in front of the same intake and counting in the same database. */
  readonly gateways: readonly RunningGateway[];
  /** The login role the replicas share their counts as (its schema is its search_path). */
  readonly databaseRole: string;
  token(roles: string[], subject: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real intake (on this run's PostgreSQL and Kafka) behind `replicas` gateways, which share
 * one schema and role of this run's database as a deployment's replicas share
 * HUB_GATEWAY_DATABASE_URL.
 */
export async function startGatewayReplicas(options: {
  label: string;
  replicas: number;
  environment: Record<string, string>;
}): Promise<GatewayReplicas> {
  const keys = await testKeys();
  const intake = await SubgraphHarness.start(
    intakeSubgraph,
    options.label,
    devAuthEnvironment(keys),
  );
  const database = await provisionSubgraphSchema(
    testEnvironment().databaseUrl,
    `gateway-${options.label}`,
  );
  const gateways: RunningGateway[] = [];
  try {
    for (let replica = 0; replica < options.replicas; replica += 1) {
      gateways.push(
        await createGateway(
          gatewayEnvironment(keys, {
            HUB_SUBGRAPH_URLS: `intake=${intake.subgraph.url}`,
            HUB_GATEWAY_DATABASE_URL: database.url,
            ...options.environment,
          }),
        ),
      );
    }
  } catch (error) {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await intake.stop();
    throw error;
  }
  return {
    gateways,
    databaseRole: database.role,
    token: (roles, subject) => signDevToken(keys, { subject, roles, expiresIn: '30m' }),
    async stop() {
      await Promise.all(gateways.map((gateway) => gateway.stop()));
      await intake.stop();
    },
  };
}
