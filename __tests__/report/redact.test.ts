import { redact } from '../../src/report/redact.js';

describe('redaction', () => {
  it.each([
    ['AWS access key ids', 'key AKIAIOSFODNN7EXAMPLE was used', 'AKIAIOSFODNN7EXAMPLE'],
    ['temporary key ids', 'ASIAY34FZKBOKMUTVV7A expired', 'ASIAY34FZKBOKMUTVV7A'],
    ['secret keys in key=value form', 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['passwords in connection strings', 'postgres://app:hunter2@db.internal:5432/orders', 'hunter2'],
    ['password fields', 'password: "s3cr3t!"', 's3cr3t!'],
    ['bearer tokens', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', 'eyJhbGciOiJIUzI1NiJ9'],
  ])('removes %s', (_, text, secret) => {
    const result = redact(text);
    expect(result).not.toContain(secret);
    expect(result).toContain('[REDACTED');
  });

  it('leaves ordinary text alone', () => {
    const text = 'service checkout: 0 of 4 tasks running since 2026-11-25T09:00:00Z (arn:aws:ecs:us-east-2:123456789012:service/x)';
    expect(redact(text)).toBe(text);
  });
});
