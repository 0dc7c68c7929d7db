// Noise control: one problem, one finding. A service whose error share jumps usually also shows a
// new exception, a 5xx spike on its target group and failing health checks; listing each as its
// own numbered problem buries the next one. Findings with the same cause on the same subject are
// reported as the worst of them, carrying the others whole as `related`.
//
// Conservative on purpose: a wrong merge hides a problem, a missed one only adds a line. So only
// one subject (a resource, or a target group that exactly one ECS service registers into) and one
// cause; running out of two different things (CPU and storage) stays two findings, and findings
// without a cause (a missing standby, logging turned off: each its own fix) are never merged.

import { isResourceOf } from '../services/resource-of.js';
import type { Finding, Resource } from './model.js';

/** The resource a finding is about, for merging: a target group counts as the one service behind it. */
function subjectsByResource(resources: readonly Resource[]): Map<string, string> {
  const servicesByGroup = new Map<string, string[]>();
  for (const r of resources) {
    if (!isResourceOf(r, 'ecs:service')) continue;
    for (const group of r.attributes.targetGroups ?? []) {
      servicesByGroup.set(group, [...(servicesByGroup.get(group) ?? []), `ecs:service:${r.id}`]);
    }
  }
  const subjects = new Map<string, string>();
  for (const [group, services] of servicesByGroup) if (services.length === 1) subjects.set(`elbv2:target-group:${group}`, services[0]!);
  return subjects;
}

function mergeKey(finding: Finding, subjects: Map<string, string>): string | undefined {
  if (!finding.cause) return undefined;
  const resource = `${finding.resource.type}:${finding.resource.id}`;
  const subject = subjects.get(resource) ?? resource;
  // Saturation of different capacities needs different fixes: merge only findings on one metric.
  const what = finding.cause === 'saturation' ? `saturation:${finding.series?.name ?? finding.kind}` : finding.cause;
  return `${subject}\u0000${what}`;
}

/**
 * Merges findings with one cause on one subject into the first of them. `findings` must be ordered
 * worst first (sortFindings), so the one kept is the worst and the order of what is left holds.
 */
export function mergeRelated(findings: readonly Finding[], resources: readonly Resource[]): Finding[] {
  const subjects = subjectsByResource(resources);
  const groups = new Map<string, Finding[]>();
  const kept: Array<{ finding: Finding; key?: string }> = [];
  for (const finding of findings) {
    const key = mergeKey(finding, subjects);
    if (key === undefined) {
      kept.push({ finding });
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      groups.set(key, [finding]);
      kept.push({ finding, key });
    }
  }
  return kept.map(({ finding, key }) => {
    const group = key === undefined ? [finding] : groups.get(key)!;
    if (group.length === 1) return finding;
    const [primary, ...others] = group;
    // Already-merged input (a report merged again) is flattened: related findings never nest.
    const related = [...(primary!.related ?? []), ...others.flatMap(({ related: inner, ...rest }) => [rest, ...(inner ?? [])])];
    return { ...primary!, related };
  });
}

/** Every finding, merged or not: the worst of each group followed by its related ones. */
export function allFindings(findings: readonly Finding[]): Finding[] {
  return findings.flatMap((f) => [f, ...(f.related ?? [])]);
}
