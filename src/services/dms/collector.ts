// DMS: every replication task with its status, last failure, progress and table errors, and the
// log group its task logs go to.

import {
  DatabaseMigrationServiceClient,
  DescribeReplicationInstancesCommand,
  DescribeReplicationTasksCommand,
  DescribeTableStatisticsCommand,
  type ReplicationInstance,
  type ReplicationTask,
} from '@aws-sdk/client-database-migration-service';
import type { Resource } from '../../report/model.js';
import { paginate } from '../../collectors/attempt.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { ReplicationTaskAttributes } from './attributes.js';

const ID = 'dms';
const PAGE = 100;
const ERRORED_TABLES_KEPT = 10;

export const dmsCollector: Collector = {
  id: ID,
  title: 'AWS DMS',
  async collect(context) {
    const dms = context.clients.get(DatabaseMigrationServiceClient);
    const scope = (operation: string, what: string) => ({ sdkService: 'DatabaseMigrationService', operation, scope: what });
    const [instances, tasks] = await Promise.all([
      paginate(context, ID, scope('DescribeReplicationInstances', 'DMS replication instances'), async (Marker) => {
        const page = await dms.send(new DescribeReplicationInstancesCommand({ Marker, MaxRecords: PAGE }));
        return { items: page.ReplicationInstances, next: page.Marker };
      }),
      paginate(context, ID, scope('DescribeReplicationTasks', 'DMS replication tasks'), async (Marker) => {
        // Task settings are large JSON documents we do not read.
        const page = await dms.send(new DescribeReplicationTasksCommand({ Marker, MaxRecords: PAGE, WithoutSettings: true }));
        return { items: page.ReplicationTasks, next: page.Marker };
      }),
    ]);
    context.progress(`DMS: ${tasks.length} replication tasks`);
    const instanceByArn = new Map(instances.map((i) => [i.ReplicationInstanceArn, i]));
    const resources = tasks.map((task) => taskResource(context, task, instanceByArn.get(task.ReplicationInstanceArn)));
    // Table statistics cost a call per task: read them only where DMS counts errored tables.
    await Promise.all(
      resources
        .filter((r) => r.attributes.tablesErrored > 0 && r.arn)
        .map(async (resource) => {
          const stats = await paginate(context, ID, scope('DescribeTableStatistics', `table errors of DMS task ${resource.id}`), async (Marker) => {
            const page = await dms.send(new DescribeTableStatisticsCommand({ ReplicationTaskArn: resource.arn, Marker, MaxRecords: 500 }));
            return { items: page.TableStatistics, next: page.Marker };
          });
          const errored = stats.filter((t) => /error/i.test(`${t.TableState ?? ''} ${t.ValidationState ?? ''}`));
          resource.attributes.erroredTables = errored.slice(0, ERRORED_TABLES_KEPT).map((t) => `${t.SchemaName}.${t.TableName} (${t.TableState})`);
        }),
    );
    return resources;
  },
};

function taskResource(context: CollectorContext, task: ReplicationTask, instance: ReplicationInstance | undefined): Resource<ReplicationTaskAttributes> {
  const id = task.ReplicationTaskIdentifier ?? 'unknown';
  const instanceId = instance?.ReplicationInstanceIdentifier ?? task.ReplicationInstanceArn?.split(':').pop() ?? null;
  const stats = task.ReplicationTaskStats;
  return {
    type: 'dms:task',
    id,
    ...(task.ReplicationTaskArn ? { arn: task.ReplicationTaskArn } : {}),
    name: id,
    region: context.config.region,
    ...(task.Status ? { status: task.Status } : {}),
    tags: {},
    attributes: {
      migrationType: task.MigrationType ?? null,
      replicationInstance: instanceId,
      replicationInstanceStatus: instance?.ReplicationInstanceStatus ?? null,
      lastFailureMessage: task.LastFailureMessage ?? null,
      stopReason: task.StopReason ?? null,
      fullLoadProgressPercent: stats?.FullLoadProgressPercent ?? null,
      tablesLoaded: stats?.TablesLoaded ?? null,
      tablesLoading: stats?.TablesLoading ?? null,
      tablesErrored: stats?.TablesErrored ?? 0,
      startedAt: (stats?.StartDate ?? task.ReplicationTaskStartDate)?.toISOString() ?? null,
      stoppedAt: stats?.StopDate?.toISOString() ?? null,
      // DMS writes task logs to this group (when task logging is on); the log checks read it.
      logGroup: instanceId ? `dms-tasks-${instanceId}` : null,
    },
  };
}
