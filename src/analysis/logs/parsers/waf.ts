// AWS WAF (v2) web ACL logs in CloudWatch Logs (log groups aws-waf-logs-*): one JSON object per
// request. Fields from the AWS WAF Developer Guide, "Log fields" and "Log examples": timestamp
// (epoch ms), terminatingRuleId, terminatingRuleType (REGULAR, RATE_BASED, GROUP,
// MANAGED_RULE_GROUP), action (ALLOW, BLOCK, COUNT, CAPTCHA, CHALLENGE), ruleGroupList[] with the
// group's terminatingRule, httpRequest {clientIp, country, uri, args, httpMethod, headers[]...}.
// Unknown keys are ignored (AWS adds fields); a line that is not a WAF record is read as text.

import { parseApplication } from './application.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function parseWaf(message: string): ParsedLine {
  // Every WAF record has an action: without one, parsing the JSON here only to parse it again as an
  // application line doubles the cost of a large object (a 1 MB nested array took 240 ms).
  if (message.charCodeAt(0) !== 123 /* { */ || !message.includes('"action"')) return parseApplication(message);
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return parseApplication(message);
  }
  const o = asObject(value);
  const action = asString(o?.action);
  if (!o || !action) return parseApplication(message);

  const rule = asString(o.terminatingRuleId) ?? '-';
  const waf: NonNullable<ParsedLine['waf']> = { action, terminatingRuleId: rule };
  const ruleType = asString(o.terminatingRuleType);
  if (ruleType) waf.terminatingRuleType = ruleType;
  if (Array.isArray(o.ruleGroupList)) {
    for (const group of o.ruleGroupList) {
      const inner = asString(asObject(asObject(group)?.terminatingRule)?.ruleId);
      if (inner) {
        waf.ruleGroupRuleId = inner;
        break;
      }
    }
  }
  const request = asObject(o.httpRequest);
  const clientIp = asString(request?.clientIp);
  const country = asString(request?.country);
  const uri = asString(request?.uri);
  const method = asString(request?.httpMethod);
  if (clientIp) waf.clientIp = clientIp;
  if (country) waf.country = country;
  if (uri) waf.uri = uri;
  if (method) waf.method = method;

  let text = `${action} by ${rule}`;
  if (method) text += ` ${method}`;
  if (uri) text += ` ${uri}`;
  const parsed: ParsedLine = { level: action === 'BLOCK' ? 'warn' : 'info', message: text, waf };
  if (typeof o.timestamp === 'number' && Number.isFinite(o.timestamp)) parsed.timestamp = o.timestamp;
  return parsed;
}

// AWS writes the top-level "action" before any nested one (rule groups, non-terminating rules).
const ACTION = /"action":"([A-Z_]{1,20})"/;

/** The level alone, for classifyLevel: no JSON.parse for the usual record. */
export function wafLevel(message: string): LogLevel {
  const m = ACTION.exec(message.length > 4_096 ? message.slice(0, 4_096) : message);
  if (m) return m[1] === 'BLOCK' ? 'warn' : 'info';
  return parseWaf(message).level;
}
