import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type SubgraphDefinition } from '@hub/service-kit';
import { parse } from 'graphql';
import { join } from 'node:path';
import { listSubgraphPackages, type SubgraphPackage } from './hub-layout';
import { repoRoot } from './test-run';

// Composing the supergraph from the subgraphs' code: a build step (`npm run compose`) and a
// test, never part of the running gateway, which serves the committed result.

export interface SubgraphSource {
  readonly name: string;
  /** The address written into the supergraph; the gateway may override it at run time. */
  readonly url: string;
  readonly sdl: string;
}

/** `police-referrals` → `policeReferralsSubgraph`, the export each `<name>.subgraph.ts` makes. */
export function definitionExportName(subgraph: string): string {
  return `${subgraph.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Subgraph`;
}

/**
 * Loads each subgraph's definition (from src/ under ts-jest, from dist/ otherwise), builds its
 * schema the way the running subgraph does, and prints its federation SDL.
 */
export async function loadSubgraphSources(
  packages: SubgraphPackage[] = listSubgraphPackages(repoRoot),
  from: 'src' | 'dist' = 'dist',
): Promise<SubgraphSource[]> {
  const sources: SubgraphSource[] = [];
  for (const subgraph of packages) {
    const file = join(
      subgraph.directory,
      from,
      `${subgraph.name}.subgraph${from === 'src' ? '.ts' : '.js'}`,
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as Record<string, SubgraphDefinition<unknown>>;
    const definition = module[definitionExportName(subgraph.name)];
    if (!definition) throw new Error(`${file} must export ${definitionExportName(subgraph.name)}`);
    const schema = await buildFederatedSchema(definition);
    sources.push({
      name: subgraph.name,
      url: `http://127.0.0.1:${subgraph.port}/graphql`,
      sdl: printSubgraphSchema(schema),
    });
  }
  return sources;
}

/** Composes the supergraph with Apollo's composition; every composition error is listed. */
export function composeSupergraph(sources: readonly SubgraphSource[]): string {
  const result = composeServices(
    sources.map((source) => ({ name: source.name, url: source.url, typeDefs: parse(source.sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `the subgraphs do not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
