/**
 * The supergraph declares who may read what with federation's `@authenticated` and
 * `@requiresScopes` (linked `for: SECURITY`). The subgraphs enforce those rules themselves;
 * the open-source Apollo Gateway does not implement the two features and refuses to load a
 * supergraph that links them for SECURITY. It is handed the same supergraph with the two links
 * marked as plain documentation: it plans every query exactly as before, and its API schema
 * never shows the directives. The committed file keeps them as composed (a router that
 * enforces them could serve it as it is).
 */
const DOCUMENTED_ONLY =
  /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v0\.\d+"), for: SECURITY\)/g;

export function supergraphForGateway(supergraphSdl: string): string {
  return supergraphSdl.replace(DOCUMENTED_ONLY, '$1)');
}
