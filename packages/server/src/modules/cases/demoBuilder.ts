/**
 * The demo registry's builder (demo.ts): cases in memory with their parties, links, timeline, hearings and deadlines,
 * in the proportions of demoProfiles.ts, deterministic from the seeded random source.
 */
import {
  caseOutcomeLabel,
  createCalendar,
  governmentLostOf,
  officialSchedule,
  type WorkCalendar,
} from '@shuangjiang/domain';
import { type DemoAgency, type DemoContext, type DemoHearing, fictionalName, type Rng } from '../demo/public.js';
import type { CaseInstance, CaseKind, HeadAppearance, RiskLevel } from './constants.js';
import { type DeadlineRef, DeadlineTable, plannedDeadlineRefs } from './deadlineTable.js';
import {
  APPEAL_OUTCOMES,
  countyOf,
  DEMO_TODAY,
  DISPUTE_OUTCOMES,
  day,
  FIRST_INSTANCE_OUTCOMES,
  idNumber,
  iso,
  JUDGMENTS,
  notAfterToday,
  orgName,
  phone,
  plus,
  profileOf,
  RECONSIDERATION_OUTCOMES,
  uuid,
  type Weighted,
} from './demoProfiles.js';
import type { caseEvents, caseLinks, caseParties, cases } from './schema.js';

/** 负责人出庭应诉 rate per county (index as in DEMO_COUNTIES), and for city-level agencies. */
const APPEARANCE_RATE = [0.95, 0.9, 0.82, 0.74, 0.66, 0.6];
const CITY_APPEARANCE_RATE = 0.88;

type Row = typeof cases.$inferInsert & { id: string };
type Party = typeof caseParties.$inferInsert;

export interface Draft {
  row: Row;
  parties: Party[];
  defendant: DemoAgency;
  countyIndex: number | null;
  /** Court agency key (litigation) for numbering. */
  courtKey: string | null;
}

/**
 * Builds cases in memory. The demo builds its ~3,000 cases at once; the scalable generator (generate.ts) reuses one
 * builder for many chunks, writing and `reset()`ting it between them, so the numbering stays unique.
 */
export class Builder {
  readonly drafts: Draft[] = [];
  readonly links: (typeof caseLinks.$inferInsert)[] = [];
  readonly events: (typeof caseEvents.$inferInsert)[] = [];
  readonly hearingRows: DemoHearing[] = [];
  /** Each case's deadlines by (rule, start, status); the computations are in `deadlineTable`. */
  readonly deadlines: (DeadlineRef & { caseId: string })[] = [];
  private readonly byKey: Map<string, DemoAgency>;
  private readonly defendants: Weighted<DemoAgency>;
  // Provisional for years not covered (2027 on): demo deadlines get 暂定 dates, as the registry computes them.
  private readonly calendar: WorkCalendar = createCalendar(officialSchedule, [], { provisional: true });
  /** Deadline computations of the cases built, kept across `reset()` (a few per day of the demo's years). */
  readonly deadlineTable = new DeadlineTable(this.calendar);

  constructor(
    readonly rng: Rng,
    readonly ctx: DemoContext,
  ) {
    this.byKey = new Map(ctx.org.agencies.map((a) => [a.key, a]));
    const countyWeight = [1.3, 1.2, 1.0, 0.9, 0.7, 0.9];
    this.defendants = ctx.org.agencies
      .filter(
        (a) =>
          a.kind === 'department' || a.kind === 'town' || (a.kind === 'reconsideration_body' && a.key !== 'city-gov'),
      )
      .map((a) => {
        const ci = countyOf(a);
        const base = a.kind === 'town' ? 1.6 : a.kind === 'reconsideration_body' ? 1.2 : 1;
        const hot = /自然资源|住房|公安/.test(a.name) ? 1.8 : 1;
        return [a, base * hot * (ci === null ? 0.8 : countyWeight[ci]!)] as const;
      });
  }

  agency = (key: string) => this.byKey.get(key)!;
  id = (a: DemoAgency) => this.ctx.agencyIds.get(a.key)!;

