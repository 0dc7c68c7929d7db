// Application log parser. No AWS page prints application logs, so the examples are written here,
// one per library layout, the way each library's defaults print them.

import { classifyLevel, parseLine } from '../../../../src/analysis/logs/parsers/index.js';

const app = (line: string) => parseLine('application', line);
const T = Date.parse('2024-03-01T10:15:02.123Z');

describe('application log parser: JSON', () => {
  it('pino: numeric level, time, name, and the err object with its stack after the message', () => {
    const line = JSON.stringify({
      level: 50,
      time: T,
      pid: 1,
      hostname: 'ip-10-0-1-23',
      name: 'checkout',
      msg: 'charge failed',
      err: {
        type: 'Error',
        message: 'card declined',
        stack: 'Error: card declined\n    at charge (/app/src/pay.js:42:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      },
    });
    expect(app(line)).toEqual({
      level: 'error',
      message: 'charge failed\nError: card declined\n    at charge (/app/src/pay.js:42:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      timestamp: T,
      origin: 'checkout',
    });
  });

  it.each([
    [10, 'debug'],
    [20, 'debug'],
    [30, 'info'],
    [40, 'warn'],
    [50, 'error'],
    [60, 'fatal'],
  ])('pino/bunyan level %i is %s', (level, expected) => {
    expect(app(`{"level":${level},"time":${T},"msg":"x"}`).level).toBe(expected);
  });

  it('level keys in any case and spelling: level, severity, levelname, lvl, log.level, @l', () => {
    expect(app('{"Level":"Error","Message":"Boom"}')).toMatchObject({ level: 'error', message: 'Boom' });
    expect(app('{"severity":"CRITICAL","message":"disk full"}').level).toBe('fatal');
    expect(app('{"levelname":"WARNING","message":"slow"}').level).toBe('warn');
    expect(app('{"lvl":"dbug","msg":"x"}').level).toBe('debug');
    expect(app('{"@timestamp":"2024-03-01T10:15:02.123Z","log.level":"info","message":"started"}')).toMatchObject({ level: 'info', timestamp: T });
    expect(app('{"levelno":40,"msg":"python levelno"}').level).toBe('error');
    expect(app('{"severityText":"WARN","body":"otel body"}')).toMatchObject({ level: 'warn', message: 'otel body' });
  });

  it('winston: a top-level stack', () => {
    const line = JSON.stringify({
      level: 'error',
      message: 'Unhandled rejection',
      stack: "TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/routes/orders.js:17:24)",
      service: 'orders',
      timestamp: '2024-03-01T10:15:02.123Z',
    });
    expect(app(line)).toEqual({
      level: 'error',
      message: "Unhandled rejection\nTypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/routes/orders.js:17:24)",
      timestamp: T,
    });
  });

  it('logback (logstash encoder): logger_name and stack_trace', () => {
    const line = JSON.stringify({
      '@timestamp': '2024-03-01T10:15:02.123+00:00',
      '@version': '1',
      message: 'Payment failed for order 81231',
      logger_name: 'com.shop.payments.PaymentService',
      thread_name: 'http-nio-8080-exec-1',
      level: 'ERROR',
      level_value: 40000,
      stack_trace: 'java.lang.IllegalStateException: gateway closed\n\tat com.shop.payments.PaymentService.pay(PaymentService.java:42)\n',
    });
    expect(app(line)).toEqual({
      level: 'error',
      message: 'Payment failed for order 81231\njava.lang.IllegalStateException: gateway closed\n\tat com.shop.payments.PaymentService.pay(PaymentService.java:42)',
      timestamp: T,
      origin: 'com.shop.payments.PaymentService',
    });
  });

  it('python-json-logger: asctime, name and exc_info', () => {
    const line = JSON.stringify({
      asctime: '2024-03-01 10:15:02,123',
      name: 'orders.consumer',
      levelname: 'ERROR',
      message: 'Failed to handle message',
      exc_info: 'Traceback (most recent call last):\n  File "/app/orders/consumer.py", line 57, in handle\n    customer = event["customer_id"]\nKeyError: \'customer_id\'',
    });
    const parsed = app(line);
    expect(parsed).toMatchObject({ level: 'error', timestamp: T, origin: 'orders.consumer' });
    expect(parsed.message.split('\n')).toEqual([
      'Failed to handle message',
      'Traceback (most recent call last):',
      '  File "/app/orders/consumer.py", line 57, in handle',
      '    customer = event["customer_id"]',
      "KeyError: 'customer_id'",
    ]);
  });

  it('zap: fractional epoch seconds, the error string on the message line and the stacktrace after', () => {
    const line = JSON.stringify({
      level: 'error',
      ts: 1709288102.123,
      caller: 'api/handler.go:88',
      msg: 'request failed',
      error: 'context deadline exceeded',
      stacktrace: 'main.handle\n\t/app/api/handler.go:88',
    });
    expect(app(line)).toEqual({ level: 'error', message: 'request failed: context deadline exceeded\nmain.handle\n\t/app/api/handler.go:88', timestamp: T });
  });

  it('structlog event, Serilog compact (@t/@m/@l/@x), ECS error.* fields', () => {
    expect(app('{"event": "order created", "level": "info", "timestamp": "2024-03-01T10:15:02.123456Z", "order_id": 42}')).toEqual({
      level: 'info',
      message: 'order created',
      timestamp: T,
    });
    const serilog = JSON.stringify({
      '@t': '2024-03-01T10:15:02.1234567Z',
      '@mt': 'Order {OrderId} failed',
      '@m': 'Order 42 failed',
      '@l': 'Error',
      '@x': 'System.InvalidOperationException: Sequence contains no elements\n   at Shop.Orders.Handle() in /src/Orders.cs:line 42',
      OrderId: 42,
    });
    expect(app(serilog)).toEqual({
      level: 'error',
      message: 'Order 42 failed\nSystem.InvalidOperationException: Sequence contains no elements\n   at Shop.Orders.Handle() in /src/Orders.cs:line 42',
      timestamp: T,
    });
    expect(app('{"log.level":"error","message":"write failed","error.type":"java.io.IOException","error.message":"Broken pipe"}').message).toBe(
      'write failed: java.io.IOException: Broken pipe',
    );
  });

  it('no level field: an error object makes it an error; "stack": "prod" does not', () => {
    expect(app('{"msg":"boom","err":{"type":"TypeError","message":"x is not a function"}}')).toMatchObject({ level: 'error', message: 'boom: TypeError: x is not a function' });
    expect(app('{"msg":"deployed","stack":"prod"}')).toEqual({ level: 'unknown', message: 'deployed' });
  });

  it('JSON access records: status, method, path without its query, client ip; level from status when none is given', () => {
    expect(app('{"level":"info","method":"POST","path":"/api/pay?card=4111111111111111","status":503,"duration_ms":12}')).toEqual({
      level: 'info',
      message: 'POST /api/pay -> 503',
      httpStatus: 503,
      http: { method: 'POST', path: '/api/pay' },
    });
    expect(app('{"status":404,"method":"GET","uri":"/missing","remote_addr":"10.0.0.9"}')).toEqual({
      level: 'warn',
      message: 'GET /missing -> 404',
      httpStatus: 404,
      http: { method: 'GET', path: '/missing', clientIp: '10.0.0.9' },
    });
    expect(app('{"statusCode":"502"}')).toMatchObject({ level: 'error', httpStatus: 502 });
    expect(app('{"status_code":500,"message":"upstream timeout"}')).toMatchObject({ level: 'error', httpStatus: 500, message: 'upstream timeout' });
    expect(app('{"status":200,"latency_ms":503}').httpStatus).toBe(200);
    expect(app('{"status":"ok","msg":"healthy"}').httpStatus).toBeUndefined();
  });

  it('pino-http: req/res objects', () => {
    const line = JSON.stringify({
      level: 30,
      time: T,
      req: { id: 1, method: 'GET', url: '/orders/42?expand=items', remoteAddress: '10.0.0.9' },
      res: { statusCode: 500 },
      responseTime: 12,
      msg: 'request completed',
    });
    expect(app(line)).toEqual({ level: 'info', message: 'request completed', timestamp: T, httpStatus: 500, http: { method: 'GET', path: '/orders/42', clientIp: '10.0.0.9' } });
  });

  it('FireLens and Docker records without a level field: the text layout inside "log" is read', () => {
    const firelens = JSON.stringify({
      container_id: 'abc',
      container_name: 'checkout',
      source: 'stderr',
      log: '2024-03-01 10:15:02,123 ERROR [main] c.s.App - boom',
      ecs_cluster: 'prod',
    });
    expect(app(firelens)).toEqual({ level: 'error', message: 'boom', origin: 'c.s.App', timestamp: T });
    expect(app('{"log":"panic: runtime error: index out of range [3] with length 3\\n","stream":"stderr","time":"2024-03-01T10:15:02.123456789Z"}')).toEqual({
      level: 'fatal',
      message: 'panic: runtime error: index out of range [3] with length 3',
      timestamp: T,
    });
  });
});

describe('application log parser: text layouts', () => {
  it.each([
    // Spring Boot 2 (thread padded to 15), Spring Boot 3 (application name), Spring Boot 3.2 with a correlation id.
    [
      '2024-03-01 10:15:02.123 ERROR 7 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      'error',
      'Application run failed',
      'o.s.boot.SpringApplication',
    ],
    [
      '2024-03-01T10:15:02.123Z  WARN 1 --- [checkout] [nio-8080-exec-4] c.s.checkout.PricingService              : Price cache miss for sku 123',
      'warn',
      'Price cache miss for sku 123',
      'c.s.checkout.PricingService',
    ],
    [
      '2024-03-01T10:15:02.123Z ERROR 1 --- [checkout] [nio-8080-exec-4] [65f1c0a1b2c3d4e5f60718293a4b5c6d-1a2b3c4d5e6f7081] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception',
      'error',
      'Servlet.service() threw exception',
      'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
    ],
    // log4j / logback patterns.
    ['2024-03-01 10:15:02,123 ERROR [http-nio-8080-exec-1] com.shop.OrderService - Order 42 could not be saved', 'error', 'Order 42 could not be saved', 'com.shop.OrderService'],
    ['10:15:02.123 [main] WARN  com.shop.Config - Property x is deprecated', 'warn', 'Property x is deprecated', 'com.shop.Config'],
    // Python logging: basicConfig default, the "- name - LEVEL -" cookbook format, and "LEVEL [name]".
    ['ERROR:root:Database unreachable', 'error', 'Database unreachable', 'root'],
    ['2024-03-01 10:15:02,123 - orders.db - WARNING - Retrying in 5 s', 'warn', 'Retrying in 5 s', 'orders.db'],
    ['2024-03-01 10:15:02,123 ERROR [order_events.consumer] Failed to handle message 18e0f', 'error', 'Failed to handle message 18e0f', 'order_events.consumer'],
    // Go: logrus text, zap console, glog.
    ['ERRO[0042] upload failed                             bucket=media', 'error', 'upload failed                             bucket=media', undefined],
    ['2024-03-01T10:15:02.123Z\terror\tapi/handler.go:88\trequest failed', 'error', 'request failed', 'api/handler.go:88'],
    ['E0301 10:15:02.123456       1 reflector.go:138] failed to list *v1.Pod: connection refused', 'error', 'failed to list *v1.Pod: connection refused', 'reflector.go:138'],
    // Ruby logger, Serilog console, Lambda (Node and Python runtimes).
    ['E, [2024-03-01T10:15:02.123456 #1] ERROR -- : Stripe::CardError', 'error', 'Stripe::CardError', undefined],
    ['[10:15:02 ERR] Order 42 failed', 'error', 'Order 42 failed', undefined],
    ['2024-03-01T10:15:02.123Z\tc0ffee00-1111-2222-3333-444455556666\tERROR\tInvoke Error', 'error', 'Invoke Error', undefined],
    ['[ERROR]\t2024-03-01T10:15:02.123Z\tc0ffee00-1111-2222-3333-444455556666\tTask timed out', 'error', 'Task timed out', undefined],
    // BSD syslog (RFC 3164): the host, the tag and its pid come off; the level is read from the message.
    ['Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0', 'unknown', 'authentication failure; logname= uid=0 euid=0', 'sshd(pam_unix)'],
    ['Jul  9 22:53:22 web-1 kernel: Out of memory: Killed process 812 (java)', 'unknown', 'Out of memory: Killed process 812 (java)', 'kernel'],
    ['Mar  3 08:00:01 db-2 postgres[1201]: ERROR:  deadlock detected', 'error', 'deadlock detected', 'postgres'],
    // oslo.log (OpenStack): a dotted logger, then the request context in brackets.
    [
      '2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38101a0b-2096-447d-96ea-a692162415ae 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e - - -] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] VM Started (Lifecycle Event)',
      'info',
      '[instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] VM Started (Lifecycle Event)',
      'nova.osapi_compute.wsgi.server',
    ],
    // A stamp in brackets, one name and a dash, no level word.
    ['[10.30 16:49:06] chrome.exe - example.org:443 open through proxy', 'unknown', 'example.org:443 open through proxy', 'chrome.exe'],
    // Plain lines with a level word first.
    ['WARNING: disk almost full', 'warn', 'disk almost full', undefined],
    ['[error] cannot open config', 'error', 'cannot open config', undefined],
    ['info: server listening on :8080', 'info', 'server listening on :8080', undefined],
  ])('%s', (line, level, message, origin) => {
    const parsed = app(line);
    expect(parsed.level).toBe(level);
    expect(parsed.message).toBe(message);
    expect(parsed.origin).toBe(origin);
    expect(classifyLevel(line)).toBe(level);
  });

  it('timestamps of text layouts are read (no zone means UTC)', () => {
    expect(app('2024-03-01 10:15:02.123 ERROR 7 --- [main] c.x.Y : z').timestamp).toBe(T);
    expect(app('2024-03-01T11:15:02.123+01:00 INFO started').timestamp).toBe(T);
    expect(app('2024-03-01 10:15:02,123 - a - INFO - b').timestamp).toBe(T);
  });

  it('logfmt: level, msg with escapes, err appended, time', () => {
    expect(app('time="2024-03-01T10:15:02.123Z" level=error msg="request failed: \\"POST /pay\\"" err="dial tcp 10.0.2.7:5432: connect: connection refused" component=db')).toEqual(
      {
        level: 'error',
        message: 'request failed: "POST /pay": dial tcp 10.0.2.7:5432: connect: connection refused',
        origin: 'db',
        timestamp: T,
      },
    );
    expect(app('time=2024-03-01T10:15:02.123Z level=WARN msg=slow duration=3s')).toMatchObject({ level: 'warn', message: 'slow' });
  });

  it('access lines (nginx combined, Apache common, uvicorn): status, method, path, client', () => {
    expect(app('10.0.1.9 - - [01/Mar/2024:10:15:02 +0000] "GET /api/orders/42?token=abc HTTP/1.1" 502 157 "-" "curl/8.4.0"')).toEqual({
      level: 'error',
      message: 'GET /api/orders/42 -> 502',
      httpStatus: 502,
      http: { method: 'GET', path: '/api/orders/42', clientIp: '10.0.1.9' },
    });
    expect(app('127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326')).toMatchObject({ level: 'info', httpStatus: 200 });
    // An explicit level wins over the status; the status is still recorded.
    expect(app('INFO:     10.0.0.5:51234 - "POST /api/pay HTTP/1.1" 500 Internal Server Error')).toMatchObject({ level: 'info', httpStatus: 500, message: 'POST /api/pay -> 500' });
  });

  it('stack-trace lines keep their text untouched', () => {
    for (const [line, level] of [
      ['\tat com.shop.checkout.PricingService.applyDiscounts(PricingService.java:88)', 'unknown'],
      ['\t... 42 more', 'unknown'],
      ['    at Object.<anonymous> (/app/index.js:1:7)', 'unknown'],
      ['  File "/app/orders/consumer.py", line 57, in handle', 'unknown'],
      ['Caused by: java.io.IOException: Broken pipe', 'unknown'],
      ['goroutine 1 [running]:', 'unknown'],
      ['/app/main.go:42 +0x1d', 'unknown'],
      ['Traceback (most recent call last):', 'error'],
      ['java.lang.NullPointerException: Cannot invoke "Cart.getTotal()" because "cart" is null', 'error'],
      ["KeyError: 'customer_id'", 'error'],
      ['Error: connect ECONNREFUSED 10.0.2.7:5432', 'error'],
      ['Exception in thread "main" java.lang.IllegalStateException: closed', 'error'],
      ['panic: runtime error: invalid memory address or nil pointer dereference', 'fatal'],
    ] as const) {
      expect([line, app(line)]).toEqual([line, { level, message: line }]);
      expect([line, classifyLevel(line)]).toEqual([line, level]);
    }
  });

  it('a multi-line event: the first line loses its prefix, the trace follows unchanged', () => {
    const event =
      '2024-03-01 10:15:02.123 ERROR 7 --- [main] c.s.PaymentClient : Charge failed\ncom.shop.GatewayTimeoutException: timed out\n\tat com.shop.PaymentClient.charge(PaymentClient.java:141)';
    expect(app(event)).toMatchObject({
      level: 'error',
      message: 'Charge failed\ncom.shop.GatewayTimeoutException: timed out\n\tat com.shop.PaymentClient.charge(PaymentClient.java:141)',
      origin: 'c.s.PaymentClient',
    });
  });

  it('no layout: the level is guessed from words near the start, a leading timestamp comes off', () => {
    expect(app('Listening on port 3000')).toEqual({ level: 'unknown', message: 'Listening on port 3000' });
    expect(app('Request failed with error 500')).toEqual({ level: 'error', message: 'Request failed with error 500' });
    expect(app('2024/03/01 10:15:02 http: TLS handshake error from 10.0.0.1:5678: EOF')).toEqual({
      level: 'error',
      message: 'http: TLS handshake error from 10.0.0.1:5678: EOF',
      timestamp: Date.parse('2024-03-01T10:15:02Z'),
    });
    expect(app('2024-03-01 10:15:02 Got ERROR from upstream').message).toBe('Got ERROR from upstream');
    // Words inside identifiers, paths and file names are not levels.
    for (const line of ['GET /errors/help 200 in 3ms', 'error_count=0 warnings=0', 'wrote /var/log/error.log', 'X-Trace-Id: abc'])
      expect([line, app(line).level]).toEqual([line, 'unknown']);
  });
});
