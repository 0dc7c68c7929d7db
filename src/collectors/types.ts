import type { ClientFactory } from '../aws/clients.js';
import type { ScanConfig } from '../config/schema.js';
import type { CoverageGap, Resource, ScopeFilterCount } from '../report/model.js';

export interface CollectorContext {
  config: ScanConfig;
  clients: ClientFactory;
  now: Date;
  /** Bounded concurrency shared by the whole scan. */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  /** Records what could not be checked; the scan goes on. */
  gap: (gap: CoverageGap) => void;
  progress: (message: string) => void;
  /** Aborted at the scan's deadline (reason: DeadlineReached); the clients abandon their calls then. */
  signal?: AbortSignal;
  /** Records what a scope filter left out ("3 of 5 stacks match pp*production"), for the report. */
  filtered?: (count: ScopeFilterCount) => void;
}

export interface Collector {
  /** Service id used in config (`services = ecs, rds`) and coverage gaps. */
  id: string;
  title: string;
  collect(context: CollectorContext): Promise<Resource[]>;
}
