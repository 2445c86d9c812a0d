import { EnvironmentError, createSubgraph } from '@hub/service-kit';
import { intakeSubgraph } from './intake.subgraph';

createSubgraph(intakeSubgraph).then(
  (subgraph) => subgraph.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof EnvironmentError ? 78 : 1); // 78 = EX_CONFIG
  },
);