  /** A first-instance lawsuit (or one following a reconsideration). */
  lawsuit(filed: string, defendant?: DemoAgency, reconsiderationBody?: DemoAgency): Draft {
    const rng = this.rng;
    const a = defendant ?? rng.weighted(this.defendants);
    const ci = countyOf(a);
    // Lawsuits against a county government go to the intermediate court (行政诉讼法第15条); city departments to the
    // designated basic court (集中管辖); others to their county's court.
    const courtKey =
      a.kind === 'reconsideration_body' ? 'city-court' : ci === null ? 'county-0-court' : `county-${ci}-court`;
    const d = this.base('litigation', a, filed, courtKey);
    d.row.instance = 'first';
    if (reconsiderationBody) {
      d.parties.push({
        caseId: d.row.id,
        side: 'defendant',
        partyType: 'agency',
        name: reconsiderationBody.name,
        agencyId: this.id(reconsiderationBody),
        defendantRole: 'reconsideration_body',
        sortOrder: d.parties.length,
      });
    }
    const outcomeDate = plus(filed, rng.int(35, 190));
    if (outcomeDate < DEMO_TODAY) this.conclude(d, rng.weighted(FIRST_INSTANCE_OUTCOMES), outcomeDate);
    else d.row.status = day(DEMO_TODAY) - day(filed) < 10 ? 'registered' : 'in_progress';
    this.litigationTrail(d);
    return d;
  }

  appeal(first: Draft): Draft | null {
    const rng = this.rng;
    const filed = plus(first.row.outcomeDate!, rng.int(18, 45));
    if (filed >= DEMO_TODAY) return null;
    const courtKey = first.courtKey === 'city-court' ? null : 'city-court';
    const d = this.base('litigation', first.defendant, filed, courtKey, first);
    d.row.instance = 'appeal';
    d.row.complaintReceivedDate = notAfterToday(plus(filed, rng.int(3, 12)));
    const outcomeDate = plus(filed, rng.int(30, 100));
    if (outcomeDate < DEMO_TODAY) this.conclude(d, rng.weighted(APPEAL_OUTCOMES), outcomeDate);
    else d.row.status = 'in_progress';
    first.row.appealed = true;
    this.links.push({ fromCaseId: d.row.id, toCaseId: first.row.id, linkType: 'appeal_of' });
    this.events.push({ caseId: first.row.id, at: filed, type: 'appeal', title: '当事人提起上诉' });
    this.litigationTrail(d);
    return d;
  }

  reconsideration(filed: string, defendant?: DemoAgency): Draft {
    const rng = this.rng;
    const a = defendant ?? rng.weighted(this.defendants.filter(([x]) => x.kind !== 'reconsideration_body'));
    const ci = countyOf(a);
    const body = this.agency(ci === null ? 'city-gov' : `county-${ci}-gov`);
    const d = this.base('reconsideration', a, filed, null);
    d.row.courtAgencyId = this.id(body);
    const prefix = body.key === 'city-gov' ? '示市' : body.shortName!.replace(/政府$/, '');
    this.ownNumber(d, `${prefix}政复〔${filed.slice(0, 4)}〕`);
    d.row.complaintReceivedDate = notAfterToday(plus(filed, rng.int(1, 5)));
    const outcomeDate = plus(filed, rng.int(25, 75));
    if (outcomeDate < DEMO_TODAY) this.conclude(d, rng.weighted(RECONSIDERATION_OUTCOMES), outcomeDate);
    else d.row.status = 'in_progress';
    const repliedAt = plus(d.row.complaintReceivedDate, rng.int(3, 9));
    if (repliedAt < DEMO_TODAY) {
      this.events.push({
        caseId: d.row.id,
        at: repliedAt,
        type: 'defence_submitted',
        title: '提交行政复议答复书及证据',
      });
    }
    this.deadlinesOf(d);
    return d;
  }

  dispute(filed: string): Draft {
    const rng = this.rng;
    const a = rng.weighted(this.defendants);
    const d = this.base('dispute', a, filed, null);
    this.ownNumber(d, `示争〔${filed.slice(0, 4)}〕`);
    const outcomeDate = plus(filed, rng.int(10, 60));
    if (outcomeDate < DEMO_TODAY) this.conclude(d, rng.weighted(DISPUTE_OUTCOMES), outcomeDate);
    else d.row.status = 'in_progress';
    const mediatedAt = plus(filed, rng.int(1, 8));
    if (mediatedAt < DEMO_TODAY)
      this.events.push({ caseId: d.row.id, at: mediatedAt, type: 'mediation', title: '组织协调化解' });
    this.deadlinesOf(d);
    return d;
  }

