// Seeds CloudWatch Logs for the demo account: 12 hours of ordinary lines in every group the demo's
// resources log to, with these problems written in (the log checks must find each, and nothing else):
//   - checkout (Spring Boot): a NullPointerException that happened twice an hour starts spiking in
//     the last hour, and a brand-new GatewayTimeoutException appears 40 minutes ago;
//   - order-events (Python): a KeyError traceback four times an hour all day: steady, known noise;
//   - orders-db (PostgreSQL): "remaining connection slots are reserved" FATALs in the last 45 minutes;
//   - the orders-replication DMS task: TARGET_APPLY errors (]E:) in the last 30 minutes;
//   - the pp-api-acl web ACL: a surge of requests blocked by its rate rule in the last hour.
// awslogs without a multiline pattern writes every line of a stack trace as its own event, and so
// does this seed. Write calls live here (tools/), never in src/.

import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateWebACLCommand, PutLoggingConfigurationCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import type { SeedTarget } from './demo-account.js';
import { EMULATOR_CREDENTIALS } from './moto-server.js';

export const DEMO_LOG_MINUTES = 12 * 60;
export const DEMO_DMS_LOG_GROUP = 'dms-tasks-orders-replication';
export const DEMO_WAF_LOG_GROUP = 'aws-waf-logs-pp-api';
const ACCOUNT = '123456789012';

type Writer = (minute: number, at: number) => string[];

/** Deterministic noise, so every demo run and test sees the same logs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const springTime = (at: number): string => new Date(at).toISOString();
const pythonTime = (at: number): string => new Date(at).toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
const pgTime = (at: number): string => `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const dmsTime = (at: number): string => new Date(at).toISOString().slice(0, 19);

/** Every `every` minutes (from minute `from` on), run `write`. */
function each(every: number, from: number, write: Writer): Writer {
  return (minute, at) => (minute >= from && (minute - from) % every === 0 ? write(minute, at) : []);
}

const npe = (at: number, thread: number): string[] => [
  `${springTime(at)} ERROR 1 --- [checkout] [nio-8080-exec-${thread}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception`,
  'java.lang.NullPointerException: Cannot invoke "com.shop.checkout.Cart.getTotal()" because "cart" is null',
  '\tat com.shop.checkout.PricingService.applyDiscounts(PricingService.java:88)',
  '\tat com.shop.checkout.CheckoutController.submit(CheckoutController.java:54)',
  '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
  '\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
  '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
];

const gatewayTimeout = (at: number, order: number): string[] => [
  `${springTime(at)} ERROR 1 --- [checkout] [nio-8080-exec-2] c.s.payments.PaymentClient               : Charge failed for order ${order}`,
  `com.shop.payments.GatewayTimeoutException: charge for jane.doe@example.com timed out after 3000 ms (api_key=sk_live_51HxDemoNotARealKey)`,
  '\tat com.shop.payments.PaymentClient.charge(PaymentClient.java:141)',
  '\tat com.shop.checkout.CheckoutService.pay(CheckoutService.java:77)',
  '\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
];

const keyError = (at: number, message: string): string[] => [
  `${pythonTime(at)} ERROR [order_events.consumer] Failed to handle message ${message}`,
  'Traceback (most recent call last):',
  '  File "/app/order_events/consumer.py", line 57, in handle',
  '    customer = event["customer_id"]',
  "KeyError: 'customer_id'",
];

function wafEvent(at: number, action: 'ALLOW' | 'BLOCK', rule: string, ruleType: string, clientIp: string, country: string, uri: string, method: string): string {
  return JSON.stringify({
    timestamp: at,
    formatVersion: 1,
    webaclId: `arn:aws:wafv2:us-east-2:${ACCOUNT}:regional/webacl/pp-api-acl/7c3e0b1a-demo`,
    terminatingRuleId: rule,
    terminatingRuleType: ruleType,
    action,
    terminatingRuleMatchDetails: [],
    httpSourceName: 'ALB',
    httpSourceId: `${ACCOUNT}-app/pp-web-public/50dc6c495c0c9188`,
    ruleGroupList: [],
    rateBasedRuleList: [],
    nonTerminatingMatchingRules: [],
    httpRequest: { clientIp, country, headers: [{ name: 'Host', value: 'api.example.com' }], uri, args: '', httpVersion: 'HTTP/1.1', httpMethod: method, requestId: `req-${at}` },
  });
}

