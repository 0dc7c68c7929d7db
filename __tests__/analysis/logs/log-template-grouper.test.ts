import { groupLines, LogTemplateGrouper } from '../../../src/analysis/logs/log-template-grouper.js';

const sameGroup = (ids: number[]) => new Set(ids).size === 1;
// Letters only, so the masker leaves it as a word: every call gives a new word.
const alphaWord = (n: number): string => {
  let word = '';
  for (let x = n + 26; x > 0; x = Math.floor(x / 26)) word += String.fromCharCode(97 + (x % 26));
  return word;
};

describe('log template grouper (default settings)', () => {
  it('groups lines that differ only in a request id', () => {
    const ids = groupLines(['request 7f3a9c2e-1b4d-4c8e-9f0a-123456789abc failed: upstream timeout', 'request 0b1c2d3e-4f5a-4b6c-8d7e-abcdefabcdef failed: upstream timeout']);
    expect(sameGroup(ids)).toBe(true);
  });

  it('keeps apart lines whose constant words differ', () => {
    const ids = groupLines(['disk /dev/sdb1 mounted read-only', 'disk /dev/sdb1 unmounted cleanly']);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('groups lines whose variable takes a different number of tokens', () => {
    const ids = groupLines(['upload done, 512 bytes sent in 3 ms', 'upload done, 2048 bytes (2.00 KB) sent in 14 ms']);
    expect(sameGroup(ids)).toBe(true);
  });

  it('groups lines whose addresses are sometimes IPs and sometimes host names', () => {
    const ids = groupLines(['connected to 10.2.3.4:9092 as consumer', 'connected to broker-2.kafka.internal:9092 as consumer']);
    expect(sameGroup(ids)).toBe(true);
  });

  it('keeps a few constant alternatives apart (HTTP methods)', () => {
    const lines = ['GET', 'POST', 'DELETE', 'GET', 'POST'].map((method, i) => `handled ${method} request in ${10 + i} ms`);
    const ids = groupLines(lines);
    expect(new Set(ids).size).toBe(3);
  });

  it('merges a word position once it has shown many different values (user names)', () => {
    const users = ['root', 'admin', 'deploy', 'backup', 'guest', 'oracle'];
    const ids = groupLines(users.map((user, i) => `login refused for ${user} from 172.16.0.${i}`));
    expect(sameGroup(ids)).toBe(true);
  });

  it('reports merged positions as <*> and masked ones by type', () => {
    const grouper = new LogTemplateGrouper();
    for (const user of ['root', 'admin', 'deploy', 'backup', 'guest']) grouper.add(`login refused for ${user} from 172.16.0.9`);
    expect(grouper.groups().map((g) => g.template)).toEqual(['login refused for <*> from <IP>']);
  });

  it('merges at once a position that has held both a number and a word', () => {
    const ids = groupLines(['exit status 137 for worker', 'exit status unknown for worker']);
    expect(sameGroup(ids)).toBe(true);
  });

  it('keeps a handful of different first words (verbs) apart', () => {
    const verbs = ['Launching', 'Killing', 'Pausing', 'Resuming', 'Draining', 'Evicting'];
    const ids = groupLines(verbs.map((verb, i) => `${verb} container c-${i} on host`));
    expect(new Set(ids).size).toBe(verbs.length);
  });

  it('keeps apart lines that differ in two constant words', () => {
    const ids = groupLines(['job moved from QUEUED to RUNNING', 'job moved from RUNNING to DONE']);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('counts lines per group and keeps the first line as example', () => {
    const grouper = new LogTemplateGrouper();
    grouper.add('cache hit ratio 0.91');
    grouper.add('cache hit ratio 0.87');
    grouper.add('shutting down');
    expect(grouper.groups()).toEqual([
      { id: 0, template: 'cache hit ratio <NUM>', count: 2, example: 'cache hit ratio 0.91' },
      { id: 1, template: 'shutting down', count: 1, example: 'shutting down' },
    ]);
  });

  it('returns from groupLines the final id of lines added before a merge', () => {
    const users = ['ann', 'bob', 'cyd', 'dee', 'eve'];
    const ids = groupLines(users.map((user) => `session closed for ${user}`));
    expect(ids).toEqual([0, 0, 0, 0, 0]);
  });

  it('resolves an id returned before a merge to the surviving group', () => {
    const grouper = new LogTemplateGrouper();
    const first = grouper.add('token revoked for ann');
    for (const user of ['bob', 'cyd', 'dee', 'eve']) grouper.add(`token revoked for ${user}`);
    expect(grouper.groups()).toHaveLength(1);
    expect(grouper.resolve(first)).toBe(grouper.groups()[0]!.id);
  });

  it('keeps no more templates than maxTemplates, evicting one-off templates first', () => {
    const grouper = new LogTemplateGrouper({ maxTemplates: 3 });
    grouper.add('cache warmed up');
    grouper.add('cache warmed up');
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
    for (const w of words) grouper.add(`${w} ${w}x ${w}y`);
    expect(grouper.size).toBe(3);
    expect(grouper.groups().map((g) => g.template)).toContain('cache warmed up');
  });

  it('keeps a new template that keeps recurring through a flood of one-off lines', () => {
    const grouper = new LogTemplateGrouper({ maxTemplates: 100 });
    for (let i = 0; i < 2_000; i += 1) grouper.add(`noise ${alphaWord(i)} happened ${alphaWord(i + 7)}`, i);
    const ids = new Set<number>();
    for (let i = 0; i < 40; i += 1) {
      ids.add(grouper.add('payment gateway refused the charge', 10_000 + 2 * i));
      grouper.add(`noise ${alphaWord(5_000 + i)} happened ${alphaWord(i)}`, 10_001 + 2 * i);
    }
    expect(ids.size).toBe(1);
    expect(grouper.groups().find((g) => g.template === 'payment gateway refused the charge')?.count).toBe(40);
  });

  it('lets an evicted id resolve to itself and stop appearing in groups', () => {
    const grouper = new LogTemplateGrouper({ maxTemplates: 1 });
    const a = grouper.add('first one-off line');
    grouper.add('second one-off statement here');
    expect(grouper.resolve(a)).toBe(a);
    expect(grouper.groups().map((g) => g.id)).not.toContain(a);
  });

  it('opens the first word once it has shown twice the threshold of values (daemon names)', () => {
    const daemons = ['syslogd', 'klogd', 'crond', 'atd', 'portmap', 'xinetd', 'sendmail', 'cupsd', 'anacron', 'messagebus', 'irqbalance'];
    const ids = groupLines(daemons.map((d) => `${d} startup succeeded`));
    expect(sameGroup(ids)).toBe(true);
  });

  it('merges user names that vary in slots of two different statements, even only two of them', () => {
    const lines = ['session opened for user cyrus by (uid=0)', 'session closed for user cyrus', 'session opened for user news by (uid=0)', 'session closed for user news'];
    const ids = groupLines(lines);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('keeps apart states that vary together in two fields of one statement', () => {
    const lines = ['peer 1 state LOOKING, mine LEADING', 'peer 2 state LEADING, mine LOOKING', 'peer 3 state LOOKING, mine LOOKING'];
    expect(new Set(groupLines(lines)).size).toBe(3);
  });

  it('groups an empty pair with the values it stands for', () => {
    const ids = groupLines(['connection from 10.1.2.3 (host-10-1-2-3.example.net) at noon', 'connection from 10.1.2.4 () at noon']);
    expect(sameGroup(ids)).toBe(true);
  });

  it('rejects a distinct-value threshold below 2', () => {
    expect(() => new LogTemplateGrouper({ minDistinctValues: 1 })).toThrow(RangeError);
  });

  it('handles an empty line', () => {
    expect(groupLines(['', ''])).toEqual([0, 0]);
  });
});