  private base(kind: CaseKind, a: DemoAgency, filed: string, courtKey: string | null, same?: Draft): Draft {
    const rng = this.rng;
    const id = uuid(rng);
    const ci = countyOf(a);
    const regionCode = ci === null ? a.regionCode : a.regionCode.slice(0, 6);
    const regionPath = ci === null ? `/${regionCode}/` : `/${regionCode.slice(0, 4)}00/${regionCode}/`;
    const [domain, actKind, cause, contested] = same
      ? [same.row.domain!, same.row.actKind!, same.row.causeOfAction!, same.row.contestedAct!]
      : rng.pick(profileOf(a));
    const received = notAfterToday(plus(filed, rng.int(2, 9)));
    const row: Row = {
      id,
      kind,
      regionCode,
      regionPath,
      firstDefendantAgencyId: this.id(a),
      courtAgencyId: courtKey ? this.id(this.agency(courtKey)) : null,
      receivedDate: kind === 'litigation' ? received : filed,
      filedDate: filed,
      complaintReceivedDate: kind === 'litigation' ? received : null,
      causeOfAction: cause,
      contestedAct: contested,
      actKind,
      domain,
      status: 'registered',
      riskLevel: 'green',
      normativeDocReview: kind === 'litigation' && rng.chance(0.03),
      amountClaimed: actKind === 'expropriation' || actKind === 'agreement' ? `${rng.int(5, 400) * 10000}.00` : null,
    };
    const parties: Party[] = [];
    if (same) {
      for (const p of same.parties) parties.push({ ...p, id: undefined, caseId: id });
    } else {
      const mass = rng.chance(0.03);
      const n = mass ? rng.int(5, 30) : rng.chance(0.12) ? rng.int(2, 3) : 1;
      row.plaintiffCount = n;
      const county = ci === null ? '00' : regionCode.slice(4, 6);
      for (let i = 0; i < Math.min(n, 5); i++) {
        const person = !rng.chance(0.18);
        parties.push({
          caseId: id,
          side: 'plaintiff',
          partyType: person ? 'person' : 'organization',
          name: person ? fictionalName(rng) : orgName(rng),
          idNumber: person ? idNumber(rng, county) : null,
          phone: person ? phone(rng) : null,
          sortOrder: i,
        });
      }
      parties.push({
        caseId: id,
        side: 'defendant',
        partyType: 'agency',
        name: a.name,
        agencyId: this.id(a),
        defendantRole: 'first',
        sortOrder: parties.length,
      });
      if (rng.chance(0.08)) {
        parties.push({
          caseId: id,
          side: 'third_party',
          partyType: rng.chance(0.6) ? 'person' : 'organization',
          name: rng.chance(0.6) ? fictionalName(rng) : orgName(rng),
          sortOrder: parties.length,
        });
      }
      row.riskLevel =
        (mass || domain === 'expropriation') && rng.chance(0.45)
          ? rng.pick<RiskLevel>(['yellow', 'red'])
          : rng.weighted<RiskLevel>([
              ['green', 90],
              ['yellow', 7],
              ['red', 3],
            ]);
    }
    row.plaintiffCount ??= same?.row.plaintiffCount ?? 1;
    const d: Draft = { row, parties, defendant: a, countyIndex: ci, courtKey };
    this.drafts.push(d);
    this.events.push({ caseId: id, at: row.receivedDate!, type: 'registered', title: '登记入台账' });
    this.events.push({
      caseId: id,
      at: filed,
      type: 'filed',
      title: kind === 'litigation' ? '法院立案' : kind === 'reconsideration' ? '复议机关受理' : '争议中心收案',
    });
    return d;
  }

  private conclude(d: Draft, outcome: string, outcomeDate: string) {
    d.row.outcome = outcome;
    d.row.outcomeDate = outcomeDate;
    d.row.governmentLost = governmentLostOf(outcome);
    d.row.status = outcomeDate < plus(DEMO_TODAY, -90) ? 'closed' : 'concluded';
    if (d.row.kind === 'litigation' && d.row.instance === 'first' && JUDGMENTS.has(outcome)) d.row.appealed = false;
    this.events.push({
      caseId: d.row.id,
      at: outcomeDate,
      type: 'outcome',
      title: `结案：${caseOutcomeLabel(outcome)}`,
    });
  }

