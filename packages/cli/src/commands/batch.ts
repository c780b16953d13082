/**
 * Batch modes: `shuangjiang <caseno|outcome|calendar|deadline> --jsonl`.
 *
 * Contract: JSON Lines on stdin → exactly one JSON line per input line on stdout, in input order. A bad line (invalid
 * JSON, empty line, missing field, unknown rule, uncovered year …) never stops the run: it is answered with the mode's
 * fields set to null and `error` set. Line ends are '\n' (a trailing '\r' is dropped); a last line without '\n' counts.
 *
 * Speed: each stdin chunk is decoded once (StringDecoder keeps characters split across chunks whole) and split on
 * '\n'; answers are built as JSON text directly and joined into ~64 KiB writes with backpressure, no console.log per
 * line.
 */
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import {
  type CaseNumberCourt,
  type CaseNumberResult,
  type CaseNumberType,
  classifyOutcome,
  classifyOutcomeForKind,
  computeDeadline,
  createCalendar,
  type OutcomeCaseKind,
  type OutcomeResult,
  officialSchedule,
  parseCaseNumber,
  type WorkCalendar,
} from '@shuangjiang/domain';
import type { Command } from 'commander';

export type BatchMode = 'caseno' | 'outcome' | 'calendar' | 'deadline';
export const BATCH_MODES: readonly BatchMode[] = ['caseno', 'outcome', 'calendar', 'deadline'];

/** One input line (without its '\n') → one output JSON text (without '\n'). Never throws. */
export type LineHandler = (line: string) => string;

/** Lines longer than this (in characters) are answered with LINE_TOO_LONG instead of being held in memory. */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;
const FLUSH_AT = 64 * 1024;

// --- what each mode needs from the domain -------------------------------------------------------------------------

export interface BatchDeps {
  parseCaseNumber: (text: string) => CaseNumberResult;
  classifyOutcome: (text: string) => OutcomeResult;
  /** `calendar` mode: strict — a date in a year the schedule does not cover is an error. */
  calendar: WorkCalendar;
  /**
   * `deadline` mode (default: `calendar`): provisional for uncovered years, so a deadline there gets a date marked
   * `"provisional": true` (暂定, weekends and statutory holidays only) instead of an error.
   */
  deadlineCalendar?: WorkCalendar;
}

export function defaultDeps(): BatchDeps {
  return {
    parseCaseNumber,
    classifyOutcome,
    calendar: createCalendar(officialSchedule),
    deadlineCalendar: createCalendar(officialSchedule, [], { provisional: true }),
  };
}

// --- line handlers ----------------------------------------------------------------------------------------------

class LineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const EMPTY: Record<BatchMode, Record<string, null>> = {
  caseno: {
    input: null,
    valid: null,
    normalized: null,
    year: null,
    seq: null,
    format: null,
    court: null,
    type: null,
  },
  outcome: { categories: null, primary: null, governmentLost: null, evidence: null },
  calendar: { date: null, workday: null, reason: null },
  deadline: { rule: null, from: null, due: null, provisional: null, explanation: null, basis: null },
};

/** The answer to a line that could not be processed: every field null, `error` = 'CODE: message'. */
export function errorLine(mode: BatchMode, code: string, message: string): string {
  return JSON.stringify({ ...EMPTY[mode], error: `${code}: ${message}` });
}

