// What the ElastiCache collector says about a replication group and a cache cluster.

// Type aliases, not interfaces: a type alias is a plain `Attributes` record to the compiler.
export type ReplicationGroupAttributes = {
  engine: string | null;
  nodeType: string | null;
  clusterMode: string;
  shards: number;
  /** Shards that are not available themselves (one shard down is an outage for its keys). */
  shardsNotAvailable: number;
  memberClusters: number;
  automaticFailover: string | null;
  multiAZ: string | null;
  transitEncryption: boolean;
  atRestEncryption: boolean;
  snapshotRetentionDays: number | null;
  createdAt: string | null;
};

export type CacheClusterAttributes = {
  engine: string | null;
  engineVersion: string | null;
  nodeType: string | null;
  nodes: number | null;
  replicationGroup: string | null;
  availabilityZone: string | null;
  /** The settings a pending modification will change, e.g. NumCacheNodes. */
  pendingModifications: string[];
  createdAt: string | null;
};

export type ElasticacheAttributeTypes = { 'elasticache:replication-group': ReplicationGroupAttributes; 'elasticache:cache-cluster': CacheClusterAttributes };
