import { join, resolve } from 'node:path';

/** The repository root, from src/ and dist/ alike. */
export const REPO_ROOT = resolve(__dirname, '../..');
/** The composed supergraph the gateway serves; `npm run compose` rewrites it. */
export const SUPERGRAPH_FILE = join(REPO_ROOT, 'schema/supergraph.graphql');
