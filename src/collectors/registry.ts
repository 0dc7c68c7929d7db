// Every collector, keyed by service id. Adding a service: a folder with collector.ts and one line here.

import { cloudformationCollector } from './cloudformation/collector.js';
import { dmsCollector } from './dms/collector.js';
import { ecsCollector } from './ecs/collector.js';
import { elbv2Collector } from './elbv2/collector.js';
import { opensearchCollector } from './opensearch/collector.js';
import { rdsCollector } from './rds/collector.js';
import type { Collector } from './types.js';
import { wafv2Collector } from './wafv2/collector.js';

export const COLLECTORS: readonly Collector[] = [ecsCollector, elbv2Collector, rdsCollector, opensearchCollector, dmsCollector, wafv2Collector, cloudformationCollector];
