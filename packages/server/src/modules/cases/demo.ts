/**
 * The demo registry of 示例市: about 3,000 cases filed 2024-01 … 2026-11, deterministic (ctx.rng), with realistic
 * proportions — about 60% of concluded first instances withdrawn or dismissed, 10–20% lost, ~30% of first-instance
 * judgments appealed (linked), reconsiderations of which some upheld ones go to court (复议后起诉, the 复议机关 as
 * co-defendant, 行政诉讼法第26条第2款), disputes at the resolution centre of which some become reconsiderations.
 * Parties have clearly fictional names (王某明), ID numbers with the unused region prefix 3299 and phone numbers.
 * Everything is built in memory and written with multi-row inserts (500 rows each), so seeding stays fast on PGlite.
 */
import { caseOutcomeLabel, createCalendar, officialSchedule, type WorkCalendar } from '@shuangjiang/domain';
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import type { DemoAgency } from '../demo/org.js';
import { fictionalName, type Rng } from '../demo/random.js';
import type { DemoContext, DemoStep } from '../demo/seed.js';
import { users } from '../users/schema.js';
import { ensureAdminDomains } from './adminDomains.js';
import type { ActKind, CaseInstance, CaseKind, HeadAppearance, LinkType, RiskLevel } from './constants.js';
import { computeDeadlineRows } from './deadlines.js';
import { caseAssignments, caseDeadlines, caseEvents, caseLinks, caseParties, cases, hearings } from './schema.js';
import { governmentLostOf } from './service.js';

/** The demo's "today": cases are filed up to here, and concluded only when their outcome date is before it. */
export const DEMO_TODAY = '2026-11-28';
const CASES_PER_YEAR = { 2024: 890, 2025: 930, 2026: 850 } as const;
/** 负责人出庭应诉 rate per county (index as in DEMO_COUNTIES), and for city-level agencies. */
const APPEARANCE_RATE = [0.95, 0.9, 0.82, 0.74, 0.66, 0.6];
const CITY_APPEARANCE_RATE = 0.88;
const BATCH = 500;

type Row = typeof cases.$inferInsert & { id: string };
type Party = typeof caseParties.$inferInsert;

