/**
 * The templates the product generates documents from, one line each: key, name, the placeholders a city's own version
 * may use, the built-in version (built in code, so it always exists) and what a generated document belongs to.
 */
import { ASSIGNMENT_FORM_FIELDS, buildAssignmentFormTemplate } from './assignmentForm.js';
import { buildCardNoticeTemplate, CARD_NOTICE_FIELDS } from './cardNotice.js';
import { buildDefenceStatementTemplate } from './defenceStatement.js';
import { buildEvidenceListTemplate } from './evidenceList.js';
import { buildHeadIdentityTemplate } from './headIdentity.js';
import { PREPARATION_KIT_FIELDS } from './kitFields.js';
import { buildPowerOfAttorneyTemplate } from './powerOfAttorney.js';
import {
  ANNUAL_REPORT_FIELDS,
  buildAnnualReportTemplate,
  buildMonthlyNoticeTemplate,
  buildQuarterlyNoticeTemplate,
  MONTHLY_NOTICE_FIELDS,
  QUARTERLY_NOTICE_FIELDS,
} from './reportNotices.js';

export interface TemplateKind {
  key: string;
  label: string;
  /** Placeholder → what it holds (Chinese), shown to whoever edits the template. */
  fields: Readonly<Record<string, string>>;
  builtin: () => Promise<Buffer>;
  /** What a document made from it belongs to: a case (stored with it), a report or a card (filled on request). */
  ownerType: 'case' | 'report' | 'card';
}

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  {
    key: 'case.assignment-form',
    label: '应诉批办单',
    fields: ASSIGNMENT_FORM_FIELDS,
    builtin: buildAssignmentFormTemplate,
    ownerType: 'case',
  },
  // The hearing preparation kit (应诉材料包, docs/rules/documents.md#preparation-kit): one set of placeholders.
  {
    key: 'case.defence-statement',
    label: '行政答辩状',
    fields: PREPARATION_KIT_FIELDS,
    builtin: buildDefenceStatementTemplate,
    ownerType: 'case',
  },
  {
    key: 'case.evidence-list',
    label: '证据目录',
    fields: PREPARATION_KIT_FIELDS,
    builtin: buildEvidenceListTemplate,
    ownerType: 'case',
  },
  {
    key: 'case.power-of-attorney',
    label: '授权委托书',
    fields: PREPARATION_KIT_FIELDS,
    builtin: buildPowerOfAttorneyTemplate,
    ownerType: 'case',
  },
  {
    key: 'case.head-identity',
    label: '法定代表人（负责人）身份证明书',
    fields: PREPARATION_KIT_FIELDS,
    builtin: buildHeadIdentityTemplate,
    ownerType: 'case',
  },
  // The reports module's documents and the card notice (docs/rules/reports.md#templates).
  {
    key: 'report.monthly',
    label: '新收案件通报',
    fields: MONTHLY_NOTICE_FIELDS,
    builtin: buildMonthlyNoticeTemplate,
    ownerType: 'report',
  },
  {
    key: 'report.quarterly',
    label: '指标通报',
    fields: QUARTERLY_NOTICE_FIELDS,
    builtin: buildQuarterlyNoticeTemplate,
    ownerType: 'report',
  },
  {
    key: 'report.annual',
    label: '行政应诉工作报告',
    fields: ANNUAL_REPORT_FIELDS,
    builtin: buildAnnualReportTemplate,
    ownerType: 'report',
  },
  {
    key: 'card.notice',
    label: '红黄牌通报',
    fields: CARD_NOTICE_FIELDS,
    builtin: buildCardNoticeTemplate,
    ownerType: 'card',
  },
];

export const templateKind = (key: string) => TEMPLATE_KINDS.find((t) => t.key === key);
