import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { RestrictedFieldRead } from '../access/access-log';
import { OutboxMessage } from '../events/outbox';
import { CaseStatusHistoryEntry, CaseStatusRecord } from '../status-copy/status-copy.entity';
import { serviceKitMigrations } from './kit.migrations';

export interface DatabaseOptions {
  readonly url: string;
  /** The subgraph's own schema; it reads and writes nothing outside it. */
  readonly schema: string;
  readonly entities: Options['entities'];
  readonly migrations: readonly MigrationObject[];
  readonly poolSize?: number;
  readonly debug?: boolean;
}

export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: [
      OutboxMessage,
      CaseStatusRecord,
      CaseStatusHistoryEntry,
      RestrictedFieldRead,
      ...(options.entities ?? []),
    ],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: withoutRepeats([...serviceKitMigrations, ...options.migrations]),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolSize ?? 10 },
    // Every connection works inside the subgraph's schema only.
    driverOptions: { connection: { options: `-c search_path=${options.schema}` } },
    allowGlobalContext: false,
    debug: options.debug ?? false,
  });
}

/** The kit's migrations come first; a subgraph that lists them too does not run them twice. */
function withoutRepeats(migrations: readonly MigrationObject[]): MigrationObject[] {
  const seen = new Set<string>();
  return migrations.filter((migration) => !seen.has(migration.name) && seen.add(migration.name));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
