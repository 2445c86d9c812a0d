import { createSubgraph } from '@hub/service-kit';
import { policeReferralsSubgraph } from './police-referrals.subgraph';

createSubgraph(policeReferralsSubgraph).then(
  (subgraph) => subgraph.stopOnSignals(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
