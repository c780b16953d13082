/** Dates of a case that cannot be right, refused by their Chinese labels. */
import { todayInChina } from '@shuangjiang/domain';
import { validationFailed } from '../../platform/errors.js';
import type { CreateCaseInput, UpdateCaseInput } from './dto.js';
import type { CaseInsert } from './repository.js';

type DateField = keyof typeof DATE_LABELS;

const DATE_LABELS = {
  receivedDate: '收案日期',
  filedDate: '立案日期',
  complaintReceivedDate: '收到起诉状副本日期',
  outcomeDate: '结案日期',
} as const;

/**
 * Dates that cannot be right: a day after today (China time) — these are days that already happened — and a copy of
 * the complaint received, or a conclusion, before the filing (the court sends the copy after filing, 行政诉讼法第六十七条).
 * Only the dates this input sets are judged (with the stored ones they are compared to), so an old record with a
 * doubtful date can still be edited elsewhere.
 */
export function checkDates(
  v: Pick<CaseInsert, DateField | 'filedDate'>,
  input: CreateCaseInput | UpdateCaseInput,
): void {
  const today = todayInChina();
  const errors: { field: string; message: string }[] = [];
  const set = (k: keyof typeof DATE_LABELS) => input[k] !== undefined && input[k] !== null;
  for (const k of Object.keys(DATE_LABELS) as (keyof typeof DATE_LABELS)[]) {
    const value = v[k];
    if (set(k) && value && value > today) {
      errors.push({ field: k, message: `${DATE_LABELS[k]}不能晚于今天（${today}），现为${value}` });
    }
  }
  for (const k of ['complaintReceivedDate', 'outcomeDate'] as const) {
    const value = v[k];
    if (value && v.filedDate && value < v.filedDate && (set(k) || set('filedDate'))) {
      errors.push({
        field: k,
        message: `${DATE_LABELS[k]}（${value}）不能早于${DATE_LABELS.filedDate}（${v.filedDate}）`,
      });
    }
  }
  if (errors.length) throw validationFailed(errors, errors.map((e) => e.message).join('；'));
}
