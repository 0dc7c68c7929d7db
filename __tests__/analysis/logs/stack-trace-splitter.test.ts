import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { splitTraces, StackTraceSplitter, type AssembledTrace } from '../../../src/analysis/logs/stack-trace-splitter.js';

// Small traces written in each runtime's documented format.
const JAVA = [
  'java.lang.IllegalStateException: order 42 has no lines',
  '\tat com.shop.orders.OrderService.total(OrderService.java:88)',
  '\tat com.shop.api.OrderController.get(OrderController.java:31)',
  'Caused by: java.lang.NullPointerException: lines',
  '\tat com.shop.orders.Order.lines(Order.java:12)',
  '\t... 2 more',
];
const PYTHON = [
  'Traceback (most recent call last):',
  '  File "/app/worker.py", line 40, in run',
  '    self.handle(job)',
  '  File "/app/worker.py", line 22, in handle',
  '    raise KeyError(job.kind)',
  "KeyError: 'resize'",
];
const GO = [
  'panic: runtime error: index out of range [3] with length 3',
  '',
  'goroutine 7 [running]:',
  'main.pick(...)',
  '\t/src/app/main.go:14',
  'main.main()',
  '\t/src/app/main.go:9 +0x1d',
  '',
  'goroutine 1 [chan receive]:',
  'main.wait(0xc000012345)',
  '\t/src/app/wait.go:5 +0x2a',
];
const NOTE = 'INFO request served in 12ms';

/** Trace number of every line, as splitTraces reports it. */
function owners(lines: readonly string[]): (number | null)[] {
  return splitTraces(lines).traceOfLine;
}

function only(lines: readonly string[]): AssembledTrace {
  const { traces } = splitTraces(lines);
  expect(traces).toHaveLength(1);
  return traces[0]!;
}

describe('stack trace splitter: numbering', () => {
  it('marks lines outside any trace with null and numbers traces from 1 in order of their first line', () => {
    expect(owners([NOTE, ...PYTHON, NOTE, ...JAVA])).toEqual([null, ...PYTHON.map(() => 1), null, ...JAVA.map(() => 2)]);
  });

  it('gives a stream without traces only nulls', () => {
    expect(owners([NOTE, 'Error: disk almost full', '', 'all done'])).toEqual([null, null, null, null]);
  });

  it('starts a new trace when the same trace is printed twice back to back', () => {
    expect(owners([...JAVA, ...JAVA])).toEqual([...JAVA.map(() => 1), ...JAVA.map(() => 2)]);
  });
});

describe('stack trace splitter: Java', () => {
  it('keeps a Java Caused by: chain in one trace', () => {
    const trace = only(JAVA);
    expect(trace.language).toBe('java');
    expect(trace.lines).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps suppressed exceptions and their indented frames', () => {
    const lines = [
      'java.io.IOException: close failed',
      '\tat a.B.close(B.java:9)',
      '\tSuppressed: java.io.IOException: flush failed',
      '\t\tat a.B.flush(B.java:20)',
      '\t\t... 1 more',
    ];
    expect(owners([...lines, NOTE])).toEqual([1, 1, 1, 1, 1, null]);
  });

  it('finds the exception type after a logger prefix on the first line', () => {
    const trace = only(['2024-05-01 12:00:00,001 ERROR [main] c.s.App: java.lang.NullPointerException: id', '\tat com.shop.App.run(App.java:3)']);
    expect(trace.exceptionType).toBe('java.lang.NullPointerException');
    expect(trace.message).toBe('id');
  });

  it('strips the thread prefix of an uncaught exception', () => {
    const trace = only(['Exception in thread "main" java.lang.IllegalArgumentException: bad port', '\tat com.shop.Main.main(Main.java:5)']);
    expect(trace.exceptionType).toBe('java.lang.IllegalArgumentException');
    expect(trace.frames).toEqual(['com.shop.Main.main(Main.java:5)']);
  });

  it('follows a "nested exception is:" header over the blank line before the frames', () => {
    const lines = [
      'javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      'com.sun.mail.smtp.SMTPAddressFailedException: 550 denied',
      '',
      '\tat com.shop.Mail.send(Mail.java:7)',
    ];
    expect(owners(lines)).toEqual([1, 1, 1, 1, 1]);
  });

  it('adopts the line just before a frame as the header when it does not name an exception', () => {
    expect(owners([NOTE, '[query] IndexNotFound[no such index]', '    at org.search.Resolver.resolve(Resolver.java:133)'])).toEqual([null, 1, 1]);
  });

  it('leaves an exception line with no frame after it outside any trace', () => {
    expect(owners(['java.lang.RuntimeException: retrying', NOTE, NOTE])).toEqual([null, null, null]);
  });
});

