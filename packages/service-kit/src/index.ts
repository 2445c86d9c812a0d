// The service kit: everything a subgraph needs at runtime, in one place.
import 'reflect-metadata'; // before any decorated class below is defined
export * from './access-log';
export * from './auth';
export * from './calendar';
export * from './connection';
export * from './consumer';
export * from './context';
export * from './contracts';
export * from './database';
export * from './envelope';
export * from './environment';
export * from './errors';
export * from './hlc';
export * from './http';
export * from './kit.migrations';
export * from './logger';
export * from './metrics';
export * from './monthly-summary';
export * from './outbox';
export * from './outbox.relay';
export * from './status-copy.entity';
export * from './status-copy.resolver';
export * from './status-copy.rules';
export * from './status-copy.store';
export * from './status-vocabulary';
export * from './subgraph';
export * from './topics';
