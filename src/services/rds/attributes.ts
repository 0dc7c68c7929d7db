// What the RDS collector says about a DB instance and a DB (Aurora) cluster.

/** Pending maintenance, read for instances and clusters alike. */
type MaintenanceAttributes = {
  /** The pending actions, e.g. system-update, db-upgrade. */
  pendingMaintenance: string[];
  /** RDS's description of each pending action. */
  pendingMaintenanceDescription: string[];
  /** The earliest date RDS applies one of them on its own. */
  pendingMaintenanceAutoApplyAfter: string | null;
};

// Type aliases, not interfaces: a type alias is a plain `Attributes` record to the compiler.
export type DbInstanceAttributes = MaintenanceAttributes & {
  engine: string | null;
  engineVersion: string | null;
  instanceClass: string | null;
  multiAZ: boolean;
  allocatedStorageGiB: number | null;
  storageAutoscalingMaxGiB: number | null;
  storageType: string | null;
  /** The Aurora cluster it is a member of. */
  clusterId: string | null;
  /** writer or reader (Aurora), replica, primary (has replicas) or standalone. */
  role: string;
  readReplicaSource: string | null;
  /** The logs it exports to CloudWatch Logs, e.g. postgresql, upgrade. */
  enabledLogExports: string[];
  /** Where RDS publishes each exported log (the log checks read these). */
  logGroups: string[];
  /** The settings a pending modification will change, e.g. DBInstanceClass. */
  pendingModifications: string[];
  deletionProtection: boolean;
  backupRetentionDays: number | null;
  publiclyAccessible: boolean;
  createdAt: string | null;
};

export type DbClusterAttributes = MaintenanceAttributes & {
  engine: string | null;
  engineVersion: string | null;
  multiAZ: boolean;
  members: number;
  writer: string | null;
  enabledLogExports: string[];
  logGroups: string[];
  deletionProtection: boolean;
  backupRetentionDays: number | null;
  createdAt: string | null;
};

export type RdsAttributeTypes = { 'rds:instance': DbInstanceAttributes; 'rds:cluster': DbClusterAttributes };