/** Group -> stream -> writer. Minute 0 is 12 hours ago; the last minute is now. */
function demoStreams(): Array<{ group: string; stream: string; write: Writer }> {
  const last = DEMO_LOG_MINUTES;
  const rnd = random(7);
  // A quiet service: one ordinary line every five minutes.
  const quiet = (line: (at: number) => string): Writer => each(5, 0, (_, at) => [line(at)]);
  return [
    {
      group: '/ecs/checkout',
      stream: 'ecs/checkout/5e4f3c2b1a0d4e8f9a7b6c5d4e3f2a1b',
      write: (minute, at) => [
        ...[0, 20, 40].map(
          (s) =>
            `${springTime(at + s * 1000)}  INFO 1 --- [checkout] [nio-8080-exec-${1 + (s % 7)}] c.s.checkout.CheckoutController          : POST /api/checkout completed in ${60 + Math.round(rnd() * 80)} ms`,
        ),
        // Twice an hour all day, then about every 90 seconds in the last hour.
        ...(minute < last - 60 ? (minute % 30 === 7 ? npe(at + 45_000, 4) : []) : minute % 3 !== 2 ? npe(at + 45_000, 1 + (minute % 9)) : []),
        ...(minute >= last - 40 && minute % 3 === 0 ? gatewayTimeout(at + 50_000, 81_000 + minute) : []),
      ],
    },
    {
      group: '/ecs/storefront',
      stream: 'ecs/storefront/0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      write: quiet((at) => `${springTime(at)}  INFO 1 --- [storefront] [main] c.s.storefront.CatalogCache : refreshed 1284 products`),
    },
    { group: '/ecs/search-api', stream: 'ecs/search-api/1b2c3d4e5f60718293a4b5c6d7e8f90a', write: quiet((at) => `{"level":"info","time":${at},"msg":"index warm","docs":48213}`) },
    {
      group: '/ecs/order-events',
      stream: 'ecs/order-events/2c3d4e5f60718293a4b5c6d7e8f90a1b',
      write: (minute, at) => [
        `${pythonTime(at)} INFO [order_events.consumer] processed ${20 + Math.round(rnd() * 10)} messages`,
        // Four times an hour, every hour: known, steady noise.
        ...(minute % 15 === 4 ? keyError(at + 30_000, `${(at / 1000).toString(16)}-${minute}`) : []),
      ],
    },
    { group: '/ecs/email-sender', stream: 'ecs/email-sender/3d4e5f60718293a4b5c6d7e8f90a1b2c', write: quiet((at) => `${pythonTime(at)} INFO [email_sender] sent 12 receipts`) },
    {
      group: '/aws/rds/instance/orders-db/postgresql',
      stream: 'orders-db.0',
      write: (minute, at) => [
        ...(minute % 5 === 0
          ? [`${pgTime(at)}::@:[412]:LOG:  checkpoint complete: wrote ${40 + Math.round(rnd() * 60)} buffers (0.3%); 0 WAL file(s) added, 0 removed, 1 recycled`]
          : []),
        ...(minute % 20 === 11 ? [`${pgTime(at)}:10.0.1.23(51234):app@orders:[${5000 + minute}]:ERROR:  duplicate key value violates unique constraint "orders_pkey"`] : []),
        ...(minute >= last - 45 && minute % 3 === 0
          ? [
              `${pgTime(at + 5_000)}:10.0.1.${20 + (minute % 7)}(${40_000 + minute}):app@orders:[${6000 + minute}]:FATAL:  remaining connection slots are reserved for non-replication superuser connections`,
            ]
          : []),
      ],
    },
    {
      group: '/aws/rds/instance/orders-db-replica/postgresql',
      stream: 'orders-db-replica.0',
      write: quiet((at) => `${pgTime(at)}::@:[388]:LOG:  restartpoint complete: wrote 12 buffers (0.1%)`),
    },
    { group: '/aws/rds/cluster/catalog/postgresql', stream: 'catalog-1.0', write: quiet((at) => `${pgTime(at)}::@:[377]:LOG:  checkpoint starting: time`) },
    {
      group: DEMO_DMS_LOG_GROUP,
      stream: 'dms-task-ORDERSCDCTASKDEMO7Q3',
      write: (minute, at) => [
        ...(minute % 10 === 0 ? [`00362697: ${dmsTime(at)} [TARGET_APPLY    ]I:  Applied record ${200_000 + minute * 37} to target  (streamcomponent.c:2920)`] : []),
        ...(minute >= last - 30 && minute % 5 === 1
          ? [
              `00362697: ${dmsTime(at)} [TARGET_APPLY    ]E:  Failed to execute statement: 'INSERT INTO "public"."orders"("id","customer_id","total") values (?,?,?)' [1022502]  (ar_odbc_stmt.c:2738)`,
              `00362697: ${dmsTime(at)} [TARGET_APPLY    ]E:  RetCode: SQL_ERROR  SqlState: 23502 NativeError: 1 Message: ERROR: null value in column "customer_id" violates not-null constraint; No query has been executed with that handle [1022502]  (ar_odbc_stmt.c:4996)`,
            ]
          : []),
      ],
    },
    {
      group: DEMO_WAF_LOG_GROUP,
      stream: 'us-east-2_pp-api-acl_0',
      write: (minute, at) => [
        wafEvent(at, 'ALLOW', 'Default_Action', 'REGULAR', `198.51.100.${minute % 200}`, 'US', '/api/products', 'GET'),
        ...(minute % 20 === 3 ? [wafEvent(at + 1000, 'BLOCK', 'AWS-AWSManagedRulesSQLiRuleSet', 'MANAGED_RULE_GROUP', '192.0.2.77', 'NL', '/api/search', 'GET')] : []),
        // The surge: two addresses hammering the login endpoint, stopped by the rate rule.
        ...(minute >= last - 60
          ? Array.from({ length: 8 }, (_, i) =>
              wafEvent(at + 2000 + i * 5000, 'BLOCK', 'RateLimitPerIP', 'RATE_BASED', i % 3 === 0 ? '203.0.113.9' : '203.0.113.54', 'VN', '/api/login', 'POST'),
            )
          : []),
      ],
    },
  ];
}

