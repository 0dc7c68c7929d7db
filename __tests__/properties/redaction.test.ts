// Property: whatever text surrounds them, credentials and personal data embedded in text are gone
// after redact; redact is idempotent; text without secrets comes back unchanged.

import fc from 'fast-check';
import { redact } from '../../src/report/redact.js';

const RUNS = { seed: 20261125, numRuns: 400 };

// Filler that cannot hold a secret: no upper case (AKIA, Bearer, eyJ), no ':', '=' or '@'.
const filler = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 .,;!?()_/-\n\t'.split(''), 'é', '日本', 'ß', 'token', 'secret', 'password', 'key', 'bearer'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const alnumUpper = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('')), minLength: 16, maxLength: 16 });
const base64 = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('')), minLength: min, maxLength: max });
const base64url = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split('')), minLength: min, maxLength: max });
// Marked with an upper-case letter and a digit so the filler can never contain one by chance.
const password = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%^*()_+-.~'.split('')), minLength: 6, maxLength: 24 }).map((p) => `Q${p}7`);
const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), minLength: 1, maxLength: 10 });

interface Embedded {
  /** What goes into the text. */
  text: string;
  /** What must not survive redaction. */
  secrets: string[];
}

const accessKeyId = fc.tuple(fc.constantFrom('AKIA', 'ASIA'), alnumUpper).map(([p, rest]): Embedded => ({ text: p + rest, secrets: [p + rest] }));
const secretKey = fc
  .tuple(
    fc.constantFrom('aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'secret_access_key', 'SecretAccessKey', 'secretAccessKey', '"SecretAccessKey"', '"aws_secret_access_key"', 'aws_session_token', 'AWS_SESSION_TOKEN', 'SessionToken', 'sessionToken'),
    fc.constantFrom('=', ' = ', ': ', ':', '="', ": '", ': "'),
    base64(40, 40),
  )
  .map(([key, sep, secret]): Embedded => ({ text: `${key}${sep}${secret}${sep.includes('"') ? '"' : sep.includes("'") ? "'" : ''}`, secrets: [secret] }));
const keyValuePassword = fc
  .tuple(fc.constantFrom('password', 'PASSWORD', 'passwd', 'pwd', 'api_key', 'apikey', 'api-key', 'token', 'secret'), fc.constantFrom('=', ' = ', ': ', '="'), password)
  .map(([key, sep, secret]): Embedded => ({ text: `${key}${sep}${secret}${sep.includes('"') ? '"' : ''}`, secrets: [secret] }));
const connectionString = fc
  .tuple(fc.constantFrom('postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'https'), word, password.filter((p) => !/[/@]/.test(p)), word, fc.constantFrom('', ':5432', '/orders', ':3306/db?ssl=true'))
  .map(([scheme, user, pass, host, tail]): Embedded => ({ text: `${scheme}://${user}:${pass}@${host}.internal${tail}`, secrets: [`:${pass}@`] }));
const jwt = fc.tuple(base64url(10, 40), base64url(10, 80), base64url(0, 43)).map(([h, p, s]): Embedded => {
  const token = `eyJ${h}.${p}.${s}`;
  return { text: token, secrets: [token] };
});
const bearer = fc.tuple(fc.constantFrom('Bearer ', 'Bearer  ', 'Authorization: Bearer '), fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+/-'.split('')), minLength: 8, maxLength: 60 }).map((t) => `T9${t}`)).map(([prefix, token]): Embedded => ({ text: prefix + token, secrets: [token] }));
const email = fc.tuple(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'.split('')), minLength: 1, maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'io', 'co.uk', 'museum'))
  .map(([local, labels, tld]): Embedded => {
    const address = `${local}@${labels.join('.')}.${tld}`;
    return { text: address, secrets: [address] };
  });

const secret = fc.oneof(accessKeyId, secretKey, keyValuePassword, connectionString, jwt, bearer, email);
// Secrets sit between delimiters, as they do in log lines, URLs, JSON and env dumps.
const delimiter = fc.constantFrom(' ', '\n', '\t', ', ', '; ', ' (', ') ', '"', "'", '[', '] ', ' {', '} ', '\r\n');
const textWithSecrets = fc.array(fc.tuple(filler, delimiter, secret, delimiter), { minLength: 1, maxLength: 5 }).chain((parts) =>
  filler.map((tail) => ({ text: parts.map(([f, d1, s, d2]) => f + d1 + s.text + d2).join('') + tail, secrets: parts.flatMap(([, , s]) => s.secrets) })),
);

describe('redaction (property)', () => {
  it('no embedded secret survives', () => {
    fc.assert(
      fc.property(textWithSecrets, ({ text, secrets }) => {
        const out = redact(text);
        for (const s of secrets) if (out.includes(s)) throw new Error(`${JSON.stringify(s)} survived in ${JSON.stringify(out)}`);
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(textWithSecrets.map((t) => t.text), fc.string({ unit: 'binary', maxLength: 200 }), filler), (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('leaves text without secrets unchanged', () => {
    fc.assert(
      fc.property(filler, (text) => {
        expect(redact(text)).toBe(text);
      }),
      RUNS,
    );
  });

  it('is linear: a 1 MB line of near-misses is redacted in well under a second', () => {
    for (const unit of ['a', 'a@', 'AKIA', 'password=', 'eyJaaaaaaa.', 'x://u:', 'Bearer ', '1.']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      redact(text);
      expect([unit, performance.now() - started < 1_000]).toEqual([unit, true]);
    }
  });
});