describe('stack trace splitter: Python', () => {
  it('ends a Python traceback at its exception line', () => {
    expect(owners([...PYTHON, 'KeyError: this line is ordinary text'])).toEqual([...PYTHON.map(() => 1), null]);
    expect(only(PYTHON)).toMatchObject({ language: 'python', exceptionType: 'KeyError', message: "'resize'" });
  });

  it('keeps a chained "During handling of the above exception" traceback in one trace', () => {
    const lines = [
      ...PYTHON,
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 3, in <module>',
      '    main()',
      'RuntimeError: job failed',
    ];
    const trace = only(lines);
    expect(trace.lines).toHaveLength(lines.length);
    expect(trace.exceptionType).toBe('RuntimeError');
  });

  it('keeps a "direct cause" chain whose exceptions have no message', () => {
    const lines = [
      'Traceback (most recent call last):',
      '  File "<stdin>", line 2, in <module>',
      'OSError',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "<stdin>", line 4, in <module>',
      'RuntimeError',
    ];
    expect(owners(lines)).toEqual(lines.map(() => 1));
  });

  it('starts at "Traceback" even after a logging prefix on the same line', () => {
    const lines = ['2024-05-01 12:00:00 ERROR worker: job failed: Traceback (most recent call last):', ...PYTHON.slice(1)];
    expect(owners([NOTE, ...lines])).toEqual([null, ...lines.map(() => 1)]);
  });

  it('separates two Python tracebacks with ordinary lines between them', () => {
    expect(owners([...PYTHON, NOTE, NOTE, ...PYTHON])).toEqual([...PYTHON.map(() => 1), null, null, ...PYTHON.map(() => 2)]);
  });

  it('lists Python frames innermost first', () => {
    expect(only(PYTHON).frames).toEqual(['/app/worker.py:22 in handle', '/app/worker.py:40 in run']);
  });

  it('separates a Java trace and a Python traceback interleaved line by line', () => {
    const stream: string[] = [];
    const expected: (number | null)[] = [];
    for (let i = 0; i < JAVA.length; i += 1) {
      stream.push(JAVA[i]!, PYTHON[i]!);
      expected.push(1, 2);
      if (i % 2 === 1) {
        stream.push(NOTE);
        expected.push(null);
      }
    }
    expect(owners(stream)).toEqual(expected);
  });
});

describe('stack trace splitter: Go', () => {
  it('ends a Go panic at the blank line after the goroutine dump', () => {
    expect(owners([...GO, '', NOTE])).toEqual([...GO.map(() => 1), null, null]);
  });

  it('keeps a signal line and continues after an http panic prefix', () => {
    const lines = [
      '2024/05/01 12:00:00 http: panic serving 10.0.0.1:5050: boom',
      'goroutine 24 [running]:',
      'net/http.(*conn).serve.func1(0xc00007eaa0)',
      '\t/usr/local/go/src/net/http/server.go:1746 +0xd0',
    ];
    const trace = only(lines);
    expect(trace).toMatchObject({ language: 'go', exceptionType: 'panic', message: 'boom' });
    expect(trace.frames[0]).toBe('net/http.(*conn).serve.func1 (/usr/local/go/src/net/http/server.go:1746)');
  });

  it('takes only the failing goroutine as frames', () => {
    expect(only(GO).frames).toEqual(['main.pick (/src/app/main.go:14)', 'main.main (/src/app/main.go:9)']);
  });

  it('continues a panic whose goroutine header comes after unrelated lines', () => {
    expect(owners(['panic: boom', NOTE, 'goroutine 1 [running]:', NOTE, 'main.main()', '\t/src/main.go:8 +0x1d'])).toEqual([1, null, 1, null, 1, 1]);
  });
});

