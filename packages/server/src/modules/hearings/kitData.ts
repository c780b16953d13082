/**
 * The values of the hearing preparation kit (docs/rules/documents.md#preparation-kit) from the case as the caller sees
 * it (personal data masked as on screen), the hearing it is prepared for, and the defendant's heads list:
 * - the head: the head designated for the hearing, else the first defendant's 正职 (then 副职, 分管) from the heads list;
 * - the agents: the 应诉 staff and lawyers designated for the hearing (行政诉讼法第三十一条: one or two).
 */

import type { CaseDetail } from '../cases/dto.js';
import { chineseDate, type PreparationKitData } from '../documents/service.js';
import type { HeadRow } from '../org/public.js';
import { HEARING_KIND_LABELS, HEARING_MODE_LABELS } from './constants.js';
import type { AppearanceRow, HearingRow } from './schema.js';

const HEAD_ROLE_NAMES: Record<HeadRow['headRole'], string> = {
  principal: '正职',
  deputy: '副职',
  in_charge: '分管负责人',
};

/** An instant as China time: 2026年12月9日 09:30. */
function chinaDateTime(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${chineseDate(china)} ${china.slice(11, 16)}`;
}

const names = (items: string[], none = '无') => (items.length ? items.join('、') : none);

export interface KitFacts {
  detail: CaseDetail;
  hearing: HearingRow | null;
  appearances: readonly AppearanceRow[];
  /** The first defendant's active heads, 正职 first (org `headsOfAgencies`). */
  heads: readonly HeadRow[];
  today: string;
}

/** Who signs for the defendant: the designated head, else the heads list's first (正职 first); null when none known. */
export function kitHead(f: KitFacts): { name: string; title: string; role: string } | null {
  const designated = f.appearances.find((a) => a.role === 'head' && a.designated);
  if (designated) {
    const listed = f.heads.find((h) => h.id === designated.headId);
    const role = designated.headRole ?? listed?.headRole ?? null;
    return {
      name: designated.name,
      title: designated.title ?? listed?.title ?? '',
      role: role ? HEAD_ROLE_NAMES[role] : '',
    };
  }
  const head = f.heads[0];
  return head ? { name: head.name, title: head.title, role: HEAD_ROLE_NAMES[head.headRole] } : null;
}

export function preparationKitData(f: KitFacts): PreparationKitData {
  const c = f.detail;
  const side = (s: string) => c.parties.filter((p) => p.side === s).map((p) => p.name);
  const head = kitHead(f);
  const agents = f.appearances.filter((a) => a.designated && (a.role === 'staff' || a.role === 'lawyer'));
  const staff = agents.find((a) => a.role === 'staff');
  const lawyer = agents.find((a) => a.role === 'lawyer');
  const h = f.hearing;
  return {
    法院: c.courtName ?? '',
    案号: c.caseNumber ?? '待核实',
    案由: c.causeOfAction ?? '—',
    被诉行为: c.contestedAct ?? '—',
    原告: names(side('plaintiff')),
    被告: c.firstDefendantName ?? names(side('defendant')),
    第三人: names(side('third_party')),
    负责人姓名: head?.name ?? '',
    负责人职务: head?.title ?? '',
    负责人类别: head?.role ?? '',
    开庭时间: h ? chinaDateTime(h.scheduledAt) : '尚未排期',
    开庭地点: h ? (h.mode === 'online' ? `${HEARING_MODE_LABELS.online}开庭` : (h.courtroom ?? '法庭待定')) : '—',
    庭审类型: h ? HEARING_KIND_LABELS[h.kind] : '开庭',
    委托代理人: names(
      agents.map((a) => (a.title ? `${a.name}（${a.title}）` : a.name)),
      '',
    ),
    工作人员: staff?.name ?? '',
    工作人员职务: staff?.title ?? '',
    律师: lawyer?.name ?? '',
    律师事务所: lawyer?.title ?? '',
    生成日期: chineseDate(f.today),
  };
}
