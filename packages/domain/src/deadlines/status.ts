/**
 * Whether a deadline has been met, from what the registry knows (docs/rules/deadlines.md#status): the defence and
 * the reply by a recorded 提交答辩 event, trial and decision periods by the outcome date, the appeal window (a right,
 * not a duty: 行政诉讼法第85条) as soon as the registry records whether the agency appealed — an open window past its
 * date therefore reads "record the appeal decision", never a missed duty. Others stay open until someone marks them.
 */

export const DEADLINE_STATUS_VALUES = ['open', 'met', 'missed'] as const;
export type DeadlineState = (typeof DEADLINE_STATUS_VALUES)[number];

/** What the status of a case's deadline depends on besides its due date. */
export interface DeadlineStatusFacts {
  outcomeDate: string | null;
  appealed?: boolean | null;
  /** The first recorded 提交答辩 (defence or reply submitted), YYYY-MM-DD; null when none. */
  defenceAt: string | null;
}

/** Met or missed by a done date against the due date; open while not done. */
function by(done: string | null, due: string | null): DeadlineState {
  if (!done) return 'open';
  return due && done > due ? 'missed' : 'met';
}

/** The status of a deadline of rule `ruleId` due on `due` (the custom date when one is set). */
export function deadlineStatus(ruleId: string, due: string | null, facts: DeadlineStatusFacts): DeadlineState {
  switch (ruleId) {
    case 'litigation.defense':
    case 'reconsideration.reply':
      return by(facts.defenceAt, due);
    case 'litigation.first-instance':
    case 'litigation.second-instance':
    case 'reconsideration.decision':
      return by(facts.outcomeDate, due);
    case 'litigation.appeal.judgment':
    case 'litigation.appeal.ruling':
      return facts.appealed === true || facts.appealed === false ? 'met' : 'open';
    default:
      return 'open';
  }
}

/**
 * A deadline marked done by hand stays done unless the registry itself shows it was missed: the status a sync keeps
 * when the stored one was `met` and the computed one is `open`.
 */
export function keptStatus(stored: DeadlineState | null, computed: DeadlineState): DeadlineState {
  return stored === 'met' && computed === 'open' ? 'met' : computed;
}