describe('stack trace splitter: other languages', () => {
  it('reads a Node.js error with its frames as javascript', () => {
    const trace = only(["TypeError: Cannot read properties of undefined (reading 'id')", '    at getUser (/app/src/users.js:10:17)', '    at async Promise.all (index 0)']);
    expect(trace).toMatchObject({ language: 'javascript', exceptionType: 'TypeError' });
  });

  it("keeps Node's uncaught-exception report from the source location to the version trailer", () => {
    const lines = ['/app/server.js:12', "    throw new Error('x');", '    ^', '', 'Error: x', '    at Object.<anonymous> (/app/server.js:12:11)', '', 'Node.js v20.11.1'];
    expect(owners([...lines, NOTE])).toEqual([...lines.map(() => 1), null]);
  });

  it("keeps a Node error's printed properties block", () => {
    const lines = ['Error: connect ECONNREFUSED', '    at TCPConnectWrap.afterConnect (node:net:1555:16) {', '  errno: -111,', "  code: 'ECONNREFUSED'", '}'];
    expect(owners([...lines, NOTE])).toEqual([...lines.map(() => 1), null]);
  });

  it('reads .NET inner exceptions and async boundaries as csharp', () => {
    const lines = [
      'System.InvalidOperationException: outer',
      ' ---> System.IO.IOException: inner',
      '   at Shop.Disk.Read() in /src/Disk.cs:line 10',
      '   --- End of inner exception stack trace ---',
      '--- End of stack trace from previous location ---',
      '   at Shop.Program.Main() in /src/Program.cs:line 4',
    ];
    const trace = only(lines);
    expect(trace.lines).toHaveLength(lines.length);
    expect(trace).toMatchObject({ language: 'csharp', exceptionType: 'System.InvalidOperationException', message: 'outer' });
  });

  it('reads a Ruby report with "from" frames', () => {
    const lines = ["/app/lib/report.rb:6:in `/': divided by 0 (ZeroDivisionError)", "\tfrom /app/lib/report.rb:6:in `block in build'", "\tfrom /app/bin/run:1:in `<main>'"];
    expect(only(lines)).toMatchObject({ language: 'ruby', exceptionType: 'ZeroDivisionError', message: 'divided by 0' });
  });

  it('reads a Rails error with a whitespace-only line before the frames', () => {
    const lines = [' ActionController::RoutingError (No route matches [GET] "/x"):', '  ', "  actionpack (7.0.4) lib/action_dispatch/middleware/debug_exceptions.rb:28:in `call'"];
    expect(owners([NOTE, ...lines, NOTE])).toEqual([null, 1, 1, 1, null]);
  });

  it('ends a PHP trace at "thrown in"', () => {
    const lines = [
      'PHP Fatal error:  Uncaught RuntimeException: no stock in /app/cart.php:14',
      'Stack trace:',
      '#0 /app/index.php(9): Cart->add()',
      '#1 {main}',
      '  thrown in /app/cart.php on line 14',
    ];
    expect(owners([...lines, '#2 not a frame'])).toEqual([...lines.map(() => 1), null]);
    expect(only(lines)).toMatchObject({ language: 'php', exceptionType: 'RuntimeException', message: 'no stock', frames: ['/app/index.php(9): Cart->add()'] });
  });

  it('keeps a Dart FormatException with its quoted input, caret and blank line', () => {
    const lines = [
      'Unhandled exception:',
      'FormatException: Unexpected character (at character 1)',
      'x{}',
      '^',
      '',
      '#0      _parse (dart:convert-patch/convert_patch.dart:1383:5)',
      '<asynchronous suspension>',
      '#1      main (file:///app/bin/main.dart:5:3)',
    ];
    expect(owners([NOTE, ...lines, NOTE])).toEqual([null, ...lines.map(() => 1), null]);
    expect(only(lines)).toMatchObject({ language: 'dart', exceptionType: 'FormatException' });
  });

  it('names the type of a Dart core error from its message', () => {
    expect(only(['Unhandled exception:', 'Bad state: No element', '#0      List.first (dart:core-patch/growable_array.dart:343:5)']).exceptionType).toBe('StateError');
  });
});

