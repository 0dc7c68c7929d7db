import { createRedactor } from '../../src/report/redaction/engine.js';
import type { RedactionRule } from '../../src/report/redaction/rules.js';
import { MARKER_PATTERN, redact, REDACTION_RULES } from '../../src/report/redact.js';
import { loadLookalikes, loadShapes, secretPieces } from '../fixtures/secrets/corpus.js';

// The ways a log line carries text: the same secret must go whichever one it arrives in.
const LAYOUTS: Record<string, (text: string) => string> = {
  'alone on a line': (s) => s,
  'a Spring Boot line': (s) => `2026-11-25 10:00:00.123 ERROR 1 --- [nio-8080-exec-1] c.s.payments.PaymentClient : call failed: ${s}`,
  'a Python logging line, in parentheses': (s) => `ERROR:payments.client:call failed (${s})`,
  'a syslog line': (s) => `Nov 25 10:00:00 ip-10-0-1-12 app[4242]: ${s}`,
  'a Lambda line, tab-separated': (s) => `2026-11-25T10:00:00.000Z\t6b9e1a7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f\tERROR\t${s}`,
  'a logfmt line': (s) => `ts=2026-11-25T10:00:00Z level=error detail=${s} retry=3`,
  'a JSON log string': (s) => JSON.stringify({ level: 'error', msg: s, retry: 3 }),
  'JSON inside a JSON string (Docker json-file)': (s) => JSON.stringify({ log: `${JSON.stringify({ msg: s })}\n`, stream: 'stderr' }),
};
const shapes = loadShapes();
const lookalikes = loadLookalikes();

describe('redaction catalogue', () => {
  it.each(REDACTION_RULES.map((rule) => [rule.id, rule] as const))('%s redacts its own example as documented', (_, rule) => {
    expect(redact(rule.example.text)).toBe(rule.example.redacted);
  });

  it('says of every rule what it matches, why, and where the shape is documented', () => {
    const incomplete = REDACTION_RULES.filter((rule) => !rule.matches || !rule.why || !rule.source).map((rule) => rule.id);
    expect(incomplete).toEqual([]);
  });

  it('replaces what it finds with a marker naming the rule, keeping the key of a key=value pair', () => {
    expect(redact('DB_PASSWORD=hunter2 host=db')).toBe('DB_PASSWORD=[redacted:password] host=db');
    expect(redact('push with ghp_0123456789abcdefghijABCDEFGHIJ012345 failed')).toBe('push with [redacted:github-token] failed');
  });

  it('leaves a value that says no secret is there (null, a mask, a variable reference)', () => {
    const text = 'password: null NextToken: null token=*** secret=${APP_SECRET} password=<hidden>';
    expect(redact(text)).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    const text = 'service checkout: 0 of 4 tasks running since 2026-11-25T09:00:00Z (arn:aws:ecs:us-east-2:123456789012:service/x)';
    expect(redact(text)).toBe(text);
  });
});

describe('redaction engine', () => {
  const rule = (id: string, keywords: string[], pattern: RegExp): RedactionRule => ({
    id,
    matches: id,
    why: id,
    source: id,
    keywords,
    pattern,
    example: { text: '', redacted: '' },
  });

  it('runs every rule whose keyword occurs, even where keywords overlap', () => {
    const redactor = createRedactor([rule('first', ['abc'], /abc/dg), rule('second', ['cde'], /cde\d/dg), rule('third', ['b'], /b\d/dg)]);
    expect(redactor('xabcde1')).toBe('x[redacted:first]de1');
    expect(redactor('xabde1 cde2 b3')).toBe('xabde1 [redacted:second] [redacted:third]');
  });

  it('replaces only the secret group when the pattern has one', () => {
    const redactor = createRedactor([rule('pin', ['pin='], /pin=(?<secret>\d+)/dg)]);
    expect(redactor('pin=1234 ok')).toBe('pin=[redacted:pin] ok');
  });

  it('never starts a match inside a marker, so a marker is not read as a key', () => {
    const redactor = createRedactor([rule('secret-key', ['key'], /key\W+(?<secret>\w+)/dg)]);
    expect(redactor('[redacted:secret-key] and key=abc')).toBe('[redacted:secret-key] and key=[redacted:secret-key]');
    expect(redact('[redacted:aws-secret-key]  postgres://x:[redacted:url-password]@db')).toBe('[redacted:aws-secret-key]  postgres://x:[redacted:url-password]@db');
  });

  it.each([
    ['a pattern without the d flag', [rule('x', ['x'], /x/g)], 'pattern needs the g and d flags'],
    ['an id that is not kebab-case', [rule('X_y', ['x'], /x/dg)], 'id must be kebab-case'],
    ['a rule without keywords', [rule('x', [], /x/dg)], 'needs at least one non-empty keyword'],
    ['two rules with one id', [rule('x', ['x'], /x/dg), rule('x', ['y'], /y/dg)], 'duplicate id'],
  ])('refuses %s', (_, rules, message) => {
    expect(() => createRedactor(rules)).toThrow(message);
  });
});

