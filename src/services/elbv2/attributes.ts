// What the ELBv2 collector says about a load balancer and a target group.

// Type aliases, not interfaces: a type alias is a plain `Attributes` record to the compiler.
export type LoadBalancerAttributes = {
  /** application, network or gateway. */
  lbType: string | null;
  scheme: string | null;
  dnsName: string | null;
  vpcId: string | null;
  /** How many zones it is enabled in. */
  availabilityZones: number;
  stateReason: string | null;
  /** app/NAME/ID: the LoadBalancer dimension of its CloudWatch metrics. */
  metricDimension: string | null;
};

export type TargetGroupAttributes = {
  protocol: string | null;
  port: number | null;
  targetType: string | null;
  /** Names of the load balancers that route to it. */
  loadBalancers: string[];
  healthCheckPath: string | null;
  targets: number;
  healthyTargets: number;
  unhealthyTargets: number;
  /** Why targets are unhealthy, with how many: "Target.FailedHealthChecks x2". */
  unhealthyReasons: string[];
  firstUnhealthyDescription: string | null;
  /** targetgroup/NAME/ID: the TargetGroup dimension of its CloudWatch metrics. */
  metricDimension: string | null;
  /** The first load balancer's dimension: target group metrics are per (target group, load balancer). */
  loadBalancerDimension: string | null;
};

export type Elbv2AttributeTypes = { 'elbv2:load-balancer': LoadBalancerAttributes; 'elbv2:target-group': TargetGroupAttributes };
