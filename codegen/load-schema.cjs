// The schemas the tests' GraphQL operations are typed against (GraphQL Code Generator's custom
// schema loader; see codegen.ts). `subgraph:<name>`: the schema a caller of that subgraph sees,
// built from its compiled code the way the running subgraph builds it (`npm run build` first).
// `supergraph`: the API schema the gateway serves, from the committed supergraph.
require('reflect-metadata');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

module.exports = async function loadSchema(pointer) {
  if (pointer === 'supergraph') {
    const { Supergraph } = require('@apollo/federation-internals');
    const { supergraphForGateway } = require('@hub/gateway');
    const sdl = readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8');
    return Supergraph.build(supergraphForGateway(sdl)).apiSchema().toGraphQLJSSchema();
  }
  const name = /^subgraph:([a-z-]+)$/.exec(pointer)?.[1];
  if (!name) throw new Error(`unknown schema ${pointer}`);
  const { buildFederatedSchema } = require('@hub/service-kit');
  const exportName = `${name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())}Subgraph`;
  const definition = require(join(root, 'subgraphs', name, 'dist', `${name}.subgraph.js`))[
    exportName
  ];
  return buildFederatedSchema(definition);
};