interface Draft {
  row: Row;
  parties: Party[];
  defendant: DemoAgency;
  countyIndex: number | null;
  /** Court agency key (litigation) for numbering. */
  courtKey: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const plus = (date: string, days: number) => iso(day(date) + days);
/** Nothing in the demo happens after its "today" (a case filed yesterday was not received tomorrow). */
const notAfterToday = (date: string) => (date < DEMO_TODAY ? date : DEMO_TODAY);

/** A v4-shaped uuid from the seeded generator, so the demo ids are the same on every machine. */
function uuid(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng.next() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

function idNumber(rng: Rng, county: string): string {
  const birth = plus('1950-01-01', rng.int(0, 365 * 50)).replaceAll('-', '');
  return `3299${county}${birth}${String(rng.int(1, 999)).padStart(3, '0')}${rng.pick([...'0123456789X'])}`;
}
const phone = (rng: Rng) =>
  `1${rng.pick(['39', '58', '86', '77', '35'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
const orgName = (rng: Rng) =>
  `示例${rng.pick(['鑫', '华', '盛', '达', '恒', '泰', '诚', '润'])}${rng.pick(['宇', '源', '安', '信', '丰'])}${rng.pick(['建设', '置业', '商贸', '餐饮', '物流', '科技', '农业'])}有限公司`;

/** What kind of act an agency's cases are about: domain, act kind, 案由, 被诉行政行为. */
const PROFILES: { match: RegExp; items: [domain: string, act: ActKind, cause: string, contested: string][] }[] = [
  {
    match: /公安/,
    items: [
      ['public_security', 'penalty', '治安管理-行政处罚', '治安管理行政处罚决定'],
      ['traffic_police', 'penalty', '道路交通管理-行政处罚', '道路交通安全违法行为处罚决定'],
      ['public_security', 'inaction', '公安行政管理-不履行法定职责', '未依法处理报警求助'],
      ['info_disclosure', 'disclosure', '政府信息公开', '政府信息公开申请答复'],
    ],
  },
  {
    match: /自然资源/,
    items: [
      ['natural_resources', 'penalty', '国土资源行政管理-土地行政处罚', '非法占地行政处罚决定'],
      ['real_estate_registration', 'registration', '不动产登记', '不动产权属登记'],
      ['expropriation', 'expropriation', '土地征收', '征收土地补偿安置决定'],
      ['info_disclosure', 'disclosure', '政府信息公开', '征地信息公开申请答复'],
    ],
  },
  {
    match: /住房|城乡建设/,
    items: [
      ['expropriation', 'expropriation', '房屋征收与补偿', '房屋征收补偿决定'],
      ['urban_rural_construction', 'penalty', '城乡建设行政管理-行政处罚', '违法建设行政处罚决定'],
      ['housing', 'license', '房屋管理-行政许可', '商品房预售许可'],
    ],
  },
  {
    match: /市场监督/,
    items: [
      ['market_regulation', 'penalty', '市场监督管理-行政处罚', '食品安全行政处罚决定'],
      ['market_regulation', 'inaction', '市场监督管理-投诉举报处理', '投诉举报不予立案告知'],
      ['market_regulation', 'registration', '企业登记', '公司变更登记'],
    ],
  },
  {
    match: /人力资源/,
    items: [
      ['work_injury', 'confirmation', '劳动和社会保障行政管理-工伤认定', '工伤认定决定'],
      ['social_insurance', 'benefit', '社会保险待遇', '养老保险待遇核定'],
      ['labour_inspection', 'inaction', '劳动保障监察', '劳动保障监察投诉处理'],
    ],
  },
  {
    match: /生态环境/,
    items: [['ecology_environment', 'penalty', '环境保护行政管理-行政处罚', '环境违法行政处罚决定']],
  },
  {
    match: /城市管理/,
    items: [
      ['urban_management', 'coercion', '城市管理-强制拆除', '限期拆除决定及强制拆除'],
      ['urban_management', 'penalty', '城市管理-行政处罚', '占道经营行政处罚决定'],
    ],
  },
  { match: /交通运输/, items: [['transport', 'penalty', '交通运输行政管理-行政处罚', '非法营运行政处罚决定']] },
  { match: /卫生健康/, items: [['health', 'penalty', '卫生行政管理-行政处罚', '非法行医行政处罚决定']] },
  { match: /教育/, items: [['education', 'inaction', '教育行政管理', '学籍管理申请处理']] },
  { match: /农业农村/, items: [['agriculture', 'confirmation', '农村土地承包经营权', '土地承包经营权确认']] },
  { match: /医疗保障/, items: [['medical_insurance', 'benefit', '医疗保险待遇', '医疗费用报销核定']] },
  {
    match: /街道|镇|乡/,
    items: [
      ['expropriation', 'coercion', '城乡建设行政管理-房屋拆迁管理（拆迁）', '强制拆除房屋行为'],
      ['expropriation', 'agreement', '行政协议', '房屋征收补偿协议'],
      ['info_disclosure', 'disclosure', '政府信息公开', '政府信息公开申请答复'],
      ['township', 'inaction', '乡镇行政管理-不履行法定职责', '未答复履职申请'],
    ],
  },
  {
    match: /人民政府/,
    items: [
      ['expropriation', 'expropriation', '房屋征收与补偿', '国有土地上房屋征收决定'],
      ['info_disclosure', 'disclosure', '政府信息公开', '政府信息公开申请答复'],
      ['government_general', 'adjudication', '行政复议', '行政复议决定'],
    ],
  },
];
const profileOf = (a: DemoAgency) => PROFILES.find((p) => p.match.test(a.name))?.items ?? PROFILES[0]!.items;

type Weighted<T> = readonly (readonly [T, number])[];
const FIRST_INSTANCE_OUTCOMES: Weighted<string> = [
  ['WITHDRAWN', 30],
  ['WITHDRAWN_AFTER_CHANGE', 3],
  ['SUIT_DISMISSED', 22],
  ['NOT_ACCEPTED', 3],
  ['CLAIMS_REJECTED', 27],
  ['REVOKED', 7],
  ['CONFIRMED_ILLEGAL', 4],
  ['ORDERED_TO_PERFORM', 2.5],
  ['CONFIRMED_VOID', 0.5],
  ['ORDERED_TO_PAY', 0.5],
  ['ALTERED', 0.5],
];
const APPEAL_OUTCOMES: Weighted<string> = [
  ['APPEAL_DISMISSED', 80],
  ['REVERSED', 8],
  ['REMANDED', 5],
  ['WITHDRAWN', 7],
];
/** 复议决定 in the 复议机关's own terms (行政复议法 2023 arts. 33, 41, 63–69, 73–74); 纠错 ≈ 15%. */
const RECONSIDERATION_OUTCOMES: Weighted<string> = [
  ['RECON_UPHELD', 50],
  ['RECON_CLAIM_REJECTED', 5],
  ['RECON_WITHDRAWN', 20],
  ['RECON_MEDIATED', 8],
  ['RECON_REVOKED', 8],
  ['RECON_CONFIRMED_ILLEGAL', 4],
  ['RECON_ALTERED', 1],
  ['RECON_ORDERED_TO_PERFORM', 2],
  ['RECON_APPLICATION_DISMISSED', 2],
];
/** After an upheld act or a dismissed application the applicant may still sue (复议后起诉, 行政诉讼法第26条第2款). */
const RECONSIDERATION_NOT_CORRECTED = new Set(['RECON_UPHELD', 'RECON_CLAIM_REJECTED', 'RECON_APPLICATION_DISMISSED']);
const DISPUTE_OUTCOMES: Weighted<string> = [
  ['DISPUTE_MEDIATED', 55],
  ['DISPUTE_WITHDRAWN', 30],
  ['DISPUTE_UNRESOLVED', 15],
];
const JUDGMENTS = new Set([
  'CLAIMS_REJECTED',
  'REVOKED',
  'CONFIRMED_ILLEGAL',
  'ORDERED_TO_PERFORM',
  'CONFIRMED_VOID',
  'ORDERED_TO_PAY',
  'ALTERED',
]);

// ---------------------------------------------------------------------------------------------------------------

/**
 * Builds cases in memory. The demo builds its ~3,000 cases at once; the scalable generator (generate.ts) reuses one
 * builder for many chunks, writing and `reset()`ting it between them, so the numbering stays unique.
 */
export class Builder {
  readonly drafts: Draft[] = [];
  readonly links: (typeof caseLinks.$inferInsert)[] = [];
  readonly events: (typeof caseEvents.$inferInsert)[] = [];
  readonly hearingRows: (typeof hearings.$inferInsert)[] = [];
  readonly deadlines: (typeof caseDeadlines.$inferInsert)[] = [];
  private readonly byKey: Map<string, DemoAgency>;
  private readonly defendants: Weighted<DemoAgency>;
  // Provisional for years not covered (2027 on): demo deadlines get 暂定 dates, as the registry computes them.
  private readonly calendar: WorkCalendar = createCalendar(officialSchedule, [], { provisional: true });

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
    this.events.push({ caseId: d.row.id, at: outcomeDate, type: 'outcome', title: `结案：${outcomeLabel(outcome)}` });
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
    const rows = computeDeadlineRows(
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
      defenceAt ??
        (r.kind === 'reconsideration' ? (r.complaintReceivedDate ? plus(r.complaintReceivedDate, 6) : null) : null),
      this.calendar,
    );
    for (const x of rows) this.deadlines.push({ caseId: r.id, ...x });
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

function countyOf(a: DemoAgency): number | null {
  const m = /^county-(\d+)-/.exec(a.key);
  return m ? Number(m[1]) : null;
}

const outcomeLabel = caseOutcomeLabel;

/** Random filing dates of a year, in order; 2026 stops at DEMO_TODAY. */
function filingDates(rng: Rng, year: number, n: number): string[] {
  const start = day(`${year}-01-02`);
  const end = Math.min(day(`${year}-12-28`), day(DEMO_TODAY) - 1);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let d = rng.int(start, end);
    const wd = new Date(d * 86_400_000).getUTCDay();
    if (wd === 0) d += 1;
    else if (wd === 6) d += 2;
    out.push(iso(Math.min(d, end)));
  }
  return out.sort();
}

/** Writes rows of one of the case tables (the demo: Drizzle multi-row inserts; generate.ts: JSON batches). */
export type RowWriter = <T>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[]) => Promise<void>;

async function insertBatched<T>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[]): Promise<void> {
  // Rows per statement: BATCH, or fewer for wide rows (PostgreSQL allows 65,535 parameters per statement).
  const columns = Math.max(1, ...rows.slice(0, 50).map((r) => Object.keys(r as object).length));
  const size = Math.min(BATCH, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    // biome-ignore lint/suspicious/noExplicitAny: generic over the demo tables
    await tx.insert(table).values(rows.slice(i, i + size) as any);
  }
}

/**
 * One filing on `filed`: a lawsuit (perhaps appealed), a reconsideration (perhaps followed by a lawsuit, 复议后起诉) or
 * a dispute at the resolution centre (perhaps becoming a reconsideration) — the cases it leads to are built too.
 */
export function buildFiling(b: Builder, ctx: DemoContext, filed: string): void {
  const rng = ctx.rng;
  const kind = rng.weighted<'first' | 'reconsideration' | 'dispute'>([
    ['first', 62],
    ['reconsideration', 24],
    ['dispute', 14],
  ]);
  if (kind === 'first') {
    const first = b.lawsuit(filed);
    if (first.row.outcome && JUDGMENTS.has(first.row.outcome) && rng.chance(0.3)) b.appeal(first);
  } else if (kind === 'reconsideration') {
    const r = b.reconsideration(filed);
    // 复议后起诉: an upheld act goes to court, the 复议机关 a co-defendant (行政诉讼法第26条第2款).
    if (r.row.outcome && RECONSIDERATION_NOT_CORRECTED.has(r.row.outcome) && rng.chance(0.25)) {
      const at = plus(r.row.outcomeDate!, rng.int(8, 14));
      if (at < DEMO_TODAY) {
        const body = ctx.org.agencies.find((a) => ctx.agencyIds.get(a.key) === r.row.courtAgencyId)!;
        const suit = b.lawsuit(at, r.defendant, body);
        b.links.push({ fromCaseId: suit.row.id, toCaseId: r.row.id, linkType: 'follows_reconsideration' });
        if (suit.row.outcome && JUDGMENTS.has(suit.row.outcome) && rng.chance(0.3)) b.appeal(suit);
      }
    }
  } else {
    const dsp = b.dispute(filed);
    // Failed mediation goes on to reconsideration.
    if (dsp.row.outcome === 'DISPUTE_UNRESOLVED') {
      const at = plus(dsp.row.outcomeDate!, rng.int(5, 20));
      if (at < DEMO_TODAY) {
        const r = b.reconsideration(at, dsp.defendant);
        b.links.push({ fromCaseId: r.row.id, toCaseId: dsp.row.id, linkType: 'became_case' as LinkType });
      }
    }
  }
}

/**
 * Writes what the builder holds (numbered with `numberLitigation` first), in multi-row inserts: the cases, then their
 * parties, links, events, deadlines and hearings; the latest 24 losses go to expert review (every third also to the
 * discipline commission) when the demo accounts exist.
 */
export async function writeBuilt(tx: Tx, b: Builder, insert: RowWriter = insertBatched): Promise<void> {
  // Experts review some losses; some go on to the discipline commission (demo accounts, when present).
  const accounts = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['expert1', 'discipline1']));
  const expert = accounts.find((u) => u.username === 'expert1');
  const discipline = accounts.find((u) => u.username === 'discipline1');
  const losses = b.drafts.filter((d) => d.row.governmentLost && d.row.kind === 'litigation');
  const assignments: (typeof caseAssignments.$inferInsert)[] = [];
  losses.slice(-24).forEach((d, i) => {
    if (expert) assignments.push({ caseId: d.row.id, userId: expert.id, purpose: 'expert_review' });
    if (discipline && i % 3 === 0) assignments.push({ caseId: d.row.id, userId: discipline.id, purpose: 'discipline' });
  });

  await insert(
    tx,
    cases,
    b.drafts.map((d) => d.row),
  );
  await insert(
    tx,
    caseParties,
    b.drafts.flatMap((d) => d.parties),
  );
  await insert(tx, caseLinks, b.links);
  await insert(tx, caseEvents, b.events);
  await insert(tx, caseDeadlines, b.deadlines);
  await insert(tx, hearings, b.hearingRows);
  await insert(tx, caseAssignments, assignments);
}

/** The demo step: builds the registry in memory, then writes it in batches. */
export const seedDemoCases: DemoStep = async (tx, ctx) => {
  await ensureAdminDomains(tx);
  const b = new Builder(ctx.rng, ctx);
  for (const [yearText, total] of Object.entries(CASES_PER_YEAR)) {
    for (const filed of filingDates(ctx.rng, Number(yearText), total)) buildFiling(b, ctx, filed);
  }
  b.numberLitigation();
  await writeBuilt(tx, b);
};
