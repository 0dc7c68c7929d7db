// The one Report model. Every output format renders this; nothing else is rendered.
// Bump REPORT_SCHEMA_VERSION on any change a JSON consumer could notice.

export const REPORT_SCHEMA_VERSION = 6;

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower rank is worse: critical = 0. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

/**
 * `<service>:<kind>`, e.g. rds:instance. The registered types are RESOURCE_TYPES in
 * src/services/registry.ts, derived from the service modules (the schema's enum is tested equal).
 */
export type ResourceType = `${string}:${string}`;

export interface ResourceRef {
  type: ResourceType;
  /** Unique within its type, account and region: a name, or cluster/name for ECS services. */
  id: string;
  arn?: string;
  /** The account and region it lives in (set by the engine on every finding). */
  account?: string;
  region?: string;
}

/** The reference a finding carries: type, id and ARN, without the rest of the resource. */
export function refOf(resource: ResourceRef): ResourceRef {
  return {
    type: resource.type,
    id: resource.id,
    ...(resource.arn ? { arn: resource.arn } : {}),
    ...(resource.account ? { account: resource.account } : {}),
    ...(resource.region ? { region: resource.region } : {}),
  };
}

/** A list (target groups, log groups) is an array of its items; version 5 reports joined them with commas. */
export type AttributeValue = string | number | boolean | null | string[];

/** Attributes as a JSON consumer sees them: a plain object. Each service types its own (src/services/<service>/attributes.ts). */
export type Attributes = Record<string, AttributeValue>;

/** `A`: the attributes of one resource type, e.g. EcsServiceAttributes; by default any. */
export interface Resource<A extends Partial<Attributes> = Attributes> extends ResourceRef {
  name: string;
  account?: string;
  region: string;
  /** The service's own word for its state: ACTIVE, available, UPDATE_ROLLBACK_COMPLETE... */
  status?: string;
  tags: Record<string, string>;
  /** Plain facts about the resource, shown in the inventory and read by state detectors. */
  attributes: A;
  /** Recent events the service reports about itself, newest first. */
  events?: ResourceEvent[];
  /** ECS services: recently stopped tasks (ECS keeps them for about an hour), newest first. */
  stoppedTasks?: StoppedTask[];
}

export interface StoppedTask {
  stoppedAt?: string;
  /** The task's stoppedReason, e.g. "OutOfMemoryError: Container killed due to memory usage". */
  reason: string;
  stopCode?: string;
  /** Containers that exited non-zero, as "name=code". */
  failedContainers: string[];
  taskDefinition?: string;
}

export interface ResourceEvent {
  at: string;
  message: string;
}

/** What a finding is a symptom of; findings on one resource with one cause are merged. */
export const CAUSES = ['availability', 'errors', 'latency', 'saturation', 'traffic', 'security'] as const;
export type Cause = (typeof CAUSES)[number];

export interface EvidenceItem {
  label: string;
  value: string;
}

export interface Finding {
  /**
   * Stable across runs for the same detector and resource: `${kind}:${resource.type}:${resource.id}`
   * (metric findings add `:${metric}`, log findings a signature or pattern key). No time, count or
   * value is in it: mutes (`[mute:NAME] finding`) and `--baseline` match it, with the account and region.
   */
  id: string;
  /** The detector id (stable snake_case), e.g. `ecs_service_tasks_below_desired`. */
  kind: string;
  severity: Severity;
  resource: ResourceRef;
  title: string;
  evidence: EvidenceItem[];
  /** ISO-8601 time the problem started, when known. */
  since?: string;
  nextStep?: string;
  /** Metric findings: the series the detector judged, so a reader can see the shape. */
  series?: FindingSeries;
  /** Log findings: where, how often now and before, and one example. */
  logs?: FindingLogs;
  /** What it is a symptom of; absent for findings that are each their own problem. */
  cause?: Cause;
  /**
   * Other findings with the same cause on the same resource (or on a target group that only this
   * service registers into), merged into this one, the worst: each whole, worst first, never nested.
   */
  related?: Finding[];
  /** The AWS console page of the resource, in its region and partition (src/report/console-links.ts). */
  consoleUrl?: string;
  /** Against a baseline report only: new since it, or ongoing (src/report/report-changes.ts). */
  change?: FindingChange;
  /** With `change`: when this finding was first reported (carried over from the baseline while ongoing). */
  firstSeen?: string;
}

export type FindingChange = 'new' | 'ongoing';

/** A finding a `[mute:NAME]` section took out of the verdict and the counts, with the mute that did. */
export interface MutedFinding {
  finding: Finding;
  mute: { name: string; reason: string; until: string };
}

/**
 * What became of one `[mute:NAME]`: active, muting `matched` findings (none: stale), or expired
 * (past `until`), its `matched` findings reported again.
 */
export interface MuteOutcome {
  name: string;
  finding: string;
  reason: string;
  /** The last day (UTC) the mute applies, YYYY-MM-DD. */
  until: string;
  state: 'active' | 'expired';
  matched: number;
}

