import { createSubgraph } from '@hub/service-kit';
import { routingSubgraph } from './routing.subgraph';

createSubgraph(routingSubgraph).then(
  (subgraph) => subgraph.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
