/** Server answers the component tests start from (shapes typed by the generated contract, so they stay the server's). */
import type { Agency, CaseDetail, CaseMeta, Region } from '../features/cases/api.js';

const l = (value: string, label: string) => ({ value, label });

export const caseMeta: CaseMeta = {
  kinds: [l('litigation', '行政诉讼'), l('reconsideration', '行政复议'), l('dispute', '诉前争议')],
  instances: [l('first', '一审'), l('appeal', '二审')],
  statuses: [l('registered', '已登记'), l('in_progress', '办理中'), l('concluded', '已结案'), l('closed', '已归档')],
  actKinds: [l('penalty', '行政处罚')],
  riskLevels: [l('green', '绿'), l('yellow', '黄'), l('red', '红')],
  partySides: [l('plaintiff', '原告（申请人）'), l('defendant', '被告（被申请人）'), l('third_party', '第三人')],
  partyTypes: [l('person', '自然人'), l('organization', '法人或其他组织'), l('agency', '行政机关')],
  defendantRoles: [l('first', '第一被告'), l('co_defendant', '共同被告'), l('reconsideration_body', '复议机关')],
  linkTypes: [],
  eventTypes: [],
  headAppearances: [],
  caseNumberStatuses: [],
  deadlineStatuses: [l('open', '未到期'), l('met', '已完成'), l('missed', '已逾期')],
  outcomes: [
    { value: 'CLAIMS_REJECTED', label: '判决驳回诉讼请求', kind: 'litigation', loss: false, basis: '第六十九条' },
    { value: 'REVOKED', label: '判决撤销', kind: 'litigation', loss: true, basis: '第七十条' },
    { value: 'RECON_UPHELD', label: '决定维持', kind: 'reconsideration', loss: false, basis: '行政复议法第68条' },
    { value: 'RECON_REVOKED', label: '决定撤销', kind: 'reconsideration', loss: true, basis: '行政复议法第64条' },
  ],
  deadlineRules: [],
  sortKeys: [],
  maxPageSize: 200,
};

export const regions: Region[] = [
  { code: '329900', name: '示例市', level: 'city', parentCode: null, path: '/329900/' },
  { code: '329902', name: '城东区', level: 'county', parentCode: '329900', path: '/329900/329902/' },
];

const agency = (
  id: string,
  name: string,
  kind: Agency['kind'],
  regionCode: string,
  courtCode: string | null = null,
): Agency => ({ id, name, shortName: null, kind, regionCode, regionName: '', regionPath: '', courtCode, active: true });

export const agencies: Agency[] = [
  agency('00000000-0000-4000-8000-0000000000a1', '城东区市场监督管理局', 'department', '329902'),
  agency('00000000-0000-4000-8000-0000000000c1', '城东区人民法院', 'court', '329902', '苏0102'),
];

/** The query cache entries the case screens read (meta, org lists). */
export const caseScreenCache: [readonly unknown[], unknown][] = [
  [['cases', 'meta'], caseMeta],
  [['org', 'regions'], regions],
  [['org', 'agencies'], agencies],
  [['org', 'admin-domains'], [{ code: 'market', name: '市场监管' }]],
];

/** A litigation case as GET /cases/:id answers it (no deadlines, hearings, links or history unless given). */
export function caseDetail(over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: '00000000-0000-4000-8000-00000000ca5e',
    kind: 'litigation',
    caseNumber: '（2024）苏0102行初123号',
    caseNumberStatus: 'valid',
    instance: 'first',
    courtAgencyId: agencies[1]!.id,
    courtName: '城东区人民法院',
    regionCode: '329902',
    regionName: '城东区',
    firstDefendantAgencyId: agencies[0]!.id,
    firstDefendantName: '城东区市场监督管理局',
    plaintiffs: ['张三'],
    plaintiffCount: 1,
    receivedDate: null,
    filedDate: '2024-03-05',
    causeOfAction: '行政处罚',
    actKind: 'penalty',
    domain: null,
    status: 'in_progress',
    outcome: null,
    outcomeLabel: null,
    outcomeDate: null,
    governmentLost: null,
    riskLevel: 'green',
    handlerUserId: null,
    handlerName: null,
    nextDueDate: null,
    nextDueProvisional: false,
    deleted: false,
    version: 3,
    updatedAt: '2024-03-06T02:00:00.000Z',
    caseNumberRaw: '（2024）苏0102行初123号',
    courtCode: '苏0102',
    regionPath: '/329900/329902/',
    domainName: null,
    complaintReceivedDate: null,
    contestedAct: null,
    amountClaimed: null,
    normativeDocReview: false,
    hearingHeld: false,
    outcomeText: null,
    appealed: null,
    notes: null,
    deletedAt: null,
    deleteReason: null,
    createdAt: '2024-03-06T02:00:00.000Z',
    canUnmask: false,
    parties: [
      {
        id: '00000000-0000-4000-8000-0000000000p1',
        side: 'plaintiff',
        partyType: 'person',
        name: '张三',
        agencyId: null,
        agencyName: null,
        defendantRole: null,
        idNumber: null,
        phone: null,
        masked: false,
        sortOrder: 0,
      },
      {
        id: '00000000-0000-4000-8000-0000000000p2',
        side: 'defendant',
        partyType: 'agency',
        name: '城东区市场监督管理局',
        agencyId: agencies[0]!.id,
        agencyName: '城东区市场监督管理局',
        defendantRole: 'first',
        idNumber: null,
        phone: null,
        masked: false,
        sortOrder: 1,
      },
    ],
    links: [],
    timeline: [],
    deadlines: [],
    hearings: [],
    audit: [],
    ...over,
  };
}
