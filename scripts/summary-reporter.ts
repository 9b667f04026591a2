// The node:test reporter of `npm test`: a dot per test as they finish (X for a failure), then a few lines
// at the end: how many tests ran, passed, failed and were skipped, how long it took, and each failure by
// name and file with the first lines of its error. It only reports: the exit code stays node --test's own.

interface TestEventData {
  name: string;
  nesting: number;
  file?: string;
  skip?: boolean | string;
  todo?: boolean | string;
  details?: { type?: 'suite' | 'test'; error?: { message?: string; cause?: unknown } };
}

type TestEvent = { type: string; data: TestEventData };

export default async function* summaryReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const started = Date.now();
  let pass = 0, fail = 0, skipped = 0, column = 0;
  const failures: string[] = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    // Suites and whole files are counted through the tests they hold.
    if (data.details?.type === 'suite') continue;
    yield `${event.type === 'test:fail' ? 'X' : '.'}${++column % 80 === 0 ? '\n' : ''}`;
    if (data.skip !== undefined || data.todo !== undefined) skipped++;
    else if (event.type === 'test:pass') pass++;
    else {
      fail++;
      const cause = data.details?.error?.cause;
      const message = (cause instanceof Error ? cause.message : data.details?.error?.message ?? '').split('\n').slice(0, 4).join('\n      ');
      failures.push(`  ✗ ${data.name}${data.file ? ` (${data.file.replace(/^.*\/dist\//, 'dist/')})` : ''}${message ? `: ${message}` : ''}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  yield `\n── summary ──\ntests ${pass + fail + skipped} · pass ${pass} · fail ${fail} · skipped ${skipped} · duration ${seconds} s\n`;
  if (failures.length) yield `failed:\n${failures.join('\n')}\n`;
}
