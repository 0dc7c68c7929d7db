// AWS WAF log parser on the six documented example records (AWS WAF Developer Guide, "Log
// examples"; fixture provenance in __tests__/fixtures/aws-logs/SOURCE.md).

import { classifyLevel, parseLine } from '../../../../src/analysis/logs/parsers/index.js';
import { fixtureLines } from './aws-fixtures.js';

const records = fixtureLines('waf.txt');
const [sqliBlock, allowWithCount, groupBlock, albBlock, captchaAllow, captchaChallenge] = records;

describe('AWS WAF log parser', () => {
  it('reads the documented SQL injection block', () => {
    expect(parseLine('waf', sqliBlock!)).toEqual({
      level: 'warn',
      message: 'BLOCK by STMTest_SQLi_XSS GET /myUri',
      timestamp: 1576280412771,
      waf: { action: 'BLOCK', terminatingRuleId: 'STMTest_SQLi_XSS', terminatingRuleType: 'REGULAR', clientIp: '1.1.1.1', country: 'AU', uri: '/myUri', method: 'GET' },
    });
  });

  it('an ALLOW by the default action is info, whatever non-terminating rules counted', () => {
    // This example also has a header object with "myValue" instead of "value": tolerated.
    expect(parseLine('waf', allowWithCount!)).toMatchObject({
      level: 'info',
      message: 'ALLOW by Default_Action GET /myUri',
      waf: { action: 'ALLOW', terminatingRuleId: 'Default_Action', clientIp: '3.3.3.3', country: 'US' },
    });
  });

  it('a block by a rule group names the group and the rule inside it', () => {
    expect(parseLine('waf', groupBlock!).waf).toEqual({
      action: 'BLOCK',
      terminatingRuleId: 'RG-Reference',
      terminatingRuleType: 'GROUP',
      ruleGroupRuleId: 'RuleA-XSS',
      clientIp: '3.3.3.3',
      country: 'US',
      uri: '/myUri',
      method: 'GET',
    });
  });

  it('an empty uri is left out of the message and the fields', () => {
    const parsed = parseLine('waf', albBlock!);
    expect(parsed.message).toBe('BLOCK by STMTest_SQLi_XSS POST');
    expect(parsed.waf?.uri).toBeUndefined();
  });

  it('CAPTCHA records: an ALLOW with a CAPTCHA rule counting, and a CAPTCHA action', () => {
    expect(parseLine('waf', captchaAllow!)).toMatchObject({ level: 'info', waf: { action: 'ALLOW', uri: '/pen-test/pets', clientIp: '72.21.198.65' } });
    expect(parseLine('waf', captchaChallenge!)).toMatchObject({
      level: 'info',
      message: 'CAPTCHA by captcha-rule GET /pen-test/pets',
      waf: { action: 'CAPTCHA', terminatingRuleId: 'captcha-rule' },
    });
    // responseCodeSent is what WAF answered, not the origin's status: no httpStatus for WAF records.
    expect(parseLine('waf', captchaChallenge!).httpStatus).toBeUndefined();
  });

  it('unknown keys are ignored', () => {
    const record = JSON.parse(sqliBlock!) as Record<string, unknown>;
    const parsed = parseLine('waf', JSON.stringify({ ...record, someFieldAddedIn2030: { nested: [1, 2] }, oversizeFields: ['REQUEST_BODY'] }));
    expect(parsed.waf).toEqual(parseLine('waf', sqliBlock!).waf);
  });

  it('classifyLevel gives the level parseLine gives, without parsing the JSON', () => {
    for (const line of records) expect(classifyLevel(line, 'waf')).toBe(parseLine('waf', line).level);
    expect(records.map((r) => classifyLevel(r, 'waf'))).toEqual(['warn', 'info', 'warn', 'warn', 'info', 'info']);
  });

  it('a record that is not WAF JSON is read as an application line', () => {
    expect(parseLine('waf', '{"level":"error","msg":"firehose delivery failed"}')).toMatchObject({ level: 'error', message: 'firehose delivery failed' });
    expect(parseLine('waf', '{"action":')).toMatchObject({ level: 'unknown', message: '{"action":' });
  });

  // Found by __tests__/properties/log-lines.test.ts: a 1 MB JSON line that is not a WAF record was
  // parsed twice (as WAF, then as an application line), 240 ms.
  it('a JSON line without an action is read as an application line without parsing it twice', () => {
    const nested = `{"a":${'['.repeat(1 << 19)}${']'.repeat(1 << 19)}}`;
    expect(parseLine('waf', nested)).toEqual(parseLine('application', nested));
    expect(parseLine('waf', '{"level":"error","msg":"x"}').level).toBe('error');
    let best = Infinity;
    for (let r = 0; r < 3; r += 1) {
      const started = performance.now();
      parseLine('waf', nested);
      best = Math.min(best, performance.now() - started);
    }
    const application = (() => {
      const started = performance.now();
      parseLine('application', nested);
      return performance.now() - started;
    })();
    expect(best).toBeLessThan(Math.max(200, application * 1.5));
  });
});
