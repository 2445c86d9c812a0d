import { createSubgraph } from '@hub/service-kit';
import { internalAuditSubgraph } from './internal-audit.subgraph';

createSubgraph(internalAuditSubgraph).then(
  (subgraph) => subgraph.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
