import { describe, expect, it } from 'vitest';
import { safeErrorSerializer } from './logging.js';
import { createOutageMonitor, isDatabaseUnavailable } from './outage.js';

const withCause = (message: string, cause: unknown) => Object.assign(new Error(message), { cause });
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused (Drizzle wraps pg)', withCause('Failed query: select 1', coded('ECONNREFUSED'))],
    ['server shutting down', coded('57P01', 'terminating connection due to administrator command')],
    ['server starting', coded('57P03', 'the database system is starting up')],
    ['connection exception class 08', coded('08006')],
    ['socket cut', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['IPv6 and IPv4 both refused', withCause('x', Object.assign(new AggregateError([coded('ECONNREFUSED')]), {}))],
  ])('%s → unavailable', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['unique violation', coded('23505')],
    ['serialization failure', coded('40001')],
    ['a bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('%s → not unavailable', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('outage monitor', () => {
  it('logs once when an outage starts and once when the database answers again', async () => {
    const lines: string[] = [];
    let up = false;
    const monitor = createOutageMonitor(
      { error: (_o, m) => lines.push(`error ${m}`), info: (o, m) => lines.push(`info ${m} ${JSON.stringify(o)}`) },
      async () => {
        if (!up) throw new Error('down');
      },
      10,
    );
    for (let i = 0; i < 50; i++) monitor.report();
    expect(monitor.active).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(lines).toHaveLength(1);
    up = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(monitor.active).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('database reachable again');
    expect(lines[1]).toContain('"failedRequests":50');
    monitor.stop();
  });
});

describe('logged errors carry no bound parameters', () => {
  it('keeps the statement and the stack frames, drops the values', () => {
    const err = Object.assign(
      new Error('Failed query: select * from sessions where token_hash = $1\nparams: 9f86d081884c7d65,13912345678'),
      { params: ['9f86d081884c7d65', '13912345678'] },
    );
    const logged = JSON.stringify(safeErrorSerializer(withCause('wrapped', err)));
    const direct = JSON.stringify(safeErrorSerializer(err));
    for (const text of [logged, direct]) {
      expect(text).not.toContain('9f86d081884c7d65');
      expect(text).not.toContain('13912345678');
    }
    expect(direct).toContain('select * from sessions where token_hash = $1');
    expect(direct).toMatch(/\\n {4}at /);
  });
});
