// What every log parser returns for one CloudWatch log event's message: plain data, the same shape
// whatever the format, so the digest and the detectors never look at a format again.

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'unknown';

/** Database error classes the RDS detectors report on. */
export type DbCategory = 'connection' | 'resource' | 'corruption' | 'auth' | 'query' | 'other';

export interface ParsedLine {
  level: LogLevel;
  /**
   * The human message with the layout's prefix (timestamp, level, thread, logger, pid...) removed:
   * what signatures are built from. Lines after the first of a multi-line message follow unchanged.
   * For a JSON event carrying an error, the exception text follows the message on the next lines.
   */
  message: string;
  /** Epoch ms if the line carries its own timestamp (a timestamp without a zone is read as UTC). */
  timestamp?: number;
  /** Where it came from: logger name, DMS component, PostgreSQL user@database, MySQL subsystem... */
  origin?: string;
  /** HTTP status when the line is a request log (ALB access log, JSON access fields, access-log lines). */
  httpStatus?: number;
  /** The request, for request logs. `path` never carries the query string. */
  http?: { method?: string; path?: string; clientIp?: string };
  /** AWS WAF log fields. */
  waf?: {
    action: string;
    terminatingRuleId: string;
    terminatingRuleType?: string;
    /** For a GROUP / MANAGED_RULE_GROUP terminating rule: the rule inside the group that terminated. */
    ruleGroupRuleId?: string;
    clientIp?: string;
    country?: string;
    uri?: string;
    method?: string;
  };
  /** ALB access log fields beyond the request and status (all from the documented 29 fields). */
  alb?: {
    /** http, https, h2, grpcs, ws, wss. */
    type: string;
    elb: string;
    /** target:port, absent when the request never reached a target (Lambda, WAF block, failure). */
    target?: string;
    /** The target's status, absent when no response came from a target. */
    targetStatus?: number;
    /** Seconds; absent when the log says -1 (could not dispatch / send). */
    requestProcessingTime?: number;
    targetProcessingTime?: number;
    responseProcessingTime?: number;
    actionsExecuted?: string;
    /** e.g. LambdaInvalidResponse, AuthInvalidCookie, WAFConnectionError. */
    errorReason?: string;
    /** Desync mitigation: Acceptable, Ambiguous, Severe. */
    classification?: string;
    classificationReason?: string;
  };
  /** PostgreSQL / MySQL facts. */
  db?: {
    /** The server's own severity word: PANIC, FATAL, ERROR, LOG, DETAIL... / Note, Warning, ERROR, System. */
    severity?: string;
    category?: DbCategory;
    /** MySQL 8.0 error code (MY-010914). */
    code?: string;
  };
  /** MySQL slow query log entry (one `# Time:` ... statement block). Times in seconds. */
  slowQuery?: { queryTime: number; lockTime?: number; rowsSent?: number; rowsExamined?: number; user?: string; host?: string };
  /** AWS DMS task log fields. */
  dms?: {
    severity: 'E' | 'W' | 'I' | 'D' | 'T';
    /** SOURCE_CAPTURE, TARGET_APPLY, TASK_MANAGER... (padding removed). */
    component?: string;
    /** The C source location DMS appends: `ar_odbc_stmt.c:2415`. */
    sourceFile?: string;
    /** The context-logging suffix `{operation:..., tableName:..., ...}` (kept out of the message). */
    context?: string;
  };
  /**
   * True when the line continues a previous entry rather than starting one: a PostgreSQL line
   * without its prefix (SQL text, `!` statistics, wrapped HINT) or a DETAIL/HINT/STATEMENT/CONTEXT
   * line, a DMS line without its `[COMPONENT]S:` header, a MySQL slow-log header line of its own.
   */
  continuation?: boolean;
}
