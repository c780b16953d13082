/**
 * The templates the product generates documents from, one line each: key, name, the placeholders a city's own version
 * may use, the built-in version (built in code, so it always exists) and what a generated document belongs to.
 */
import { ASSIGNMENT_FORM_FIELDS, buildAssignmentFormTemplate } from './assignmentForm.js';
import { buildDefenceStatementTemplate } from './defenceStatement.js';
import { buildEvidenceListTemplate } from './evidenceList.js';
import { buildHeadIdentityTemplate } from './headIdentity.js';
import { PREPARATION_KIT_FIELDS } from './kitFields.js';
import { buildPowerOfAttorneyTemplate } from './powerOfAttorney.js';

export interface TemplateKind {
  key: string;
  label: string;
  /** Placeholder → what it holds (Chinese), shown to whoever edits the template. */
  fields: Readonly<Record<string, string>>;
  builtin: () => Promise<Buffer>;
  ownerType: 'case';
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
];

export const templateKind = (key: string) => TEMPLATE_KINDS.find((t) => t.key === key);
