import { createGateway } from './gateway';

createGateway().then(
  (gateway) => gateway.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
