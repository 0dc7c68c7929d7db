// RDS: every DB instance and Aurora cluster with status, storage, Multi-AZ, replica role, log
// exports, pending maintenance and recent RDS events. Four listings for the whole region.

import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  DescribePendingMaintenanceActionsCommand,
  RDSClient,
  type DBCluster,
  type DBInstance,
  type Event,
  type ResourcePendingMaintenanceActions,
} from '@aws-sdk/client-rds';
import type { Resource, ResourceEvent } from '../../report/model.js';
import { paginate } from '../../collectors/attempt.js';
import { tagsToRecord } from '../../collectors/sdk-shapes.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { DbClusterAttributes, DbInstanceAttributes } from './attributes.js';

/** What the four listings add to an instance or cluster afterwards. */
type Extras = 'pendingMaintenance' | 'pendingMaintenanceDescription' | 'pendingMaintenanceAutoApplyAfter';

const ID = 'rds';
const PAGE = 100; // MaxRecords' documented maximum
const EVENT_DAYS_KEPT = 14; // RDS keeps events for 14 days
const EVENTS_KEPT = 10;

export const rdsCollector: Collector = {
  id: ID,
  title: 'Amazon RDS',
  async collect(context) {
    const rds = context.clients.get(RDSClient);
    const scope = (operation: string, what: string) => ({ sdkService: 'RDS', operation, scope: what });
    const [instances, clusters, maintenance, events] = await Promise.all([
      paginate(context, ID, scope('DescribeDBInstances', 'RDS DB instances'), async (Marker) => {
        const page = await rds.send(new DescribeDBInstancesCommand({ Marker, MaxRecords: PAGE }));
        return { items: page.DBInstances, next: page.Marker };
      }),
      paginate(context, ID, scope('DescribeDBClusters', 'RDS and Aurora DB clusters'), async (Marker) => {
        const page = await rds.send(new DescribeDBClustersCommand({ Marker, MaxRecords: PAGE }));
        return { items: page.DBClusters, next: page.Marker };
      }),
      paginate(context, ID, scope('DescribePendingMaintenanceActions', 'pending maintenance of RDS resources'), async (Marker) => {
        const page = await rds.send(new DescribePendingMaintenanceActionsCommand({ Marker, MaxRecords: PAGE }));
        return { items: page.PendingMaintenanceActions, next: page.Marker };
      }),
      paginate(context, ID, scope('DescribeEvents', 'RDS events'), async (Marker) => {
        const { from, to } = eventWindow(context);
        const page = await rds.send(new DescribeEventsCommand({ StartTime: from, EndTime: to, Marker, MaxRecords: PAGE }));
        return { items: page.Events, next: page.Marker };
      }),
    ]);
    context.progress(`RDS: ${instances.length} instances, ${clusters.length} clusters`);
    const maintenanceByArn = new Map(maintenance.map((m) => [m.ResourceIdentifier, m]));
    const eventsBySource = groupEvents(events);
    const writers = new Map<string, string>();
    for (const cluster of clusters) {
      for (const member of cluster.DBClusterMembers ?? []) writers.set(member.DBInstanceIdentifier ?? '', member.IsClusterWriter ? 'writer' : 'reader');
    }
    return [
      ...instances.map((instance) => withExtras(instanceResource(context, instance, writers), maintenanceByArn, eventsBySource)),
      ...clusters.map((cluster) => withExtras(clusterResource(context, cluster), maintenanceByArn, eventsBySource)),
    ];
  },
};

/** The scan window, trimmed to the 14 days RDS keeps events for. */
function eventWindow(context: CollectorContext): { from: Date; to: Date } {
  const to = context.config.window.to;
  const earliest = new Date(context.now.getTime() - EVENT_DAYS_KEPT * 86_400_000 + 60_000);
  return { from: context.config.window.from > earliest ? context.config.window.from : earliest, to };
}

function groupEvents(events: Event[]): Map<string, ResourceEvent[]> {
  const bySource = new Map<string, ResourceEvent[]>();
  for (const event of events) {
    const key = `${event.SourceType}|${event.SourceIdentifier}`;
    bySource.set(key, [...(bySource.get(key) ?? []), { at: event.Date?.toISOString() ?? '', message: event.Message ?? '' }]);
  }
  for (const list of bySource.values()) list.sort((a, b) => b.at.localeCompare(a.at));
  return bySource;
}

