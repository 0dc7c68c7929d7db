// Elastic Load Balancing metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

import type { Resource } from '../../report/model.js';
import type { Dimension, MetricSpec } from '../../telemetry/metrics/metric-spec.js';
import { textAttribute } from '../attribute-values.js';

const alb = (r: Resource): Dimension[] | undefined => {
  const dimension = textAttribute(r, 'metricDimension');
  return dimension && textAttribute(r, 'lbType') === 'application' ? [{ Name: 'LoadBalancer', Value: dimension }] : undefined;
};
const targetGroup = (r: Resource): Dimension[] | undefined => {
  const group = textAttribute(r, 'metricDimension');
  const lb = textAttribute(r, 'loadBalancerDimension');
  return group && lb?.startsWith('app/') ? [{ Name: 'TargetGroup', Value: group }, { Name: 'LoadBalancer', Value: lb }] : undefined;
};

export const ELBV2_METRICS: readonly MetricSpec[] = [
  // Application load balancers.
  { id: 'alb_requests', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: alb },
  { id: 'alb_target_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_elb_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_target_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_elb_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_4XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_rejected_connections', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RejectedConnectionCount', stat: 'Sum', unit: 'count', label: 'rejected connections', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: alb },
  { id: 'alb_response_time', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: alb },
  { id: 'alb_response_time_p50', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p50', unit: 'seconds', label: 'target response time p50', role: 'latency', bad: 'up', dimensions: alb },
  { id: 'alb_response_time_p90', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p90', unit: 'seconds', label: 'target response time p90', role: 'latency', bad: 'up', dimensions: alb },
  { id: 'alb_response_time_p99', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: alb },

  // Target groups (per service behind the load balancer).
  { id: 'tg_requests', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: targetGroup },
  { id: 'tg_target_5xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
  { id: 'tg_target_4xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
  { id: 'tg_unhealthy_hosts', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', stat: 'Maximum', unit: 'count', label: 'unhealthy targets', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: targetGroup },
  { id: 'tg_response_time', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: targetGroup },
  { id: 'tg_response_time_p99', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: targetGroup },
];