describe('stack trace splitter: input handling', () => {
  it('accepts Windows line endings', () => {
    expect(owners([NOTE + '\r', ...PYTHON.map((l) => l + '\r')])).toEqual([null, ...PYTHON.map(() => 1)]);
    expect(only(PYTHON.map((l) => l + '\r')).text).toBe(PYTHON.join('\n'));
  });

  it('accepts frames indented with spaces or tabs', () => {
    expect(owners(['java.lang.Error: x', '    at a.B.c(B.java:1)', '\tat a.B.d(B.java:2)', '  at a.B.e(B.java:3)'])).toEqual([1, 1, 1, 1]);
  });
});

describe('stack trace splitter: streaming', () => {
  it('returns a trace from push once enough unrelated lines have passed', () => {
    const splitter = new StackTraceSplitter({ maxGap: 2 });
    const seen: AssembledTrace[] = [];
    for (const line of [...PYTHON, NOTE, NOTE]) seen.push(...splitter.push(line));
    expect(seen).toHaveLength(0);
    seen.push(...splitter.push(NOTE));
    expect(seen).toHaveLength(1);
    expect(splitter.end()).toEqual([]);
  });

  it('returns a PHP trace as soon as its "thrown in" line arrives', () => {
    const splitter = new StackTraceSplitter();
    const lines = ['PHP Fatal error:  Uncaught Exception: x in /a.php:1', 'Stack trace:', '#0 {main}', '  thrown in /a.php on line 1'];
    const done = lines.flatMap((line) => [...splitter.push(line)]);
    expect(done.map((t) => t.lines)).toEqual([[0, 1, 2, 3]]);
  });

  it('closes a trace that never ends at the line limit', () => {
    const lines = ['java.lang.StackOverflowError', ...Array.from({ length: 50 }, (_, i) => `\tat a.B.f${i}(B.java:${i})`)];
    const { traces } = splitTraces(lines, { maxLines: 20 });
    expect(traces[0]!.lines).toHaveLength(20);
    expect(traces.every((t) => t.lines.length <= 20)).toBe(true);
  });

  it('keeps at most maxOpen traces open at once', () => {
    const splitter = new StackTraceSplitter({ maxOpen: 2, maxGap: 1000 });
    const done: AssembledTrace[] = [];
    for (let i = 0; i < 3; i += 1) done.push(...splitter.push(`java.lang.Error: e${i}`), ...splitter.push('\tat a.B.c(B.java:1)'));
    expect(done).toHaveLength(1);
    expect(splitter.end()).toHaveLength(2);
  });

  it('uses the indexes given to push', () => {
    const splitter = new StackTraceSplitter();
    PYTHON.forEach((line, i) => splitter.push(line, 100 + i));
    expect(splitter.end()[0]!.lines).toEqual([100, 101, 102, 103, 104, 105]);
  });
});

