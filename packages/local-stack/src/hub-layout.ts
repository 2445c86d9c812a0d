import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SubgraphPackage {
  readonly name: string;
  readonly directory: string;
  /** The port it listens on under `npm start` (its package.json `hub.port`). */
  readonly port: number;
}

/** Every folder under subgraphs/ with a package.json is a subgraph. */
export function listSubgraphPackages(repoRoot: string): SubgraphPackage[] {
  const root = join(repoRoot, 'subgraphs');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'package.json')))
    .map((name) => {
      const manifest = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')) as {
        hub?: { port?: number };
      };
      if (!manifest.hub?.port)
        throw new Error(`subgraphs/${name}/package.json needs "hub": { "port": <number> }`);
      return { name, directory: join(root, name), port: manifest.hub.port };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
