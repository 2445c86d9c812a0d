import { ApolloGateway } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '../src/paths';
import { supergraphForGateway } from '../src/security-features';

describe('the supergraph with its access declarations, served by the open-source gateway', () => {
  const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');

  it('documents who may read what with @requiresScopes and @authenticated, linked for SECURITY', () => {
    expect(committed).toContain(
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
    );
    expect(committed).toMatch(
      /reporter: Reporter .*@requiresScopes\(scopes: \[\["agent"\], \["audit"\]\]\)/,
    );
  });

  it('is refused by the gateway as composed, and loads once the two links are marked documentation', async () => {
    await expect(new ApolloGateway({ supergraphSdl: committed }).load()).rejects.toThrow(
      /is for: SECURITY but is unsupported/,
    );
    const gateway = new ApolloGateway({ supergraphSdl: supergraphForGateway(committed) });
    const { schema } = await gateway.load();
    // The API schema the clients see has the fields, and not the directives.
    expect(schema.getQueryType()?.getFields().case).toBeDefined();
    expect(schema.getDirective('requiresScopes')).toBeUndefined();
    await gateway.stop();
  });
});
