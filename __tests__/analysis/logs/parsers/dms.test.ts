// AWS DMS task log parser on the excerpts the DMS User Guide prints (fixture provenance in
// __tests__/fixtures/aws-logs/SOURCE.md): the full context-logging shape and every variation the
// pages show (no thread id, no time, `] I:`, colon microseconds, a stray leading quote...).

import { classifyLevel, parseLine } from '../../../../src/analysis/logs/parsers/index.js';
import { fixtureBlocks } from './aws-fixtures.js';

const blocks = fixtureBlocks('dms.txt');
const dms = (line: string) => parseLine('dms', line);
const lineOf = (block: number, starts: string) => blocks[block]!.find((l) => l.includes(starts))!;

describe('DMS task log parser', () => {
  it('reads a full context-logging line: thread, time, component, severity, context, source file', () => {
    expect(dms(blocks[0]![0]!)).toEqual({
      level: 'info',
      message: 'Capture record 1 to internal queue from Source',
      timestamp: Date.parse('2023-02-22T10:09:29Z'),
      origin: 'SOURCE_CAPTURE',
      dms: {
        severity: 'I',
        component: 'SOURCE_CAPTURE',
        sourceFile: 'streamcomponent.c:2920',
        context: '{operation:START_REGULAR (43), connectionId:27598, streamPosition:0000124A/6800A778.NOW}',
      },
    });
  });

  it('keeps a context the page prints cut off, out of the message', () => {
    const parsed = dms(lineOf(1, '[TARGET_APPLY'));
    expect(parsed.message).toBe('No records received to load or apply on target , waiting for data from upstream. The last context is');
    expect(parsed.dms?.context).toMatch(/^\{operation:INSERT \(1\), tableName:sales_11, .*values \(\?,\?,\?,\?,\?\),$/);
    expect(parsed.dms?.sourceFile).toBeUndefined();
  });

  it('reads ]E: errors without thread id or time, with a leading space or a stray quote', () => {
    expect(dms(blocks[3]![0]!)).toEqual({
      level: 'error',
      message: 'RetCode: SQL_ERROR SqlState: 08S01 NativeError:',
      origin: 'TARGET_LOAD',
      dms: { severity: 'E', component: 'TARGET_LOAD' },
    });
    expect(dms(blocks[4]![0]!)).toMatchObject({ level: 'error', dms: { severity: 'E', component: 'TARGET_LOAD' } });
    expect(dms(blocks[5]![0]!)).toMatchObject({ level: 'error', message: "Column 'column-name' uses an unsupported character set [120112]", dms: { component: 'SOURCE_CAPTURE' } });
    // The wrapped rest of an entry carries no header: a continuation.
    expect(dms(blocks[3]![1]!)).toEqual({ level: 'unknown', message: blocks[3]![1]!, continuation: true });
  });

  it('reads the troubleshooting excerpt: a timestamped ]E:, and the stray console time as a continuation', () => {
    const block = blocks[7]!;
    expect(dms(block[0]!)).toMatchObject({ level: 'unknown', message: '03:00:49', continuation: true });
    expect(dms(block[1]!)).toMatchObject({
      level: 'error',
      message: 'Failed to execute statement:',
      timestamp: Date.parse('2017-09-19T03:00:49Z'),
      dms: { severity: 'E', component: 'TARGET_APPLY' },
    });
    const errors = block.filter((l) => dms(l).level === 'error');
    expect(errors.map((l) => dms(l).message)).toEqual([
      'Failed to execute statement:',
      'Failed to execute statement:',
      'RetCode: SQL_ERROR SqlState:',
      'RetCode: SQL_ERROR SqlState:',
    ]);
  });

  it('reads a warning with its source file, `] I:` with a space, and colon microseconds', () => {
    expect(dms(blocks[8]![0]!)).toEqual({
      level: 'warn',
      message: 'Table is not uniformly mapped across partitions. Therefore - it is excluded from CDC',
      origin: 'SOURCE_CAPTURE',
      dms: { severity: 'W', component: 'SOURCE_CAPTURE', sourceFile: 'sqlserver_log_metadata.c:1415' },
    });
    const spaced = dms(blocks[10]![0]!);
    expect(spaced).toMatchObject({ level: 'info', origin: 'TASK_MANAGER', dms: { severity: 'I', component: 'TASK_MANAGER', sourceFile: 'replicationtask_util.c:752' } });
    expect(spaced.message).toBe("Start loading segment #1 of 3 of table 'testdatabase'.'testtable' (Id = 1) by subtask 1. Start load timestamp 0005B191D638FE86");
    // A JSON filter inside the message is not a context suffix.
    expect(dms(lineOf(10, 'is: {')).message).toContain('is: { "_id" : { "$lte"');
    expect(dms(blocks[11]![0]!)).toMatchObject({ level: 'warn', timestamp: Date.parse('2018-09-11T19:48:46.979Z'), dms: { component: 'SOURCE_UNLOAD' } });
  });

  it('a wrapped entry delivered as one event keeps its lines, and its source file comes off the end', () => {
    const event = blocks[6]!.join('\n');
    const parsed = dms(event);
    expect(parsed).toMatchObject({ level: 'error', dms: { severity: 'E', component: 'SOURCE_CAPTURE', sourceFile: 'mysql_endpoint_capture.c:2248' } });
    expect(parsed.message).toBe("Error converting column 'column_xyz' in table\n'table_xyz with codepage 1252 to UTF8 [120112] A field data conversion failed.");
  });

  it('every documented line is an entry with a component or a continuation; classifyLevel agrees', () => {
    for (const line of blocks.flat().filter((l) => l !== '')) {
      const parsed = dms(line);
      expect([line, parsed.continuation === true || /^[A-Z_]+$/.test(parsed.dms?.component ?? '')]).toEqual([line, true]);
      expect([line, classifyLevel(line, 'dms')]).toEqual([line, parsed.level]);
    }
  });

  it('reads debug and trace letters, and refuses lookalikes', () => {
    expect(dms('00000001: 2024-03-01T10:15:02 [SORTER          ]D:  Transaction 42 committed  (sorter.c:99)')).toMatchObject({
      level: 'debug',
      dms: { severity: 'D', component: 'SORTER' },
    });
    expect(dms('[TASK_MANAGER    ]T:  tick')).toMatchObject({ level: 'debug', dms: { severity: 'T' } });
    expect(dms('[task_manager]E: lower case is not DMS').continuation).toBe(true);
    expect(dms('[TARGET_APPLY]X: unknown letter').continuation).toBe(true);
  });
});
