import 'reflect-metadata';
import { composeSupergraph, listSubgraphPackages, loadSubgraphSources } from '@hub/local-stack';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SUPERGRAPH_FILE } from '../src/paths';

describe('the committed supergraph', () => {
  it('is exactly what composing the current subgraphs gives (run `npm run compose` if not)', async () => {
    const sources = await loadSubgraphSources(listSubgraphPackages(REPO_ROOT), 'src');
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(
        readFileSync(join(REPO_ROOT, 'schema/subgraphs', `${source.name}.graphql`), 'utf8'),
      ).toBe(source.sdl);
    }
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph(sources));
  });
});
