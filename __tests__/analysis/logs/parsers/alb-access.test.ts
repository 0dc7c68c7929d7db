// ALB access log parser on the seven documented example entries (ELB User Guide, "Access logs for
// your Application Load Balancer"; fixture provenance in __tests__/fixtures/aws-logs/SOURCE.md).

import { classifyLevel, parseLine } from '../../../../src/analysis/logs/parsers/index.js';
import { fixtureLines } from './aws-fixtures.js';

const [http, https, h2, ws, wss, lambdaOk, lambdaFailed] = fixtureLines('alb_access.txt');

describe('ALB access log parser', () => {
  it('reads the documented HTTP entry field by field', () => {
    expect(parseLine('alb-access', http!)).toEqual({
      level: 'info',
      message: 'GET / -> 200',
      timestamp: Date.parse('2018-07-02T22:23:00.186Z'),
      httpStatus: 200,
      http: { method: 'GET', path: '/', clientIp: '192.168.131.39' },
      alb: {
        type: 'http',
        elb: 'app/my-loadbalancer/50dc6c495c0c9188',
        target: '10.0.0.1:80',
        targetStatus: 200,
        requestProcessingTime: 0,
        targetProcessingTime: 0.001,
        responseProcessingTime: 0,
        actionsExecuted: 'forward',
      },
    });
  });

  it('reads HTTPS, HTTP/2 and WebSocket entries', () => {
    const secure = parseLine('alb-access', https!);
    expect(secure.alb).toMatchObject({
      type: 'https',
      requestProcessingTime: 0.086,
      targetProcessingTime: 0.048,
      responseProcessingTime: 0.037,
      actionsExecuted: 'authenticate,forward',
    });
    // The request URL carries scheme, host and port: the path alone is kept.
    const two = parseLine('alb-access', h2!);
    expect(two).toMatchObject({
      message: 'GET / -> 200',
      http: { method: 'GET', path: '/', clientIp: '10.0.1.252' },
      alb: { type: 'h2', target: '10.0.0.66:9000', actionsExecuted: 'redirect' },
    });
    for (const line of [ws!, wss!]) {
      expect(parseLine('alb-access', line)).toMatchObject({ level: 'info', httpStatus: 101, message: 'GET / -> 101' });
    }
    expect(parseLine('alb-access', wss!).alb?.type).toBe('wss');
  });

  it('the Lambda entries have no target; the failed one is a 502 with its error reason', () => {
    const ok = parseLine('alb-access', lambdaOk!);
    expect(ok.alb?.target).toBeUndefined();
    expect(ok.httpStatus).toBe(200);
    const failed = parseLine('alb-access', lambdaFailed!);
    expect(failed).toMatchObject({ level: 'error', message: 'GET / -> 502', httpStatus: 502, http: { method: 'GET', path: '/' } });
    expect(failed.alb).toMatchObject({ errorReason: 'LambdaInvalidResponse', actionsExecuted: 'forward' });
    expect(failed.alb?.targetStatus).toBeUndefined();
    expect(failed.alb?.target).toBeUndefined();
  });

  // Variations the doc describes but has no example for, made from the documented entries.
  it('drops the query string, warns on 4xx and ignores fields added after the 29th', () => {
    const blocked = http!
      .replace(' 200 200 ', ' 403 - ')
      .replace('"GET http://www.example.com:80/ HTTP/1.1"', '"POST http://www.example.com:80/login?user=jane&token=secret HTTP/1.1"')
      .replace('"forward"', '"waf"');
    const parsed = parseLine('alb-access', `${blocked} "TID_1234abcd" "some-future-field"`);
    expect(parsed).toMatchObject({ level: 'warn', message: 'POST /login -> 403', httpStatus: 403, http: { method: 'POST', path: '/login' } });
    expect(parsed.alb?.actionsExecuted).toBe('waf');
    expect(JSON.stringify(parsed)).not.toContain('secret');
  });

  it('leaves out -1 timings and a malformed request line', () => {
    const line = lambdaFailed!.replace('0.000 0.001 0.000 502', '-1 -1 -1 502').replace('"GET http://www.example.com:80/ HTTP/1.1"', '"- http://www.example.com:80- "');
    const parsed = parseLine('alb-access', line);
    expect(parsed.alb?.requestProcessingTime).toBeUndefined();
    expect(parsed.alb?.targetProcessingTime).toBeUndefined();
    expect(parsed.http?.method).toBeUndefined();
    expect(parsed.httpStatus).toBe(502);
  });

  it('classifyLevel gives the level parseLine gives', () => {
    for (const line of fixtureLines('alb_access.txt')) expect(classifyLevel(line, 'alb-access')).toBe(parseLine('alb-access', line).level);
  });

  it('a line that is not an ALB entry is read as an application line', () => {
    expect(parseLine('alb-access', 'ERROR could not forward logs')).toMatchObject({ level: 'error', message: 'could not forward logs' });
    expect(parseLine('alb-access', 'http too short')).toMatchObject({ level: 'unknown', message: 'http too short' });
  });
});
