// What the DMS collector says about a replication task.

// A type alias, not an interface: a type alias is a plain `Attributes` record to the compiler.
export type ReplicationTaskAttributes = {
  /** full-load, cdc or full-load-and-cdc. */
  migrationType: string | null;
  replicationInstance: string | null;
  replicationInstanceStatus: string | null;
  lastFailureMessage: string | null;
  stopReason: string | null;
  fullLoadProgressPercent: number | null;
  tablesLoaded: number | null;
  tablesLoading: number | null;
  tablesErrored: number;
  startedAt: string | null;
  stoppedAt: string | null;
  /** DMS writes task logs to this group (when task logging is on); the log checks read it. */
  logGroup: string | null;
  /** The first errored tables, as schema.table (state); read only when DMS counts errored tables. */
  erroredTables?: string[];
};

export type DmsAttributeTypes = { 'dms:task': ReplicationTaskAttributes };
