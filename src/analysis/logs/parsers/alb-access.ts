// Application Load Balancer access logs, when shipped into CloudWatch Logs (ALB writes them to S3;
// teams forward them). ELB User Guide, "Access logs for your Application Load Balancer": one
// request per line, space-separated, some fields in double quotes; 29 fields in the documented
// order (type time elb client:port target:port request/target/response_processing_time
// elb_status_code target_status_code received_bytes sent_bytes "request" "user_agent" ssl_cipher
// ssl_protocol target_group_arn "trace_id" "domain_name" "chosen_cert_arn" matched_rule_priority
// request_creation_time "actions_executed" "redirect_url" "error_reason" "target:port_list"
// "target_status_code_list" "classification" "classification_reason"). AWS only adds fields at the
// end: fields after the 29th are ignored. A line that is not an ALB entry is read as text.

import { parseApplication } from './application.js';
import { levelOfStatus } from './levels.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';
import { pathOnly, readTimestamp, textLevel } from './text-layout.js';

const FIELDS = 29;
const TYPES = new Set(['http', 'https', 'h2', 'grpcs', 'ws', 'wss']);

/** Space-separated fields; a field in double quotes may hold spaces (AWS writes no escapes in them, and no tabs). */
function splitFields(line: string, max: number): string[] {
  const fields: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n && fields.length < max) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      i += 1;
      continue;
    }
    // indexOf is native: much faster than a loop over char codes on 400-character lines.
    let end = c === 34 /* " */ ? line.indexOf('"', i + 1) : line.indexOf(' ', i + 1);
    if (end === -1) end = n;
    fields.push(c === 34 ? line.slice(i + 1, end) : line.slice(i, end));
    i = c === 34 ? end + 1 : end;
  }
  return fields;
}

const dash = (v: string | undefined): string | undefined => (v === undefined || v === '-' || v === '' ? undefined : v);
function seconds(v: string | undefined): number | undefined {
  if (v === undefined || v === '-' || v === '-1') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
function statusOf(v: string | undefined): number | undefined {
  if (v === undefined || v.length !== 3) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

export function parseAlbAccess(message: string): ParsedLine {
  const nl = message.indexOf('\n');
  const line = nl === -1 ? message : message.slice(0, nl);
  const fields = splitFields(line, FIELDS);
  if (fields.length < 13 || !TYPES.has(fields[0]!)) return parseApplication(message);
  const status = statusOf(fields[8]);
  const request = fields[12]!;
  const space = request.indexOf(' ');
  const method = space > 0 ? request.slice(0, space) : undefined;
  const lastSpace = request.lastIndexOf(' ');
  const target = space > 0 ? request.slice(space + 1, lastSpace > space ? lastSpace : request.length) : undefined;
  const path = target && target !== '-' ? pathOnly(target) : undefined;
  const client = dash(fields[3]);
  const clientIp = client ? client.slice(0, client.lastIndexOf(':') > 0 ? client.lastIndexOf(':') : client.length) : undefined;

  const alb: NonNullable<ParsedLine['alb']> = { type: fields[0]!, elb: fields[2] ?? '' };
  const optional: Array<[keyof typeof alb, string | number | undefined]> = [
    ['target', dash(fields[4])],
    ['targetStatus', statusOf(fields[9])],
    ['requestProcessingTime', seconds(fields[5])],
    ['targetProcessingTime', seconds(fields[6])],
    ['responseProcessingTime', seconds(fields[7])],
    ['actionsExecuted', dash(fields[22])],
    ['errorReason', dash(fields[24])],
    ['classification', dash(fields[27])],
    ['classificationReason', dash(fields[28])],
  ];
  for (const [key, value] of optional) if (value !== undefined) (alb as Record<string, unknown>)[key] = value;

  const http: NonNullable<ParsedLine['http']> = {};
  if (method && method !== '-') http.method = method;
  if (path) http.path = path;
  if (clientIp) http.clientIp = clientIp;
  const parsed: ParsedLine = {
    level: status === undefined ? 'unknown' : levelOfStatus(status),
    message: `${http.method ?? '-'} ${http.path ?? '-'} -> ${status ?? fields[8]}`,
    http,
    alb,
  };
  if (status !== undefined) parsed.httpStatus = status;
  const stamp = readTimestamp(fields[1]!, 0);
  if (stamp) parsed.timestamp = stamp.ms;
  return parsed;
}

/** The level alone, for classifyLevel: the 9th field, no splitting of the rest. */
export function albLevel(message: string): LogLevel {
  const first = message.indexOf(' ');
  if (first === -1 || !TYPES.has(message.slice(0, first))) return textLevel(message);
  let i = first;
  for (let field = 1; field < 8; field += 1) {
    i = message.indexOf(' ', i + 1);
    if (i === -1) return 'unknown';
  }
  const status = statusOf(message.slice(i + 1, i + 4));
  return status === undefined || message.charCodeAt(i + 4) !== 32 ? 'unknown' : levelOfStatus(status);
}
