// `npm run compose`: rebuilds schema/subgraphs/*.graphql and schema/supergraph.graphql from the
// subgraphs' code. The gateway only ever serves the committed result.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, loadSubgraphSources } from './supergraph-composition';
import { repoRoot as REPO_ROOT } from './test-run';

const SUPERGRAPH_FILE = join(REPO_ROOT, 'schema/supergraph.graphql');

async function main(): Promise<void> {
  const sources = await loadSubgraphSources();
  mkdirSync(join(REPO_ROOT, 'schema/subgraphs'), { recursive: true });
  for (const source of sources) {
    writeFileSync(join(REPO_ROOT, 'schema/subgraphs', `${source.name}.graphql`), source.sdl);
  }
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph(sources));
  console.log(`composed ${sources.map((s) => s.name).join(', ')} into schema/supergraph.graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
