// Small builders for test data: only what a test says differs from a sensible default.

import type { ScanConfig } from '../../src/config/schema.js';
import { defaultConfig } from '../../src/config/settings.js';
import { REPORT_SCHEMA_VERSION, type Finding, type Report, type Resource } from '../../src/report/model.js';
import type { AttributesByType, RegisteredResourceType, ResourceOf } from '../../src/services/registry.js';

export const NOW = new Date('2026-11-25T12:00:00Z');

/**
 * The shipped defaults (defaultConfig), with what tests deliberately do differently: fewer retries and
 * a shorter request timeout so a failing call fails fast, less concurrency, four services, and no
 * metrics, logs or error patterns so a test reads only what it turns on.
 */
export function aConfig(overrides: Partial<ScanConfig> = {}): ScanConfig {
  const defaults = defaultConfig({ now: NOW, services: ['ecs', 'elbv2', 'rds', 'cloudformation'] });
  const { baselineMs: _baselineMs, ...metrics } = defaults.metrics;
  return {
    ...defaults,
    maxAttempts: 3,
    requestTimeoutMs: 10_000,
    concurrency: 4,
    accountConcurrency: 2,
    metrics: { ...metrics, enabled: false },
    logs: { ...defaults.logs, enabled: false, errorPatterns: [] },
    ...overrides,
  };
}

/** A config whose scan reads logs (discovery then looks up each service's log groups). */
export function aConfigReadingLogs(overrides: Partial<ScanConfig> = {}): ScanConfig {
  const config = aConfig(overrides);
  return { ...config, logs: { ...config.logs, enabled: true } };
}

/** The parts of a resource other than its type and attributes, for a builder's `rest`. */
type ResourceRest = Partial<Omit<Resource, 'type' | 'attributes'>>;

/** Attributes of a registered type: a misspelt key or a comma-joined list does not compile. */
export type AttributesOf<T extends RegisteredResourceType> = Partial<AttributesByType[T]>;

/** A resource of a registered type in us-east-2, named `id`. */
export function aResourceOf<T extends RegisteredResourceType>(type: T, id: string, attributes: AttributesOf<T>, rest: ResourceRest = {}): ResourceOf<T> {
  return { type, id, name: id.slice(id.lastIndexOf('/') + 1), region: 'us-east-2', tags: {}, attributes, ...rest };
}

export function anEcsService(attributes: AttributesOf<'ecs:service'> = {}, rest: ResourceRest = {}): ResourceOf<'ecs:service'> {
  return {
    type: 'ecs:service',
    id: 'pp-web-production/checkout',
    name: 'checkout',
    region: 'us-east-2',
    status: 'ACTIVE',
    tags: {},
    attributes: { cluster: 'pp-web-production', desired: 4, running: 4, pending: 0, rolloutState: 'COMPLETED', deploymentStartedAt: '2026-11-25T09:00:00.000Z', ...attributes },
    events: [],
    ...rest,
  };
}

export function aStack(status: string, attributes: AttributesOf<'cloudformation:stack'> = {}): ResourceOf<'cloudformation:stack'> {
  return {
    type: 'cloudformation:stack',
    id: 'pp-api-production',
    name: 'pp-api-production',
    region: 'us-east-2',
    status,
    tags: {},
    attributes: { statusReason: null, lastUpdatedAt: '2026-11-25T10:00:00.000Z', ...attributes },
  };
}

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'x:ecs:service:a',
    kind: 'ecs_service_tasks_below_desired',
    severity: 'high',
    resource: { type: 'ecs:service', id: 'pp-web-production/checkout' },
    title: '1 of 4 tasks running',
    evidence: [{ label: 'desired / running / pending', value: '4 / 1 / 0' }],
    since: '2026-11-25T09:00:00.000Z',
    nextStep: 'look at the stopped tasks',
    ...overrides,
  };
}

/** A finding's CPU series of 5-minute points from 2026-11-25T00:00Z (null: no data in that period). */
export function aCpuSeries(values: Array<number | null>, extra: Partial<NonNullable<Finding['series']>> = {}): NonNullable<Finding['series']> {
  return {
    metric: 'ecs_cpu',
    namespace: 'AWS/ECS',
    name: 'CPUUtilization',
    stat: 'Average',
    unit: 'percent',
    periodSeconds: 300,
    start: '2026-11-25T00:00:00.000Z',
    values,
    ...extra,
  };
}

export function aReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'aws-monitor', version: '0.1.0' },
    generatedAt: NOW.toISOString(),
    window: { from: new Date(NOW.getTime() - 86_400_000).toISOString(), to: NOW.toISOString() },
    regions: ['us-east-2'],
    accounts: ['123456789012'],
    scopes: [
      {
        account: '123456789012',
        region: 'us-east-2',
        window: { from: new Date(NOW.getTime() - 86_400_000).toISOString(), to: NOW.toISOString() },
        generatedAt: NOW.toISOString(),
        durationMs: 1200,
        apiCalls: 0,
        status: 'checked',
      },
    ],
    status: 'healthy',
    failOn: 'high',
    resources: [],
    findings: [],
    coverage: [],
    apiCalls: { total: 0, requests: 0, byOperation: [] },
    durationMs: 1200,
    ...overrides,
  };
}
