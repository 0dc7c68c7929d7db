// Every detector, keyed by its stable id. Adding one: a folder with detector.ts and one line here.

import type { DetectorCatalogEntry } from '../config/load.js';
import { cloudformationStackDrifted } from './cloudformation-stack-drifted/detector.js';
import { cloudformationStackUnhealthy } from './cloudformation-stack-unhealthy/detector.js';
import { dmsTableErrors } from './dms-table-errors/detector.js';
import { dmsTaskFailed } from './dms-task-failed/detector.js';
import { elasticacheUnavailable } from './elasticache-unavailable/detector.js';
import { ecsContainerInsightsDisabled } from './ecs-container-insights-disabled/detector.js';
import { ecsDeploymentFailed } from './ecs-deployment-failed/detector.js';
import { ecsServiceEvents } from './ecs-service-events/detector.js';
import { ecsTasksStoppedAbnormally } from './ecs-tasks-stopped-abnormally/detector.js';
import { ecsServiceTasksBelowDesired } from './ecs-service-tasks-below-desired/detector.js';
import { elbLoadBalancerImpaired } from './elb-load-balancer-impaired/detector.js';
import { elbUnhealthyTargets } from './elb-unhealthy-targets/detector.js';
import { opensearchDomainState } from './opensearch-domain-state/detector.js';
import { rdsFailureEvents } from './rds-failure-events/detector.js';
import { rdsNotMultiAz } from './rds-not-multi-az/detector.js';
import { rdsPendingMaintenance } from './rds-pending-maintenance/detector.js';
import { rdsUnhealthy } from './rds-unhealthy/detector.js';
import { metricCapacityExhaustion } from './metric-capacity-exhaustion/detector.js';
import { metricErrorRateSpike } from './metric-error-rate-spike/detector.js';
import { metricLatencyDegradation } from './metric-latency-degradation/detector.js';
import { metricThresholdBreach } from './metric-threshold-breach/detector.js';
import { metricLoadSurge } from './metric-load-surge/detector.js';
import { metricTrafficDrop } from './metric-traffic-drop/detector.js';
import { dmsTaskLogErrors } from './dms-task-log-errors/detector.js';
import { logErrorRateSpike } from './log-error-rate-spike/detector.js';
import { logHttpErrors } from './log-http-errors/detector.js';
import { logNewSignature } from './log-new-signature/detector.js';
import { logPatternMatch } from './log-pattern-match/detector.js';
import { logRecurringErrors } from './log-recurring-errors/detector.js';
import { rdsLogErrors } from './rds-log-errors/detector.js';
import type { LogDetector, MetricDetector, ResourceStateDetector } from './types.js';
import { wafBlockSpike } from './waf-block-spike/detector.js';
import { wafLoggingDisabled } from './waf-logging-disabled/detector.js';
import { wafWebAclUnassociated } from './waf-web-acl-unassociated/detector.js';

export const RESOURCE_STATE_DETECTORS: readonly ResourceStateDetector[] = [
  ecsServiceTasksBelowDesired,
  ecsDeploymentFailed,
  ecsServiceEvents,
  cloudformationStackUnhealthy,
  ecsContainerInsightsDisabled,
  ecsTasksStoppedAbnormally,
  cloudformationStackDrifted,
  rdsUnhealthy,
  rdsFailureEvents,
  rdsPendingMaintenance,
  rdsNotMultiAz,
  opensearchDomainState,
  dmsTaskFailed,
  dmsTableErrors,
  elbLoadBalancerImpaired,
  elbUnhealthyTargets,
  wafLoggingDisabled,
  wafWebAclUnassociated,
  elasticacheUnavailable,
];

export const METRIC_DETECTORS: readonly MetricDetector[] = [
  metricThresholdBreach,
  metricErrorRateSpike,
  metricLatencyDegradation,
  metricCapacityExhaustion,
  metricTrafficDrop,
  metricLoadSurge,
];

export const LOG_DETECTORS: readonly LogDetector[] = [
  logErrorRateSpike,
  logNewSignature,
  logRecurringErrors,
  logHttpErrors,
  wafBlockSpike,
  rdsLogErrors,
  dmsTaskLogErrors,
  logPatternMatch,
];

export function detectorCatalog(): DetectorCatalogEntry[] {
  return [...RESOURCE_STATE_DETECTORS, ...METRIC_DETECTORS, ...LOG_DETECTORS].map((detector) => ({ id: detector.id, thresholds: detector.thresholds }));
}
