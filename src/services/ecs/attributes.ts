// What the ECS collector says about a cluster and a service: the report's `attributes` of each.

// Type aliases, not interfaces: a type alias is a plain `Attributes` record to the compiler.
export type EcsClusterAttributes = {
  /** Services ListServices returned (exact where activeServicesCount lags). */
  activeServices: number;
  runningTasks: number;
  pendingTasks: number;
  /** enabled, enhanced or disabled: the Container Insights metrics are read only when on. */
  containerInsights: string;
};

export type EcsServiceAttributes = {
  cluster: string;
  desired: number;
  running: number;
  pending: number;
  launchType: string | null;
  /** family:revision of the service's task definition. */
  taskDefinition: string | null;
  deployments: number;
  /** The primary deployment's rollout: IN_PROGRESS, COMPLETED or FAILED. */
  rolloutState: string | null;
  rolloutStateReason: string | null;
  deploymentStartedAt: string | null;
  failedTasks: number;
  circuitBreaker: boolean;
  /** Target group names, from their ARNs (…:targetgroup/NAME/ID): the load-balancer checks join on these. */
  targetGroups: string[];
  /** Its cluster's Container Insights setting (absent when only the service was described). */
  containerInsights?: string;
  /** Tasks stopped in the last hour or so (absent when only the service was described). */
  stoppedTasks?: number;
  /** The awslogs groups and stream prefixes of its task definition; absent when logs are off, null when it could not be read. */
  logGroups?: string[] | null;
  logStreamPrefixes?: string[] | null;
};

export type EcsAttributeTypes = { 'ecs:cluster': EcsClusterAttributes; 'ecs:service': EcsServiceAttributes };
