import { classifyValue, maskLine, maskLineTokens } from '../../../src/analysis/logs/variable-masker.js';

describe('variable masker', () => {
  it('masks integers and decimals', () => {
    expect(maskLine('retried 3 times in 0.25 of the budget')).toBe('retried <NUM> times in <NUM> of the budget');
  });

  it('keeps plain words unchanged', () => {
    expect(maskLine('cache warm-up finished, serving traffic')).toBe('cache warm-up finished, serving traffic');
  });

  it('masks an IPv4 address', () => {
    expect(maskLine('client 192.168.4.20 disconnected')).toBe('client <IP> disconnected');
  });

  it('masks an IPv4 address with port', () => {
    expect(maskLine('dialing 10.0.12.7:6379 failed')).toBe('dialing <IP>:<PORT> failed');
  });

  it('masks an IPv6 address', () => {
    expect(maskLine('bound to fe80::1ff:fe23:4567:890a')).toBe('bound to <IP>');
  });

  it('masks a host name with port', () => {
    expect(maskLine('upstream cache-7.eu-west.example.net:8443 timed out')).toBe('upstream <HOSTPORT> timed out');
  });

  it('masks a lower-case host and port without digits in the host', () => {
    expect(maskLine('connect to localhost:5432 refused')).toBe('connect to <HOSTPORT> refused');
  });

  it('masks a dotted host name that ends in a top-level domain', () => {
    expect(maskLine('resolving mirror.example.org failed')).toBe('resolving <HOST> failed');
  });

  it('keeps a dotted Java class name', () => {
    expect(maskLine('using java.util.concurrent.ForkJoinPool')).toBe('using java.util.concurrent.ForkJoinPool');
  });

  it('masks a UUID', () => {
    expect(maskLine('order 3f2b8c1e-9a4d-4e6f-b7a8-0c1d2e3f4a5b shipped')).toBe('order <UUID> shipped');
  });

  it('masks hexadecimal values with and without 0x', () => {
    expect(maskLine('fault at 0x7ffd1a2b digest 9f86d081884c7d65')).toBe('fault at <HEX> digest <HEX>');
  });

  it('masks an e-mail address', () => {
    expect(maskLine('invite sent to jane.doe+ops@mail.example.com')).toBe('invite sent to <EMAIL>');
  });

  it('masks a URL', () => {
    expect(maskLine('fetching https://api.example.com/v2/items?page=3 now')).toBe('fetching <URL> now');
  });

  it('masks Unix and Windows paths', () => {
    expect(maskLine('cannot open /srv/app/conf/site.yaml or C:\\Temp\\x.log')).toBe('cannot open <PATH> or <PATH>');
  });

  it('masks a single-token quoted value', () => {
    expect(maskLine("unknown column 'created_by' in table")).toBe('unknown column <QUOTED> in table');
  });

  it('leaves a quoted phrase with spaces readable', () => {
    expect(maskLine('"POST /login HTTP/2" rejected')).toBe('"POST <PATH> <ID>" rejected');
  });

  it('masks a quoted value after key= as one value, spaces and all', () => {
    expect(maskLine('acquire lock=7, tag="View Lock", uid=10037')).toBe(maskLine('acquire lock=8, tag="*alarm*", uid=1000'));
    expect(maskLine('msg="disk almost full" level=warn')).toBe('msg=<VALUE>" level=<VALUE>');
  });

  it('leaves a quote that never closes to the usual token rules', () => {
    expect(maskLine('key="unterminated value here')).toBe('key=<VALUE> value here');
  });

  it('keeps the key of key=value and masks the value, words included', () => {
    expect(maskLine('job done status=ok retries=2 owner=')).toBe('job done status=<VALUE> retries=<NUM> owner=');
  });

  it('keeps the key of key:value when the value has a digit', () => {
    expect(maskLine('stats queuedJobs:42 lag:-3')).toBe('stats queuedJobs:<NUM> lag:<NUM>');
  });

  it('masks an ISO timestamp', () => {
    expect(maskLine('started at 2024-02-29T23:59:58.123Z')).toBe('started at <DATE>');
  });

  it('masks a syslog-style date, month and weekday names included', () => {
    expect(maskLine('[Tue Mar 05 10:11:12 2024] worker up')).toBe('[<DATE> <DATE> <NUM> <TIME> <NUM>] worker up');
  });

  it('keeps a month name that stands away from any number', () => {
    expect(maskLine('May the batch run')).toBe('May the batch run');
  });

  it('masks a size written with its unit, joined or apart', () => {
    expect(maskLine('wrote 12KB then 3.5 MB')).toBe('wrote <SIZE> then <SIZE>');
  });

  it('masks a duration written with its unit', () => {
    expect(maskLine('took 250ms, then 2 seconds.')).toBe('took <DURATION>, then <DURATION>.');
  });

  it('masks ids that mix letters and digits', () => {
    expect(maskLine('task task_20240101_0007 on node-12')).toBe('task <ID> on <ID>');
  });

  it('keeps brackets and punctuation around a masked value', () => {
    expect(maskLine('peer (10.1.1.1) said [42],')).toBe('peer (<IP>) said [<NUM>],');
  });

  it('marks which tokens are variables and which are bare enough to merge with a neighbour', () => {
    const masked = maskLineTokens('user=alice 42 ok');
    expect(masked.variable).toEqual([true, true, false]);
    expect(masked.bare).toEqual([false, true, false]);
    expect(masked.generic).toEqual(['user=<*>', '<*>', 'ok']);
  });

  it('classifies a bare word as no variable at all', () => {
    expect(classifyValue('shutdown')).toBeUndefined();
  });
});