  /** Defence, hearings with the head's appearance, and deadlines of a lawsuit. */
  private litigationTrail(d: Draft) {
    const rng = this.rng;
    const r = d.row;
    const defenceAt = plus(r.complaintReceivedDate!, rng.chance(0.96) ? rng.int(5, 14) : rng.int(16, 25));
    if (defenceAt < DEMO_TODAY) {
      this.events.push({ caseId: r.id, at: defenceAt, type: 'defence_submitted', title: '提交答辩状及证据' });
    }
    const heard = r.outcome
      ? JUDGMENTS.has(r.outcome) || r.outcome === 'APPEAL_DISMISSED' || rng.chance(0.3)
      : rng.chance(0.5);
    if (heard) {
      const latest = r.outcomeDate ? day(r.outcomeDate) - 5 : day(r.filedDate!) + 80;
      const at = iso(Math.max(day(r.filedDate!) + 25, Math.min(day(r.filedDate!) + rng.int(30, 90), latest)));
      const past = at < DEMO_TODAY;
      const rate = d.countyIndex === null ? CITY_APPEARANCE_RATE : APPEARANCE_RATE[d.countyIndex]!;
      let appearance: HeadAppearance = 'none';
      let headName: string | null = null;
      if (past && rng.chance(rate)) {
        appearance = rng.weighted<HeadAppearance>([
          ['principal', 25],
          ['deputy', 50],
          ['in_charge', 25],
        ]);
        const role = appearance === 'principal' ? 'principal' : appearance === 'deputy' ? 'deputy' : 'in_charge';
        headName = d.defendant.heads.find((h) => h.headRole === role)?.name ?? null;
      }
      const time = rng.pick(['01:00:00', '01:30:00', '06:30:00']); // 09:00, 09:30, 14:30 in China
      this.hearingRows.push({
        caseId: r.id,
        defendantAgencyId: r.firstDefendantAgencyId ?? null,
        scheduledAt: new Date(`${at}T${time}Z`),
        courtroom: `第${rng.pick(['一', '二', '三', '五'])}法庭`,
        headAppearance: appearance,
        headName,
        spoke: appearance !== 'none' && rng.chance(0.85),
      });
      if (past) {
        r.hearingHeld = true;
        this.events.push({
          caseId: r.id,
          at,
          type: 'hearing',
          title: appearance === 'none' ? '开庭审理（负责人未出庭）' : `开庭审理（${headName ?? '负责人'}出庭应诉）`,
        });
      }
    }
    this.deadlinesOf(d, defenceAt < DEMO_TODAY ? defenceAt : null);
  }

  private deadlinesOf(d: Draft, defenceAt: string | null = null) {
    const r = d.row;
    const refs = plannedDeadlineRefs(
      {
        kind: r.kind,
        instance: (r.instance ?? null) as CaseInstance | null,
        filedDate: r.filedDate ?? null,
        complaintReceivedDate: r.complaintReceivedDate ?? null,
        outcome: r.outcome ?? null,
        outcomeDate: r.outcomeDate ?? null,
        governmentLost: r.governmentLost ?? null,
        appealed: r.appealed ?? null,
      },
      this.deadlineTable,
      {
        defenceAt:
          defenceAt ??
          (r.kind === 'reconsideration' ? (r.complaintReceivedDate ? plus(r.complaintReceivedDate, 6) : null) : null),
      },
    );
    for (const x of refs) this.deadlines.push({ caseId: r.id, ...x });
  }

  private readonly ownSeq = new Map<string, number>();
  /** 复议/争议 numbers: the body's own numbering, in filing order (示市政复〔2025〕12号, 示争〔2025〕3号). */
  private ownNumber(d: Draft, prefix: string) {
    const n = (this.ownSeq.get(prefix) ?? 0) + 1;
    this.ownSeq.set(prefix, n);
    d.row.caseNumber = `${prefix}${n}号`;
    d.row.caseNumberRaw = d.row.caseNumber;
    d.row.caseNumberStatus = 'valid';
  }

  /** Last 案件编号 per court, type and year (kept across `reset()`). */
  private readonly litSeq = new Map<string, number>();
  /** 案号 in filing order per court, type and year: （2025）苏9902行初123号. */
  numberLitigation() {
    const lit = this.drafts
      .filter((d) => d.row.kind === 'litigation')
      .sort((a, b) => (a.row.filedDate! < b.row.filedDate! ? -1 : 1));
    const seq = this.litSeq;
    for (const d of lit) {
      const court = d.courtKey ? this.agency(d.courtKey).courtCode! : '苏';
      const type = d.row.instance === 'appeal' ? '行终' : '行初';
      const year = d.row.filedDate!.slice(0, 4);
      const k = `${court}${type}${year}`;
      const n = (seq.get(k) ?? this.rng.int(1, 20)) + this.rng.int(1, 3);
      seq.set(k, n);
      const number = `（${year}）${court}${type}${n}号`;
      Object.assign(d.row, {
        caseNumber: number,
        caseNumberRaw: number,
        caseNumberStatus: 'valid',
        caseNumberTail: `${court}${type}${n}号`,
        caseYear: Number(year),
        caseSeq: n,
        courtCode: court,
      });
    }
  }

  /** Forgets the built rows (after they are written), keeping the numbering, for the next chunk. */
  reset() {
    this.drafts.length = 0;
    this.links.length = 0;
    this.events.length = 0;
    this.hearingRows.length = 0;
    this.deadlines.length = 0;
  }
}
