// Benchmark: a query that crosses subgraphs (routing's department queue with intake's case
// facts), from 50 concurrent clients through the gateway. Prints latency percentiles.
// Run against a running hub:  npm start   (another shell)  node test/bench/query-latency.mjs
// Options (env): GATEWAY_URL, CLIENTS (50), SECONDS (20), TOKEN (else a department head's dev token).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const repoRoot = join(fileURLToPath(import.meta.url), '../../..');
const url = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const clients = Number(process.env.CLIENTS ?? 50);
const seconds = Number(process.env.SECONDS ?? 20);
const token =
  process.env.TOKEN ??
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'packages/local-stack/dist/token.js'),
      '--role',
      'department_head',
      '--department',
      'public-works',
    ],
    { encoding: 'utf8' },
  ).trim();

const body = JSON.stringify({
  query: `{ departmentQueue(departmentId: "public-works", first: 20) { totalCount edges { node {
    srNumber kind channel status receivedAt description location { address ward }
    priority assignment { staff { name } } deadlines { clock dueAt state } } } } }`,
});

async function once() {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const answer = await response.json();
  const ok = response.ok && !answer.errors && answer.data?.departmentQueue?.edges?.length > 0;
  return { ms: performance.now() - started, ok };
}

async function run(durationMs, record) {
  const deadline = performance.now() + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) record(await once());
    }),
  );
}

const first = await once();
if (!first.ok)
  throw new Error('the query failed: is the hub running with demo data (npm start -- --demo)?');
await run(3_000, () => {}); // warm-up: connections, query plans, JIT
const latencies = [];
let errors = 0;
const started = performance.now();
await run(seconds * 1_000, ({ ms, ok }) => {
  latencies.push(ms);
  if (!ok) errors += 1;
});
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(`query across subgraphs, ${clients} clients, ${seconds} s`);
console.log(
  `requests ${latencies.length}  errors ${errors}  throughput ${(latencies.length / elapsed).toFixed(0)}/s`,
);
console.log(
  `latency ms  p50 ${at(50)}  p90 ${at(90)}  p99 ${at(99)}  max ${latencies.at(-1).toFixed(1)}  (target p99 < 100)`,
);