// Real traces in the styles people log (origin and licence of each file: fixtures/traces/SOURCE.md).
describe('stack trace splitter on real traces of every style', () => {
  const dir = new URL('../../fixtures/traces/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const PLAIN = ['2026-11-25 10:00:00 INFO request served in 12 ms', 'user signed in', 'cache warmed'];
  const UNRELATED = ['Traceback (most recent call last):', '  File "/app/other.py", line 3, in <module>', '    boom()', "KeyError: 'x'"];
  const none = (lines: readonly string[]): null[] => lines.map(() => null);
  const shift = (owners: readonly (number | null)[], by: number): (number | null)[] => owners.map((o) => (o === null ? null : o + by));

  function fixture(name: string): { lines: string[]; expected: (number | null)[] } {
    const lines = readFileSync(new URL(name, dir), 'utf8').replace(/\n$/, '').split('\n');
    const expectFile = new URL(name.replace(/\.txt$/, '.expect.json'), dir);
    const expected = existsSync(expectFile) ? (JSON.parse(readFileSync(expectFile, 'utf8')) as { trace_of_line: (number | null)[] }).trace_of_line : lines.map(() => 1);
    return { lines, expected };
  }

  it.each(files)('%s: every line in its trace, alone', (name) => {
    const { lines, expected } = fixture(name);
    expect(owners(lines)).toEqual(expected);
  });

  it.each(files)('%s: every line in its trace, between unrelated plain lines', (name) => {
    const { lines, expected } = fixture(name);
    expect(owners([...PLAIN, ...lines, ...PLAIN])).toEqual([...none(PLAIN), ...expected, ...none(PLAIN)]);
  });

  it.each(files)('%s: not joined to an unrelated trace printed earlier', (name) => {
    const { lines, expected } = fixture(name);
    expect(owners([...UNRELATED, ...PLAIN, ...lines])).toEqual([...UNRELATED.map(() => 1), ...none(PLAIN), ...shift(expected, 1)]);
  });

  it.each(files)('%s: printed twice in a row, two traces', (name) => {
    const { lines, expected } = fixture(name);
    const count = Math.max(...expected.map((o) => o ?? 0));
    expect(owners([...lines, ...lines])).toEqual([...expected, ...shift(expected, count)]);
  });
});

describe('stack trace splitter: where a trace ends', () => {
  it('a new Traceback header always starts a new trace, right after another trace', () => {
    expect(owners([...PYTHON, ...PYTHON])).toEqual([...PYTHON.map(() => 1), ...PYTHON.map(() => 2)]);
  });

  it('a chain separator joins the traceback after it to the one before it, blank lines included', () => {
    const chained = [...PYTHON, '', 'The above exception was the direct cause of the following exception:', '', ...PYTHON];
    expect(owners(chained)).toEqual(chained.map(() => 1));
  });

  it('a chain separator after unrelated lines does not reach back to an earlier trace', () => {
    const lines = [...PYTHON, NOTE, 'During handling of the above exception, another exception occurred:', '', ...PYTHON];
    expect(owners(lines)).toEqual([...PYTHON.map(() => 1), null, null, null, ...PYTHON.map(() => 2)]);
  });

  it('reads a rich box traceback (header in the top rule) through its exception line', () => {
    const rich = [
      '╭───────────────────── Traceback (most recent call last) ─────────────────────╮',
      '│ /app/server.py:172 in <module>                                              │',
      '│                                                                             │',
      '│ ❱ 172 │   from core.agents.executor import AgentExecutorService             │',
      '╰─────────────────────────────────────────────────────────────────────────────╯',
      "ImportError: cannot import name 'get_tool_registry'",
    ];
    const t = only([NOTE, ...rich, NOTE]);
    expect(t.lines).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.exceptionType).toBe('ImportError');
  });

  it('ignores colour codes around a trace', () => {
    const coloured = PYTHON.map((line) => `\u001b[31m${line}\u001b[0m`);
    expect(owners([NOTE, ...coloured, NOTE])).toEqual([null, ...PYTHON.map(() => 1), null]);
  });

  it('takes a Node error whose cause folded shared frames, and stops at the next unindented line', () => {
    const node = [
      'Error: send failed',
      '    at send (/app/mail.js:3:9)',
      '    ... 4 lines matching cause stack trace ...',
      '    at main (/app/index.js:9:1) {',
      '  [cause]: Error: 500',
      '      at get (/app/http.js:7:3)',
    ];
    expect(owners([...node, NOTE])).toEqual([...node.map(() => 1), null]);
  });
});