function requestOf(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new LineError('INVALID_JSON', (e as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LineError('INVALID_REQUEST', '每行应为JSON对象 / each line must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function stringField(req: Record<string, unknown>, name: string): string {
  const v = req[name];
  if (typeof v !== 'string')
    throw new LineError('INVALID_REQUEST', `缺少字符串字段“${name}” / missing string "${name}"`);
  return v;
}

const KINDS: readonly OutcomeCaseKind[] = ['litigation', 'reconsideration', 'dispute'];

/** The optional `kind` of an outcome request: the case kind whose outcomes to answer in (default litigation). */
function kindOf(req: Record<string, unknown>): OutcomeCaseKind {
  const v = req.kind ?? 'litigation';
  if (!KINDS.includes(v as OutcomeCaseKind)) {
    throw new LineError(
      'INVALID_REQUEST',
      `“kind”应为 ${KINDS.join(' / ')} / "kind" must be one of ${KINDS.join(', ')}`,
    );
  }
  return v as OutcomeCaseKind;
}

const TEXT_PREFIX = '{"text":"';
const JSON_STRING_SPECIAL = /["\\\u0000-\u001f]/;

/**
 * The `text` field of a request. Fast path for the common exact form {"text":"…"} whose content needs no unescaping
 * (gives the same string JSON.parse would); anything else goes through JSON.parse.
 */
function textOf(line: string): string {
  if (line.startsWith(TEXT_PREFIX) && line.endsWith('"}') && line.length >= TEXT_PREFIX.length + 2) {
    const inner = line.slice(TEXT_PREFIX.length, -2);
    if (!JSON_STRING_SPECIAL.test(inner)) return inner;
  }
  return stringField(requestOf(line), 'text');
}

const OUTPUT_SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON text of a string (or null); skips JSON.stringify when nothing needs escaping. */
function str(s: string | null | undefined): string {
  if (s === null || s === undefined) return 'null';
  if (s.length > 64) return OUTPUT_SPECIAL.test(s) ? JSON.stringify(s) : `"${s}"`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // '"', '\\', control characters, and surrogates (JSON.stringify escapes lone ones)
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

// Court and type objects come from the parser's tables and are immutable: their JSON is built once per object.
const fragments = new WeakMap<object, string>();

function courtJson(c: CaseNumberCourt): string {
  let json = fragments.get(c);
  if (json === undefined) {
    json = `{"code":${str(c.code)},"level":${str(c.level)},"province":${str(c.province)}}`;
    fragments.set(c, json);
  }
  return json;
}

function typeJson(t: CaseNumberType): string {
  let json = fragments.get(t);
  if (json === undefined) {
    json =
      `{"code":${str(t.code)},"name":${str(t.name)},"administrative":${t.administrative === true},` +
      `"instance":${str(t.instance)},"known":${t.known === true}}`;
    fragments.set(t, json);
  }
  return json;
}

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

type Answer = (line: string) => string;

function answerers(deps: BatchDeps): Record<BatchMode, Answer> {
  return {
    caseno(line) {
      const r = deps.parseCaseNumber(textOf(line));
      if (!r.valid) {
        return `{"input":${str(r.input)},"valid":false,"normalized":null,"year":null,"seq":null,"format":null,"court":null,"type":null,"error":${str(r.reason)}}`;
      }
      const input = str(r.input);
      const normalized = r.normalized === r.input ? input : str(r.normalized);
      const format = r.format === 'current' ? '"current"' : str(r.format);
      return (
        `{"input":${input},"valid":true,"normalized":${normalized},"year":${num(r.year)},` +
        `"seq":${num(r.seq)},"format":${format},"court":${courtJson(r.court)},"type":${typeJson(r.type)},` +
        `"error":null}`
      );
    },
    outcome(line) {
      // {"text":…,"kind":"reconsideration"} reads a 复议决定 with the reconsideration classifier (行政复议法 arts. 63–74).
      const kind = line.includes('"kind"') ? kindOf(requestOf(line)) : 'litigation';
      const text = textOf(line);
      const r = kind === 'litigation' ? deps.classifyOutcome(text) : classifyOutcomeForKind(kind, text);
      return JSON.stringify({
        categories: r.categories,
        primary: r.primary,
        governmentLost: r.governmentLost,
        evidence: r.evidence,
        error: null,
      });
    },
    calendar(line) {
      const info = deps.calendar.dayInfo(stringField(requestOf(line), 'date'));
      return `{"date":${str(info.date)},"workday":${info.workday},"reason":${str(info.reason)},"error":null}`;
    },
    deadline(line) {
      const req = requestOf(line);
      const r = computeDeadline(
        stringField(req, 'rule'),
        stringField(req, 'from'),
        deps.deadlineCalendar ?? deps.calendar,
      );
      return JSON.stringify({
        rule: r.rule.id,
        from: r.from,
        due: r.due,
        provisional: r.provisional,
        explanation: r.explanation,
        basis: r.basis,
        error: null,
      });
    },
  };
}

export function createLineHandler(mode: BatchMode, deps: BatchDeps = defaultDeps()): LineHandler {
  const answer = answerers(deps)[mode];
  return (line) => {
    try {
      if (line.trim() === '') throw new LineError('EMPTY_LINE', '空行 / empty line');
      return answer(line);
    } catch (e) {
      const err = e as { code?: unknown; message?: unknown };
      const code = typeof err?.code === 'string' ? err.code : 'INTERNAL_ERROR';
      return errorLine(mode, code, typeof err?.message === 'string' ? err.message : String(e));
    }
  };
}

// --- streaming ---------------------------------------------------------------------------------------------------

export interface BatchStats {
  lines: number;
}

export interface BatchOptions {
  /** Longest line in UTF-16 code units (default MAX_LINE_LENGTH); longer lines are answered with `tooLong`. */
  maxLineLength?: number;
  /** The answer to a line longer than maxLineLength. */
  tooLong?: () => string;
}

/** Resolves on 'drain', or when the output closes or fails (then there is nothing left to wait for). */
function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      output.off('error', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
    output.on('error', done);
  });
}

/**
 * Reads `input` (byte chunks), answers each '\n'-terminated line with `handle`, writes the answers to `output` in
 * order, respecting backpressure. Resolves when the input ends (or the output is closed by the reader, e.g. `| head`).
 */
export async function runBatch(
  handle: LineHandler,
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  output: Writable,
  options: BatchOptions = {},
): Promise<BatchStats> {
  const maxLineLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  const tooLong = options.tooLong ?? (() => JSON.stringify({ error: 'LINE_TOO_LONG' }));
  let closed = false;
  // Never removed: a late EPIPE from a reader that went away must not crash the process.
  output.on('error', () => {
    closed = true;
  });
  const decoder = new StringDecoder('utf8'); // keeps a character split across two chunks whole
  let out = '';
  let lines = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  let overflow = false;

  const flush = async () => {
    if (out === '' || closed) return;
    const ok = output.write(out);
    out = '';
    if (!ok && !closed) await drained(output);
  };
  const emit = (line: string) => {
    lines++;
    out += (line.endsWith('\r') ? handle(line.slice(0, -1)) : handle(line)) + '\n';
  };
  const emitPending = (tail: string) => {
    if (overflow || pendingLength + tail.length > maxLineLength) {
      lines++;
      out += tooLong() + '\n';
    } else {
      pending.push(tail);
      emit(pending.join(''));
    }
    pending = [];
    pendingLength = 0;
    overflow = false;
  };
  const keep = (rest: string) => {
    if (rest === '') return;
    if (overflow || pendingLength + rest.length > maxLineLength) {
      overflow = true;
      pending = [];
      pendingLength = 0;
    } else {
      pending.push(rest);
      pendingLength += rest.length;
    }
  };

  for await (const chunk of input) {
    if (closed) break;
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl !== -1) {
      if (pendingLength > 0 || overflow || nl - start > maxLineLength) emitPending(text.slice(start, nl));
      else emit(text.slice(start, nl));
      if (out.length >= FLUSH_AT) await flush();
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    keep(text.slice(start));
  }
  if (!closed) {
    keep(decoder.end());
    if (pendingLength > 0 || overflow) emitPending('');
  }
  await flush();
  return { lines };
}

// --- commander ---------------------------------------------------------------------------------------------------

const DESCRIPTIONS: Record<BatchMode, [string, string, string]> = {
  caseno: [
    '批量解析案号 / parse case numbers',
    '{"text": "（2024）苏0102行初123号"}',
    '{"input","valid","normalized","year","seq","format","court":{"code","level","province"},"type":{"code","name","administrative","instance","known"},"error"}',
  ],
  outcome: [
    '批量判断裁判结果或复议结果 / classify judgment or reconsideration outcomes',
    '{"text": "…判决主文…"}  or  {"text": "…本机关决定：…", "kind": "reconsideration"}  (kind: litigation | reconsideration | dispute)',
    '{"categories","primary","governmentLost","evidence","error"}',
  ],
  calendar: [
    '批量查询工作日 / look up working days (official schedule 2019–2026)',
    '{"date": "2024-10-01"}',
    '{"date","workday","reason","error"}',
  ],
  deadline: [
    '批量计算期限 / compute statutory deadlines (a year without its schedule: provisional, 暂定)',
    '{"rule": "litigation.defense", "from": "2024-09-20"}',
    '{"rule","from","due","provisional","explanation","basis","error"}  ("provisional": true = 暂定: the year\'s schedule is not loaded, computed from weekends and statutory holidays)',
  ],
};

const CONTRACT_HELP = `
Contract:
  stdin: JSON Lines, one request per line.  stdout: exactly one JSON line per input line, same order.
  A bad line never stops the run: it is answered with every field null and "error": "CODE: message".
  Empty (or whitespace-only) lines are answered with "EMPTY_LINE", invalid JSON with "INVALID_JSON",
  so the output always has as many lines as the input. Lines up to 64 Mi characters are read; longer → "LINE_TOO_LONG".
  --jsonl is required (the only format for now).`;

export function register(program: Command): void {
  for (const mode of BATCH_MODES) {
    const [summary, example, output] = DESCRIPTIONS[mode];
    program
      .command(mode)
      .description(summary)
      .option('--jsonl', 'JSON Lines on stdin → JSON Lines on stdout')
      .addHelpText('after', `\nInput line:  ${example}\nOutput line: ${output}\n${CONTRACT_HELP}`)
      .action(async (opts: { jsonl?: boolean }, cmd: Command) => {
        if (!opts.jsonl) {
          cmd.error(
            `错误 / error: ${mode} 需要 --jsonl（目前唯一的格式）/ ${mode} needs --jsonl (JSON Lines in and out; the only format for now).\n` +
              `  e.g. echo '${example}' | shuangjiang ${mode} --jsonl`,
            { exitCode: 2, code: 'shuangjiang.batch.format' },
          );
        }
        const handle = createLineHandler(mode);
        await runBatch(handle, process.stdin, process.stdout, {
          tooLong: () => errorLine(mode, 'LINE_TOO_LONG', `行超过${MAX_LINE_LENGTH}字符 / line too long`),
        });
      });
  }
}
