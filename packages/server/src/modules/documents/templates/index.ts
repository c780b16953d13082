/**
 * The templates the product generates documents from, one line each: key, name, the placeholders a city's own version
 * may use, the built-in version (built in code, so it always exists) and what a generated document belongs to.
 */
import { ASSIGNMENT_FORM_FIELDS, buildAssignmentFormTemplate } from './assignmentForm.js';

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
];

export const templateKind = (key: string) => TEMPLATE_KINDS.find((t) => t.key === key);