/** The report a run was compared with (`--baseline`, or the Action's previous run). */
export interface BaselineRef {
  /** Where it was read: a file path, or `artifact NAME of run N`. */
  source: string;
  generatedAt: string;
}

export interface FindingLogs {
  logGroup: string;
  /** The signature's readable name: an exception type and top frames, or a line template. */
  signature?: string;
  /** Occurrences in the recent window, and in the baseline before it. */
  recent: number;
  baseline: number;
  recentHours: number;
  baselineHours: number;
  firstSeen?: string;
  lastSeen?: string;
  /** One occurrence as logged, with secrets and e-mail addresses redacted. */
  example?: string;
  /** Counts come from a sample of the matching events (the engine's cap was reached). */
  sampled?: boolean;
}

export interface FindingSeries {
  /** Catalog id, e.g. alb_target_5xx. */
  metric: string;
  namespace: string;
  name: string;
  stat: string;
  unit: string;
  periodSeconds: number;
  /** ISO-8601 time of the first value; value i is at start + i * period. */
  start: string;
  /** null where CloudWatch has no data point. */
  values: Array<number | null>;
}

export interface CoverageGap {
  /** Our service id: ecs, cloudformation, ... */
  service: string;
  /** The API operation that could not be completed, e.g. DescribeServices. */
  operation: string;
  /** The IAM action involved, e.g. ecs:DescribeServices. */
  iamAction?: string;
  /** What was not checked because of it. */
  scope: string;
  /** Why: AccessDenied, throttled after N attempts, timeout... (never a credential). */
  reason: string;
  /** Where, when the report covers more than one account or region. */
  account?: string;
  region?: string;
}

export interface ApiCallStat {
  service: string;
  operation: string;
  /** Logical calls made by the tool. */
  calls: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  failed: number;
}

/**
 * failing: a finding reached failOn; degraded: findings below it (info does not count); healthy:
 * none, and something was looked at. empty: every scope was read and held nothing in scope.
 * unchecked: nothing could be verified (the account could not be identified, every service
 * failed, or nothing was in scope while some services failed). A report that looked at nothing is
 * never healthy.
 */
export type ReportStatus = 'healthy' | 'degraded' | 'failing' | 'empty' | 'unchecked';

/** What one scope's scan could look at: resources (checked), nothing in scope (empty), or nothing at all (unchecked). */
export type ScopeStatus = 'checked' | 'empty' | 'unchecked';

/** Resources a filter left out of scope: "3 of 5 stacks match pp*production". */
export interface ScopeFilterCount {
  type: ResourceType;
  /** Resources of this type the filter was given, and how many it kept. */
  seen: number;
  kept: number;
  /** The filter in the user's words: `name pp*production`, `[filters] names and tags`. */
  filter: string;
}

/** How the logs were read: which engine, how much, and what the scan budget left out. */
export interface LogReadSummary {
  /** `mixed` when the scopes of a merged report read with different engines. */
  engine: 'insights' | 'filter' | 'mixed';
  /** Log sources read (a group, or a group narrowed to a stream prefix). */
  sources: number;
  /** What the planner expected to scan before reading, and what CloudWatch reported (or the bytes read back). */
  expectedBytes: number;
  bytesScanned: number;
  /** Sources the scan budget left out (each is also a coverage gap). */
  skipped: number;
}

/** One account in one region, scanned on its own: a report covers one or more. */
export interface ScanScope {
  account: string;
  /** The `[account:NAME]` it came from, when configured. */
  accountName?: string;
  region: string;
  window: { from: string; to: string };
  generatedAt: string;
  durationMs: number;
  /** AWS API calls this scope made (its share of apiCalls). */
  apiCalls: number;
  status: ScopeStatus;
  /** Why the scope is empty or unchecked. */
  reason?: string;
  /** Where the region came from: `--region`, `env AWS_REGION`, `profile prod`, `default`. */
  regionSource?: string;
  /** What the scope filters left out, per resource type. */
  filtered?: ScopeFilterCount[];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  generatedAt: string;
  /** The union of the scopes' windows. */
  window: { from: string; to: string };
  /** Every region and account scanned, sorted. */
  regions: string[];
  accounts: string[];
  scopes: ScanScope[];
  status: ReportStatus;
  /** Why the status is empty or unchecked, in one sentence. */
  statusReason?: string;
  failOn: Severity | 'never';
  resources: Resource[];
  findings: Finding[];
  coverage: CoverageGap[];
  apiCalls: { total: number; requests: number; byOperation: ApiCallStat[] };
  /** Present when logs were read. */
  logs?: LogReadSummary;
  durationMs: number;
  /** Findings a mute took out of the verdict and the counts (present when any mute is configured). */
  muted?: MutedFinding[];
  /** Every configured mute and what became of it. */
  mutes?: MuteOutcome[];
  /** The report this one was compared with; absent: findings carry no `change`, and no `resolved` list. */
  baseline?: BaselineRef;
  /** With a baseline: findings in it that this run no longer reports. */
  resolved?: Finding[];
  /** `fail-on-new`: the verdict fails only on new findings at or above this (all findings are new without a baseline). */
  failOnNew?: Severity;
}