function withExtras(
  resource: Resource<Omit<DbInstanceAttributes, Extras>> | Resource<Omit<DbClusterAttributes, Extras>>,
  maintenance: Map<string | undefined, ResourcePendingMaintenanceActions>,
  events: Map<string, ResourceEvent[]>,
): Resource {
  const actions = maintenance.get(resource.arn)?.PendingMaintenanceActionDetails ?? [];
  const dates = actions
    .flatMap((a) => [a.AutoAppliedAfterDate, a.ForcedApplyDate])
    .filter((d): d is Date => d instanceof Date)
    .sort((a, b) => a.getTime() - b.getTime());
  const sourceType = resource.type === 'rds:instance' ? 'db-instance' : 'db-cluster';
  return {
    ...resource,
    attributes: {
      ...resource.attributes,
      pendingMaintenance: actions.map((a) => a.Action).filter((action): action is string => Boolean(action)),
      pendingMaintenanceDescription: actions.map((a) => a.Description).filter((description): description is string => Boolean(description)),
      pendingMaintenanceAutoApplyAfter: dates[0]?.toISOString() ?? null,
    },
    events: (events.get(`${sourceType}|${resource.id}`) ?? []).slice(0, EVENTS_KEPT),
  };
}

function instanceResource(context: CollectorContext, db: DBInstance, clusterRoles: Map<string, string>): Resource<Omit<DbInstanceAttributes, Extras>> {
  const id = db.DBInstanceIdentifier ?? 'unknown';
  const exports = db.EnabledCloudwatchLogsExports ?? [];
  const role = clusterRoles.get(id) ?? (db.ReadReplicaSourceDBInstanceIdentifier ? 'replica' : (db.ReadReplicaDBInstanceIdentifiers?.length ?? 0) > 0 ? 'primary' : 'standalone');
  return {
    type: 'rds:instance',
    id,
    ...(db.DBInstanceArn ? { arn: db.DBInstanceArn } : {}),
    name: id,
    region: context.config.region,
    ...(db.DBInstanceStatus ? { status: db.DBInstanceStatus } : {}),
    tags: tagsToRecord(db.TagList),
    attributes: {
      engine: db.Engine ?? null,
      engineVersion: db.EngineVersion ?? null,
      instanceClass: db.DBInstanceClass ?? null,
      multiAZ: db.MultiAZ ?? false,
      allocatedStorageGiB: db.AllocatedStorage ?? null,
      storageAutoscalingMaxGiB: db.MaxAllocatedStorage ?? null,
      storageType: db.StorageType ?? null,
      clusterId: db.DBClusterIdentifier ?? null,
      role,
      readReplicaSource: db.ReadReplicaSourceDBInstanceIdentifier ?? null,
      enabledLogExports: exports,
      // Where RDS publishes each exported log (the log checks read these).
      logGroups: exports.map((log) => `/aws/rds/instance/${id}/${log}`),
      pendingModifications: Object.keys(db.PendingModifiedValues ?? {}).filter((k) => (db.PendingModifiedValues as Record<string, unknown>)[k] !== undefined),
      deletionProtection: db.DeletionProtection ?? false,
      backupRetentionDays: db.BackupRetentionPeriod ?? null,
      publiclyAccessible: db.PubliclyAccessible ?? false,
      createdAt: db.InstanceCreateTime?.toISOString() ?? null,
    },
  };
}

function clusterResource(context: CollectorContext, cluster: DBCluster): Resource<Omit<DbClusterAttributes, Extras>> {
  const id = cluster.DBClusterIdentifier ?? 'unknown';
  const exports = cluster.EnabledCloudwatchLogsExports ?? [];
  return {
    type: 'rds:cluster',
    id,
    ...(cluster.DBClusterArn ? { arn: cluster.DBClusterArn } : {}),
    name: id,
    region: context.config.region,
    ...(cluster.Status ? { status: cluster.Status } : {}),
    tags: tagsToRecord(cluster.TagList),
    attributes: {
      engine: cluster.Engine ?? null,
      engineVersion: cluster.EngineVersion ?? null,
      multiAZ: cluster.MultiAZ ?? false,
      members: cluster.DBClusterMembers?.length ?? 0,
      writer: cluster.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier ?? null,
      enabledLogExports: exports,
      logGroups: exports.map((log) => `/aws/rds/cluster/${id}/${log}`),
      deletionProtection: cluster.DeletionProtection ?? false,
      backupRetentionDays: cluster.BackupRetentionPeriod ?? null,
      createdAt: cluster.ClusterCreateTime?.toISOString() ?? null,
    },
  };
}
