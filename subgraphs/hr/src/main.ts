import { createSubgraph } from '@hub/service-kit';
import { hrSubgraph } from './hr.subgraph';

createSubgraph(hrSubgraph).then(
  (subgraph) => subgraph.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
