/**
 * The values of the 应诉批办单 from a case as the caller sees it (personal data stays masked where the caller's role
 * sees it masked: the document holds nothing the screen would not show).
 */
import type { z } from 'zod';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS, RISK_LEVEL_LABELS } from '../../cases/constants.js';
import type { caseDetail } from '../../cases/dto.js';
import type { AssignmentFormData } from './assignmentForm.js';

type CaseDetail = z.infer<typeof caseDetail>;

/** The defence (答辩) deadline of a lawsuit, the written reply (书面答复) of a reconsideration (docs/rules/deadlines.md). */
const DEFENCE_RULES = ['litigation.defense', 'reconsideration.reply', 'reconsideration.reply.simplified'];

/** 2026-12-07 → 2026年12月7日 (GB/T 9704 §7.3.5.2: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An instant as China time: 2026年12月9日 09:30. */
function chinaDateTime(iso: string): string {
  const china = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return `${chineseDate(china)} ${china.slice(11, 16)}`;
}

const names = (items: string[]) => (items.length ? items.join('、') : '无');

export function assignmentFormData(c: CaseDetail, issuer: string, today: string): AssignmentFormData {
  const side = (s: string) => c.parties.filter((p) => p.side === s).map((p) => p.name);
  const defence = c.deadlines.find((d) => DEFENCE_RULES.includes(d.ruleId) && d.effectiveDueDate);
  const hearing = [...c.hearings].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt)).at(-1);
  return {
    机关名称: issuer,
    案件类型: CASE_KIND_LABELS[c.kind],
    案号: c.caseNumber ?? '待核实',
    审级: c.instance ? CASE_INSTANCE_LABELS[c.instance] : '—',
    案由: c.causeOfAction ?? '—',
    受理机关: c.courtName ?? '—',
    原告: names(side('plaintiff')),
    被告: names(side('defendant')),
    第三人: names(side('third_party')),
    被诉行为: c.contestedAct ?? '—',
    收到日期: chineseDate(c.complaintReceivedDate),
    立案日期: chineseDate(c.filedDate),
    答辩期限: defence ? `${chineseDate(defence.effectiveDueDate)}${defence.provisional ? '（暂定）' : ''}` : '—',
    开庭安排: hearing
      ? `${chinaDateTime(hearing.scheduledAt)}${hearing.courtroom ? `，${hearing.courtroom}` : ''}`
      : '尚未排期',
    风险等级: RISK_LEVEL_LABELS[c.riskLevel],
    承办单位: c.firstDefendantName ?? '—',
    生成日期: chineseDate(today),
  };
}
