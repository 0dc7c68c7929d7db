// Every free-text field of a report, redacted and then cut to a byte cap: what AWS says about a
// resource, what a log line says, and what a foreign JSON report given to `merge` says. Redaction
// comes first, so a cap never cuts a secret in half where the rules would no longer see it. The
// caps keep one 250 KB log line from making a multi-megabyte report (or a job summary that drops
// genuine findings to stay under GitHub's limit); each cut says how much it cut.

import { capBytes } from './output-safety.js';
import type { AttributeValue, CoverageGap, Finding, Resource } from './model.js';
import { redact } from './redact.js';

/** Byte caps per field: enough for any message AWS writes; far less than a hostile log line. */
export const FIELD_CAPS = {
  title: 1_024,
  evidenceLabel: 200,
  evidenceValue: 4_096,
  nextStep: 2_048,
  signature: 2_048,
  /** A log example: a stack trace of about a hundred frames. */
  example: 16_384,
  attribute: 4_096,
  /** One item of a list attribute: a log group name is at most 512 bytes. */
  attributeItem: 1_024,
  event: 4_096,
  tag: 1_024,
  gapScope: 1_024,
  gapReason: 2_048,
  id: 1_024,
} as const;

/** Items kept of a list attribute: a service has a handful of target groups or log groups, never hundreds. */
const ATTRIBUTE_LIST_ITEMS = 100;

// Redaction reads a generous head of the text, never megabytes it would cut anyway: a secret that
// reaches into the kept part lies whole inside the head, and is redacted before the cut.
const REDACTION_HEAD = 8;
function safe(text: string, cap: number): string {
  if (text.length <= cap * REDACTION_HEAD) return capBytes(redact(text), cap);
  const head = text.slice(0, cap * REDACTION_HEAD);
  return capBytes(redact(head), cap, Buffer.byteLength(text, 'utf8') - Buffer.byteLength(head, 'utf8'));
}

/**
 * What AWS says about a resource can carry secrets too: a DMS failure message with a connection
 * string, an ECS event quoting an environment variable, a tag. Every free-text field goes through.
 */
export function boundResource(resource: Resource): Resource {
  return {
    ...resource,
    id: capBytes(resource.id, FIELD_CAPS.id),
    name: capBytes(resource.name, FIELD_CAPS.id),
    attributes: Object.fromEntries(Object.entries(resource.attributes).map(([k, v]) => [k, boundAttribute(v)])),
    // Tags are free text anyone with tagging rights writes: connection strings and keys end up there.
    tags: Object.fromEntries(Object.entries(resource.tags).map(([k, v]) => [capBytes(k, FIELD_CAPS.tag), safe(v, FIELD_CAPS.tag)])),
    ...(resource.events ? { events: resource.events.map((e) => ({ ...e, message: safe(e.message, FIELD_CAPS.event) })) } : {}),
    ...(resource.stoppedTasks ? { stoppedTasks: resource.stoppedTasks.map((t) => ({ ...t, reason: safe(t.reason, FIELD_CAPS.event) })) } : {}),
  };
}

/** A text attribute, or each item of a list, redacted and capped; a longer list ends with an item saying how many were cut. */
function boundAttribute(value: AttributeValue): AttributeValue {
  if (typeof value === 'string') return safe(value, FIELD_CAPS.attribute);
  if (!Array.isArray(value)) return value;
  const kept = value.slice(0, ATTRIBUTE_LIST_ITEMS).map((item) => safe(item, FIELD_CAPS.attributeItem));
  return value.length > ATTRIBUTE_LIST_ITEMS ? [...kept, `…[cut ${(value.length - ATTRIBUTE_LIST_ITEMS).toLocaleString('en-US')} items]`] : kept;
}

/** Every free-text field of a finding, related findings included. */
export function boundFinding(finding: Finding): Finding {
  return {
    ...finding,
    resource: { ...finding.resource, id: capBytes(finding.resource.id, FIELD_CAPS.id) },
    title: safe(finding.title, FIELD_CAPS.title),
    evidence: finding.evidence.map((e) => ({ label: safe(e.label, FIELD_CAPS.evidenceLabel), value: safe(e.value, FIELD_CAPS.evidenceValue) })),
    ...(finding.nextStep ? { nextStep: safe(finding.nextStep, FIELD_CAPS.nextStep) } : {}),
    ...(finding.logs
      ? {
          logs: {
            ...finding.logs,
            ...(finding.logs.signature ? { signature: safe(finding.logs.signature, FIELD_CAPS.signature) } : {}),
            ...(finding.logs.example ? { example: safe(finding.logs.example, FIELD_CAPS.example) } : {}),
          },
        }
      : {}),
    ...(finding.related ? { related: finding.related.map(boundFinding) } : {}),
  };
}

export function boundGap(gap: CoverageGap): CoverageGap {
  return { ...gap, scope: safe(gap.scope, FIELD_CAPS.gapScope), reason: safe(gap.reason, FIELD_CAPS.gapReason) };
}
