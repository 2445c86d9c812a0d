// Benchmark: resident memory of each process of a running hub (npm start), and the total.
// Run:  npm start   (another shell)  node test/bench/memory.mjs
import { readdirSync, readFileSync } from 'node:fs';

const processes = [];
for (const entry of readdirSync('/proc')) {
  if (!/^\d+$/.test(entry)) continue;
  let command;
  let status;
  try {
    command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
    status = readFileSync(`/proc/${entry}/status`, 'utf8');
  } catch {
    continue; // gone meanwhile
  }
  const name =
    /subgraphs\/([a-z-]+)\/dist\/main\.js/.exec(command)?.[1] ??
    (/gateway\/dist\/main\.js/.test(command) ? 'gateway' : null) ??
    (/kafka\.Kafka .*\.hub\/kafka\//.test(command) ? 'kafka' : null) ??
    (/start-hub\.js/.test(command) ? 'npm start (supervisor)' : null) ??
    (/postgres.*\.hub\/postgres/.test(command) ? 'embedded postgres' : null);
  if (!name) continue;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  processes.push({ name, pid: entry, mb: rssKb / 1024 });
}
if (processes.length === 0) throw new Error('no hub processes found: start the hub with npm start');
processes.sort((a, b) => a.name.localeCompare(b.name));
for (const p of processes)
  console.log(`${p.name.padEnd(24)} pid ${p.pid.padEnd(8)} ${p.mb.toFixed(0).padStart(5)} MB`);
const total = processes.reduce((sum, p) => sum + p.mb, 0);
console.log(
  `${'total'.padEnd(38)} ${total.toFixed(0).padStart(5)} MB  (targets: each subgraph < 200 MB idle, whole hub < 1.5 GB)`,
);
