// Removes credentials and secrets from any text that may reach a report, log or error message.

const RULES: Array<[RegExp, string]> = [
  // AWS access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes).
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g, '[REDACTED-AWS-KEY-ID]'],
  // key = value / key: value pairs whose key names a secret, snake_case or camelCase (SecretAccessKey, sessionToken).
  [/\b((?:aws_?)?(?:secret(?:_?access)?_?key|session_?token|password|passwd|pwd|token|api[_-]?key|secret))(["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi, '$1$2[REDACTED]'],
  // user:password@ in connection strings. The scheme's length is bounded so a long run of letters and
  // dots is not rescanned from every position (quadratic: 80 s on a 1 MB line).
  [/(\b[a-z][a-z0-9+.-]{0,31}:\/\/[^:/\s@]+:)[^@\s/]+@/gi, '$1[REDACTED]@'],
  // Bearer tokens.
  [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1[REDACTED]'],
  // JSON Web Tokens anywhere (header.payload.signature, base64url).
  [/\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*/g, '[REDACTED-JWT]'],
  // E-mail addresses: personal data, never needed to understand a problem. Bounded runs keep it linear.
  [/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g, '[REDACTED-EMAIL]'],
];

export function redact(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}
