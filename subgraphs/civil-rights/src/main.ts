import { createSubgraph } from '@hub/service-kit';
import { civilRightsSubgraph } from './civil-rights.subgraph';

createSubgraph(civilRightsSubgraph).then(
  (subgraph) => subgraph.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
