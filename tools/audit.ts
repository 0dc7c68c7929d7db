// npm audit at high severity, for CI: fails on a high or critical advisory; says plainly when the
// advisory service cannot be reached (this sandbox's registry proxy answers the bulk endpoint with
// 405) instead of passing as if it had checked.

import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--json', '--audit-level=high'], { encoding: 'utf8', timeout: 120_000 });
let report: {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
};
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  console.error(`npm audit: unreadable answer (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  process.exit(1);
}
if (!report.metadata) {
  // No advisory data at all: the endpoint failed. Exit 3 so CI can tell "not checked" from "clean".
  console.error(`npm audit: advisory service unavailable (${report.statusCode ?? run.status}: ${report.message ?? 'no answer'}); not checked`);
  process.exit(3);
}
const counts = report.metadata.vulnerabilities ?? {};
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
console.log(
  `npm audit: ${Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}`,
);
for (const [name, v] of serious) console.error(`  ${v.severity}: ${name}`);
process.exit(serious.length > 0 ? 1 : 0);