/** The demo's log events, by group and stream, ascending in time: what the seed writes. */
export function demoLogStreams(now: number): Array<{ group: string; stream: string; events: Array<{ timestamp: number; message: string }> }> {
  const start = now - DEMO_LOG_MINUTES * 60_000;
  return demoStreams().map(({ group, stream, write }) => {
    const events: Array<{ timestamp: number; message: string }> = [];
    for (let minute = 0; minute < DEMO_LOG_MINUTES; minute += 1) {
      const at = start + minute * 60_000;
      // One write's lines (a trace among them) follow each other a millisecond apart, in order.
      write(minute, at).forEach((message, i) => events.push({ timestamp: Math.min(now - 1, at + i), message }));
    }
    return { group, stream, events: events.sort((a, b) => a.timestamp - b.timestamp) };
  });
}

export async function seedDemoLogs(target: SeedTarget, now: number = Date.now()): Promise<void> {
  const config = { region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS, disableRequestCompression: true };
  const logs = new CloudWatchLogsClient(config);
  const waf = new WAFV2Client(config);
  try {
    // The API's web ACL logs to CloudWatch, so its blocks can be read.
    const acl = await waf.send(
      new CreateWebACLCommand({
        Name: 'pp-api-acl',
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'pp-api-acl' },
      }),
    );
    await waf.send(
      new PutLoggingConfigurationCommand({
        LoggingConfiguration: { ResourceArn: acl.Summary!.ARN!, LogDestinationConfigs: [`arn:aws:logs:${target.region}:${ACCOUNT}:log-group:${DEMO_WAF_LOG_GROUP}`] },
      }),
    );

    const streams = demoLogStreams(now);
    const groups = [...new Set(streams.map((s) => s.group))];
    await Promise.all(groups.map((group) => logs.send(new CreateLogGroupCommand({ logGroupName: group }))));
    await Promise.all(
      streams.map(async ({ group, stream, events }) => {
        await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
        for (let i = 0; i < events.length; i += 5_000) {
          await logs.send(
            new PutLogEventsCommand({
              logGroupName: group,
              logStreamName: stream,
              logEvents: events.slice(i, i + 5_000).map((e) => ({ timestamp: e.timestamp, message: e.message })),
            }),
          );
        }
      }),
    );
  } finally {
    logs.destroy();
    waf.destroy();
  }
}