describe('the secrets issue 16 found leaking', () => {
  it.each([
    ['DB_PASSWORD=', 'DB_PASSWORD=s3cr3t-pw', 'DB_PASSWORD=[redacted:password]'],
    ['PGPASSWORD=', 'PGPASSWORD=s3cr3t-pw psql', 'PGPASSWORD=[redacted:password] psql'],
    ['client_secret=', 'client_secret=abc123def456', 'client_secret=[redacted:secret]'],
    ['access_token=', '?access_token=abc123def456&x=1', '?access_token=[redacted:token]&x=1'],
    ['multi-word passwords', 'password: "correct horse battery staple"', 'password: "[redacted:password]"'],
    ['JSON-escaped passwords', String.raw`{\"password\":\"correct horse\"}`, String.raw`{\"password\":\"[redacted:password]\"}`],
    ['Authorization: Basic', 'Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l', 'Authorization: Basic [redacted:authorization]'],
    ['redis://:pass@host', 'redis://:opensesame@cache:6379', 'redis://:[redacted:url-password]@cache:6379'],
    ['a / in a URL password', 'postgres://app:pa/ss@db:5432/orders', 'postgres://app:[redacted:url-password]@db:5432/orders'],
    [
      'the gate text: a Bearer token and secret: opensesame',
      'call with Bearer abc.def-123 and secret: opensesame',
      'call with Bearer [redacted:bearer-token] and secret: [redacted:secret]',
    ],
  ])('%s', (_, text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    ['ghp_', `gh${'p_'}0123456789abcdefghijABCDEFGHIJ012345`, 'github-token'],
    ['github_pat_', `github${'_pat_'}11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456`, 'github-pat'],
    ['xoxb-', `xo${'xb-'}123456789012-1234567890123-abcdefghijABCDEFGHIJabcd`, 'slack-token'],
    ['sk_live_', `sk${'_live_'}abcdefghijABCDEFGHIJ0123`, 'stripe-secret-key'],
    ['AIza', `AI${'za'}SyA0123456789abcdefghijABCDEFGHIJ_-`, 'google-api-key'],
    ['npm_', `np${'m_'}abcdefghijABCDEFGHIJ0123456789abcdef`, 'npm-token'],
  ])('%s', (_, secret, rule) => {
    expect(redact(`configured ${secret} ok`)).toBe(`configured [redacted:${rule}] ok`);
  });

  it('Slack webhook URLs', () => {
    expect(redact(`POST https://hooks.slack.com/${'services/'}T00000000/B00000000/abcdefghijABCDEFGHIJabcd 200`)).toBe(
      'POST https://hooks.slack.com/services/[redacted:slack-webhook] 200',
    );
  });

  it('a PEM private key goes whole, and its header alone never reaches a title', () => {
    const block = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA0123456789abcdefghij', 'ABCDEFGHIJ0123456789abcdefghij==', '-----END RSA PRIVATE KEY-----'].join('\n');
    expect(redact(`loaded\n${block}\ndone`)).toBe('loaded\n[redacted:private-key]\ndone');
    expect(redact('new exception "-----BEGIN OPENSSH PRIVATE KEY-----"')).toBe('new exception "[redacted:private-key]"');
  });
});

describe('secret corpus (__tests__/fixtures/secrets/shapes.jsonl)', () => {
  it('holds at least 100 secret shapes, and every rule is exercised', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(100);
    const covered = new Set(shapes.map((shape) => shape.rule));
    expect(REDACTION_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('each shape is redacted by the rule that knows it, named in the marker', () => {
    const wrong = shapes.filter((shape) => !redact(shape.text).includes(`[redacted:${shape.rule}]`)).map((shape) => `${shape.rule}: ${shape.template}`);
    expect(wrong).toEqual([]);
  });

  it.each(Object.keys(LAYOUTS))('no piece of any secret survives in %s', (layout) => {
    const leaks = shapes.flatMap((shape) => {
      const out = redact(LAYOUTS[layout]!(shape.text));
      return shape.pieces.filter((piece) => out.includes(piece)).map((piece) => `${shape.rule} (${shape.template}): ${piece}`);
    });
    expect(leaks).toEqual([]);
  });

  it('splits a secret into the pieces that must not survive', () => {
    expect(secretPieces('correct horse battery staple')).toEqual(['correct', 'horse', 'battery', 'staple']);
    expect(secretPieces('-----BEGIN KEY-----\\nMIIEow==\\n')).toEqual(['-----BEGIN', 'KEY-----', 'MIIEow']);
  });
});

describe('look-alike corpus (__tests__/fixtures/secrets/lookalikes.txt)', () => {
  it('holds hashes, UUIDs, request and trace ids, ARNs, versions, routes and durations', () => {
    expect(lookalikes.length).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.keys(LAYOUTS))('every look-alike survives unchanged in %s', (layout) => {
    const changed = lookalikes.map((line) => LAYOUTS[layout]!(line)).filter((text) => redact(text) !== text);
    expect(changed.map((text) => redact(text))).toEqual([]);
  });
});

describe('markers', () => {
  it('are never redacted again, so redacting twice changes nothing', () => {
    const once = shapes.map((shape) => redact(LAYOUTS['a logfmt line']!(shape.text)));
    expect(once.map(redact)).toEqual(once);
  });

  it('are all a text grows by', () => {
    const grown = shapes.filter((shape) => redact(shape.text).replace(MARKER_PATTERN, '').length > shape.text.length);
    expect(grown).toEqual([]);
  });
});

describe('speed', () => {
  // Found by __tests__/properties/redaction.test.ts: the connection-string rule rescanned a run of
  // letters and dots from every position, 80 s on this 1 MB line.
  it('redacts a 1 MB line of letters and dots in linear time', () => {
    const text = 'eyJaaaaaaa.'.repeat(100_000);
    const started = performance.now();
    redact(text);
    // Tens of milliseconds alone; the quadratic scan took 80 s, so 5 s tells them apart on a loaded runner.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
