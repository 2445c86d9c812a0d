#!/usr/bin/env node
// `npm run status -- rebuild <subgraph>` / `npm run status -- check [subgraph...]`; see
// status-command.ts.
import { runStatusCommand } from './status-command';

runStatusCommand(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`status: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
