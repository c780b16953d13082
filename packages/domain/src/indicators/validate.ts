/**
 * Validation of a definition set and a card rule set as they arrive from settings or an imported JSON file
 * (docs/rules/indicators-and-sanctions.md#definitions): every error names its field (`definitions[3].format.decimals`)
 * and says in Chinese what is wrong. The server wraps these in its zod schemas; the domain stays zod-free.
 */
import { SANCTIONS } from './cards.js';
import {
  CASE_KINDS,
  CO_DEFENDANT_RULES,
  INDICATOR_KIND_LABELS,
  INDICATOR_KINDS,
  INSTANCE_FILTERS,
  LOSS_DENOMINATORS,
  LOSS_NUMERATORS,
  LOSS_SCOPES,
} from './definitions.js';
import { ROUNDINGS } from './format.js';

export interface FieldError {
  /** The field's path, e.g. "definitions[3].format.decimals". */
  readonly field: string;
  /** Chinese, naming the field, e.g. "第4项“一审败诉率”的小数位数应为 0–4 的整数". */
  readonly message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const show = (v: unknown) => (v === undefined ? '空' : JSON.stringify(v));

class Collector {
  readonly errors: FieldError[] = [];
  add(field: string, message: string) {
    this.errors.push({ field, message });
  }
  oneOf(o: Obj, key: string, path: string, name: string, allowed: readonly string[], what: string) {
    if (!allowed.includes(o[key] as string)) {
      this.add(`${path}.${key}`, `${name}的${what}应为 ${allowed.join('、')} 之一，收到 ${show(o[key])}`);
    }
  }
  text(o: Obj, key: string, path: string, name: string, what: string) {
    if (typeof o[key] !== 'string' || (o[key] as string).trim() === '')
      this.add(`${path}.${key}`, `${name}缺少${what}`);
  }
  id(o: Obj, key: string, path: string, name: string, what: string) {
    if (typeof o[key] !== 'string' || !ID.test(o[key] as string)) {
      this.add(
        `${path}.${key}`,
        `${name}的${what}应由小写字母、数字、“_”或“-”组成（最多 64 个字符），收到 ${show(o[key])}`,
      );
    }
  }
  integer(o: Obj, key: string, path: string, name: string, what: string, min: number, max: number) {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.add(`${path}.${key}`, `${name}的${what}应为 ${min}–${max} 的整数，收到 ${show(v)}`);
    }
  }
}

function definition(c: Collector, d: unknown, path: string, index: number): void {
  if (!isObj(d)) {
    c.add(path, `第${index + 1}项指标口径应为对象`);
    return;
  }
  const name = `第${index + 1}项指标口径${typeof d.label === 'string' && d.label ? `“${d.label}”` : ''}`;
  c.id(d, 'id', path, name, '编号');
  c.text(d, 'label', path, name, '名称');
  c.oneOf(d, 'kind', path, name, INDICATOR_KINDS, '指标');
  c.oneOf(d, 'coDefendants', path, name, CO_DEFENDANT_RULES, '共同被告计算规则');
  const kind = d.kind as (typeof INDICATOR_KINDS)[number];
  if (!INDICATOR_KINDS.includes(kind)) return;
  if (kind === 'new_cases' || kind === 'concluded') {
    const kinds = d.caseKinds;
    if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !CASE_KINDS.includes(k))) {
      c.add(`${path}.caseKinds`, `${name}的案件类型应为 ${CASE_KINDS.join('、')} 中的一个或多个，收到 ${show(kinds)}`);
    }
    c.oneOf(d, 'instances', path, name, INSTANCE_FILTERS, '审级范围');
    if ('format' in d) c.add(`${path}.format`, `${name}是${INDICATOR_KIND_LABELS[kind]}（数量），不设百分比格式`);
    return;
  }
  if (!isObj(d.format)) c.add(`${path}.format`, `${name}缺少显示格式（取舍方式与小数位数）`);
  else {
    c.oneOf(d.format, 'rounding', `${path}.format`, name, ROUNDINGS, '取舍方式');
    c.integer(d.format, 'decimals', `${path}.format`, name, '小数位数', 0, 4);
  }
  if (kind === 'loss_rate') {
    c.oneOf(d, 'numerator', path, name, LOSS_NUMERATORS, '分子');
    c.oneOf(d, 'denominator', path, name, LOSS_DENOMINATORS, '分母');
    c.oneOf(d, 'scope', path, name, LOSS_SCOPES, '口径');
    if (d.denominator === 'effective' && d.scope === 'first-instance') {
      c.add(`${path}.scope`, `${name}的分母为生效案件，口径应为生效结果（effective），不能为一审结果`);
    }
  }
  if (kind === 'mediation_withdrawal_rate') {
    c.oneOf(d, 'caseKind', path, name, ['litigation', 'reconsideration'], '案件类型');
    c.oneOf(d, 'instances', path, name, INSTANCE_FILTERS, '审级范围');
  }
  if (kind === 'appeal_rate') c.oneOf(d, 'denominator', path, name, ['concluded', 'appealable'], '分母');
}

