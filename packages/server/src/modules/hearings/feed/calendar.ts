/**
 * Hearings → an iCalendar document (RFC 5545) with ical-generator: one VEVENT per hearing, UID the hearing's id and
 * SEQUENCE its version, so a phone calendar that subscribed replaces an event when the hearing changes (a new time,
 * a courtroom, a cancellation) instead of adding another. A cancelled hearing stays in the feed as STATUS:CANCELLED
 * (the phone removes or strikes it), a postponed one is TENTATIVE at its old time. Times are UTC instants.
 *
 * What an event says: case number, court, courtroom, kind, in person or online, status, the must-appear grounds and a
 * link to the case. Never the parties (names, ID numbers, phones): a calendar is synced to third-party servers.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import {
  HEARING_KIND_LABELS,
  HEARING_MODE_LABELS,
  HEARING_STATUS_LABELS,
  type HearingStatus,
  MUST_APPEAR_REASON_LABELS,
  type MustAppearReason,
} from '../constants.js';
import type { HearingRow } from '../schema.js';

export interface FeedHearing {
  hearing: HearingRow;
  caseNumber: string | null;
  causeOfAction: string | null;
  courtName: string | null;
}

const STATUS: Record<HearingStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** What the event's title says of a hearing that will not take place as shown. */
const FLAG: Partial<Record<HearingStatus, string>> = { postponed: '（已延期）', cancelled: '（已取消）' };

/** A court list gives the start only; a 宣判 is short, the others take a morning or an afternoon at most. */
const LENGTH_MINUTES = { trial: 120, inquiry: 120, mediation: 120, pronouncement: 60 } as const;

/** The UID domain part: stable for the installation's lifetime, like the hearing's id. */
const UID_DOMAIN = 'hearings.shuangjiang';

export function hearingCalendar(owner: string, items: readonly FeedHearing[], origin: string): string {
  const cal = ical({
    name: `庭审日程（${owner}）`,
    description: '双降平台：负责人出庭应诉的庭审安排',
    prodId: { company: 'Shuangjiang', product: 'hearings', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    // REFRESH-INTERVAL / X-PUBLISHED-TTL: calendars that honour it poll hourly.
    ttl: 3600,
  });
  for (const { hearing: h, caseNumber, causeOfAction, courtName } of items) {
    const kind = HEARING_KIND_LABELS[h.kind];
    const mode = HEARING_MODE_LABELS[h.mode];
    const number = caseNumber ?? '（案号待定）';
    const flag = FLAG[h.status] ?? '';
    const place = h.mode === 'online' ? `${mode}庭审` : [courtName, h.courtroom].filter(Boolean).join(' ');
    const grounds = (h.mustAppearReasons as MustAppearReason[]).map((g) => MUST_APPEAR_REASON_LABELS[g]);
    const link = `${origin}/cases/${h.caseId}`;
    cal.createEvent({
      id: `${h.id}@${UID_DOMAIN}`,
      sequence: h.version,
      start: h.scheduledAt,
      end: new Date(h.scheduledAt.getTime() + LENGTH_MINUTES[h.kind] * 60_000),
      stamp: h.updatedAt,
      lastModified: h.updatedAt,
      summary: `${kind}${flag}：${number}`,
      location: place || null,
      status: STATUS[h.status],
      url: link,
      description: [
        `案号：${number}`,
        causeOfAction ? `案由：${causeOfAction}` : null,
        `法院：${courtName ?? '—'}`,
        `法庭：${h.courtroom ?? '—'}`,
        `类型：${kind}`,
        `方式：${mode}`,
        `状态：${HEARING_STATUS_LABELS[h.status]}`,
        grounds.length ? `负责人应当出庭：${grounds.join('；')}` : null,
        `详情：${link}`,
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  return cal.toString();
}