/** Errors of a definition set (empty when valid): shape, each definition's options, unique ids. */
export function validateDefinitionSet(input: unknown): FieldError[] {
  const c = new Collector();
  if (!isObj(input)) {
    c.add('', '指标口径集应为对象');
    return c.errors;
  }
  c.id(input, 'id', '', '指标口径集', '编号');
  c.text(input, 'name', '', '指标口径集', '名称');
  if (!Array.isArray(input.definitions) || input.definitions.length === 0) {
    c.add('definitions', '指标口径集至少应包含一项指标口径');
    return c.errors.map((e) => ({ ...e, field: e.field.replace(/^\./, '') }));
  }
  const seen = new Map<string, number>();
  input.definitions.forEach((d, i) => {
    definition(c, d, `definitions[${i}]`, i);
    const id = isObj(d) ? d.id : undefined;
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first !== undefined) c.add(`definitions[${i}].id`, `第${i + 1}项指标口径的编号“${id}”与第${first + 1}项重复`);
      else seen.set(id, i);
    }
  });
  return c.errors.map((e) => ({ ...e, field: e.field.replace(/^\./, '') }));
}

/**
 * Errors of a card rule set: each rule's options, unique ids, the loss-rate definition it reads present among
 * `lossRateDefinitionIds` (when given), and a `consecutive` rule placed after a rule that proposes what it counts.
 */
export function validateCardRuleSet(input: unknown, lossRateDefinitionIds?: readonly string[]): FieldError[] {
  const c = new Collector();
  if (!isObj(input)) {
    c.add('', '通报规则集应为对象');
    return c.errors;
  }
  c.id(input, 'id', '', '通报规则集', '编号');
  c.text(input, 'name', '', '通报规则集', '名称');
  if (lossRateDefinitionIds && !lossRateDefinitionIds.includes(input.lossRateDefinitionId as string)) {
    c.add(
      'lossRateDefinitionId',
      `通报规则集引用的败诉率口径 ${show(input.lossRateDefinitionId)} 不存在，可选：${lossRateDefinitionIds.join('、')}`,
    );
  }
  if (!Array.isArray(input.rules) || input.rules.length === 0) {
    c.add('rules', '通报规则集至少应包含一条规则');
    return c.errors.map((e) => ({ ...e, field: e.field.replace(/^\./, '') }));
  }
  const proposed = new Set<unknown>();
  const ids = new Set<unknown>();
  input.rules.forEach((r, i) => {
    const path = `rules[${i}]`;
    const name = `第${i + 1}条通报规则`;
    if (!isObj(r)) {
      c.add(path, `${name}应为对象`);
      return;
    }
    c.id(r, 'id', path, name, '编号');
    if (ids.has(r.id)) c.add(`${path}.id`, `${name}的编号“${String(r.id)}”重复`);
    ids.add(r.id);
    c.oneOf(
      r,
      'kind',
      path,
      name,
      ['highest-loss-rate', 'consecutive', 'top-loss-count-and-rate', 'loss-rate-above'],
      '类型',
    );
    if (r.kind !== 'loss-rate-above') c.oneOf(r, 'sanction', path, name, SANCTIONS, '处理方式');
    if (r.kind !== 'consecutive') c.integer(r, 'minConcluded', path, name, '最低审结案件数', 1, 100_000);
    if (r.kind === 'consecutive') {
      c.oneOf(r, 'of', path, name, SANCTIONS, '连续计算的处理方式');
      c.integer(r, 'quarters', path, name, '连续季度数', 2, 12);
      if (!proposed.has(r.of)) c.add(`${path}.of`, `${name}连续计算的“${String(r.of)}”须由排在它之前的规则提出`);
    }
    if (r.kind === 'loss-rate-above') {
      if (typeof r.abovePercent !== 'number' || !(r.abovePercent >= 0 && r.abovePercent < 100)) {
        c.add(`${path}.abovePercent`, `${name}的败诉率界限应为 0–100 之间的百分数，收到 ${show(r.abovePercent)}`);
      }
      const steps = r.steps;
      if (!Array.isArray(steps) || steps.length === 0 || steps.some((s) => !SANCTIONS.includes(s))) {
        c.add(`${path}.steps`, `${name}的逐次处理方式应为 ${SANCTIONS.join('、')} 中的一项或多项，收到 ${show(steps)}`);
      } else for (const s of steps) proposed.add(s);
    } else proposed.add(r.sanction);
  });
  return c.errors.map((e) => ({ ...e, field: e.field.replace(/^\./, '') }));
}
