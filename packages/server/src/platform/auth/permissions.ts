import type { Principal, Role } from './principal.js';

/**
 * Every permission a route can require (`config: { access: { permission: 'case.read' } }`). A permission says what
 * kind of action a role may take at all; which records it applies to (region, agency, assignment) is the module's
 * scope check.
 */
export const PERMISSIONS = [
  'case.read',
  'case.create',
  'case.update',
  'case.delete',
  'case.restore',
  'case.import',
  'case.export',
  /** Reveal a party's ID number / phone in full; every use is written to the audit log (docs/rules/personal-data.md#unmasking). */
  'case.unmask',
  /** Assign a case to an expert (败诉评查) or refer it to the discipline commission (纪委监委): coordinators. */
  'case.assign',
  'org.read',
  'org.manage',
  'user.manage',
  /**
   * Read the audit log. Administrators and city coordinators (the issue: 审计日志 for 管理员 and 市级协调员). Scope: the
   * whole log. A deployment serves one city, so the city coordinator's region is the whole installation; audit rows
   * carry no region of their own, and a filter by region would hide account and calendar changes that concern the
   * city as a whole. County coordinators do not read the log.
   */
  'audit.read',
  'calendar.manage',
  /** Read the versioned settings in force (reminder offsets, indicator definitions …): coordinators and administrators. */
  'settings.read',
  /** Save a new version of a setting: administrators and the city coordinator (docs/ARCHITECTURE.md#versioned-settings). */
  'settings.manage',
  /** One's own sessions (list, sign out elsewhere). */
  'session.self',
  /** See background jobs and schedules, run what is due now (platform/jobs): administrators. */
  'jobs.manage',
  /**
   * The external deliveries of notifications (queued, sent, failed, uncertain) and resending one: the city coordinator
   * and the administrator. Scope: the whole installation (one city), like the audit log.
   */
  'notification.manage',
  /** The embedded database's backups: when the last ran and whether it succeeded, back up now (modules/backups): administrators. */
  'backup.manage',
  /** Enter and change a case's hearings (modules/hearings): clerks, court liaisons, coordinators; scope = the case's. */
  'hearing.manage',
  /** Rate a head's appearance in court (负责人出庭规定第14条): the court liaison, on the court's cases. */
  'hearing.evaluate',
  /** Approve (备案) a head's 不出庭说明 before the hearing: county and city coordinators. */
  'absence.approve',
  /**
   * 我的开庭: a head (with a login linked in the heads list) sees their hearings ahead, confirms attendance, files
   * their own 不出庭说明; scope = the case's, and the hearing must concern the head (designated or their agency defends).
   */
  'hearing.attend',
  /**
   * Read the indicators (modules/indicators: 新收、审结、败诉率 … with 同比/环比 and their cases): coordinators (city,
   * county), clerks and heads (their agency), leaders (the city, read-only).
   */
  'indicator.read',
  /** Publish indicator figures as a kept snapshot (period, scope, definition version, the case ids): coordinators. */
  'indicator.publish',
  /**
   * 风险预警与化解 (modules/risk): set a case's risk level with a reason, name the 包案领导 and task force, 销号 and
   * reopen: county and city coordinators; scope = the case's.
   */
  'risk.manage',
  /** Write the 一案一策 plan and its progress: coordinators and the defendant agency's clerk and head (谁行政、谁化解). */
  'risk.plan',
  /** The court liaison's pre-hearing signal (庭前风险提示) on a case of their court, and its withdrawal. */
  'risk.signal',
  /** The workbench (工作台): deadline buckets per unit and 承办人 in the caller's scope — coordinators, clerks, heads, leaders. */
  'dashboard.read',
  /** 红黄牌 (modules/cards): the quarter's proposals and decisions, a unit's history, the notice — coordinators, leaders; scoped. */
  'card.read',
  /** Confirm or reject a card proposal (with a reason): the city coordinator. */
  'card.decide',
  /** 建议 (modules/suggestions): those of one's agency (clerks, heads) or region (coordinators, leaders). */
  'suggestion.read',
  /** Register a suggestion received, assign or reassign it, upload its document: coordinators. */
  'suggestion.manage',
  /** Answer a suggestion with the reply: the agency's clerk (coordinators on its behalf). */
  'suggestion.answer',
  /** The typical-case library (典型案例, anonymised) and its annual compilation: everyone who works on or learns from cases. */
  'typical_case.read',
  /** Write typical cases from loss cases: coordinators. */
  'typical_case.manage',
  /** Trainings and trial observations with the coverage per agency (3个全覆盖): coordinators, clerks, heads, leaders. */
  'training.read',
  /** Record trainings and trial observations with their attendees: coordinators. */
  'training.manage',
  /**
   * 败诉评价 (modules/accountability, docs/rules/accountability.md): read the evaluations and referrals of one's scope
   * (experts only those assigned, the discipline liaison only those referred; reviews blind): coordinators, court
   * liaisons, experts, the discipline liaison.
   */
  'evaluation.read',
  /** The court's initial evaluation (法院初评): court liaisons, on their court's cases. */
  'evaluation.initial',
  /** An expert's review (专家复评), once, on an evaluation they are assigned to. */
  'evaluation.review',
  /** Assign experts, conclude, refer to the discipline commission, send a 自我纠错 to evaluation: coordinators. */
  'evaluation.manage',
  /** Record what the discipline commission decided on a referral (处理结果, 一案四查): the discipline liaison. */
  'referral.outcome',
  /** 通报 (modules/reports): the monthly 新收案件通报 and quarterly 指标通报 of one's region — coordinators, leaders; scoped. */
  'report.read',
  /** Draft, redraft and issue a notice (a correction is a new edition): city and county coordinators. */
  'report.manage',
  /**
   * 行政争议化解中心 (modules/mediation, docs/rules/mediation.md): read the mediations of one's region — mediators and
   * city and county coordinators.
   */
  'mediation.read',
  /** Take in a dispute, accept or refuse it, assign a mediator, record sessions, the result and the case that followed. */
  'mediation.manage',
  /** 统计报表 (modules/statistics, docs/rules/statistics.md): the filings of one's region — coordinators, leaders; scoped. */
  'statistics.read',
  /** Fill one's own unit's filing (create, adjust with a reason, recount, submit): city and county coordinators. */
  'statistics.fill',
  /** Return or accept the counties' (and the city's own) filings, and sum the accepted ones: the city coordinator. */
  'statistics.review',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CASE_WORK: Permission[] = ['case.read', 'case.create', 'case.update', 'case.export', 'case.unmask'];

/**
 * The one role → permission table (docs/rules/roles-and-scope.md#permissions). Least privilege: the administrator manages accounts and settings
 * but does not read case files; leaders, experts and discipline liaisons read; only coordinators delete or restore.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  city_coordinator: [
    ...CASE_WORK,
    'case.delete',
    'case.restore',
    'case.import',
    'case.assign',
    'org.read',
    'org.manage',
    'audit.read',
    'calendar.manage',
    'settings.read',
    'settings.manage',
    'session.self',
    'notification.manage',
    'hearing.manage',
    'absence.approve',
    'risk.manage',
    'risk.plan',
    'indicator.read',
    'indicator.publish',
    'dashboard.read',
    'card.read',
    'card.decide',
    'suggestion.read',
    'suggestion.manage',
    'suggestion.answer',
    'typical_case.read',
    'typical_case.manage',
    'training.read',
    'training.manage',
    'evaluation.read',
    'evaluation.manage',
    'report.read',
    'report.manage',
    'mediation.read',
    'mediation.manage',
    'statistics.read',
    'statistics.fill',
    'statistics.review',
  ],
  county_coordinator: [
    ...CASE_WORK,
    'case.delete',
    'case.restore',
    'case.import',
    'case.assign',
    'org.read',
    /** The heads of the county's agencies (负责人名录, issue 13). */
    'org.manage',
    'settings.read',
    'session.self',
    'hearing.manage',
    'absence.approve',
    'risk.manage',
    'risk.plan',
    'indicator.read',
    'indicator.publish',
    'dashboard.read',
    'card.read',
    'suggestion.read',
    'suggestion.manage',
    'suggestion.answer',
    'typical_case.read',
    'typical_case.manage',
    'training.read',
    'training.manage',
    'evaluation.read',
    'evaluation.manage',
    'report.read',
    'report.manage',
    'mediation.read',
    'mediation.manage',
    'statistics.read',
    'statistics.fill',
  ],
  agency_clerk: [
    ...CASE_WORK,
    'org.read',
    'session.self',
    'hearing.manage',
    'risk.plan',
    'indicator.read',
    'dashboard.read',
    'suggestion.read',
    'suggestion.answer',
    'typical_case.read',
    'training.read',
  ],
  agency_head: [
    'case.read',
    'org.read',
    'session.self',
    'hearing.attend',
    'risk.plan',
    'indicator.read',
    'dashboard.read',
    'suggestion.read',
    'typical_case.read',
    'training.read',
  ],
  // Courts send the monthly list of new cases (每月通报) and hearing dates: import into the registry.
  court_liaison: [
    'case.read',
    'risk.signal',
    'case.import',
    'org.read',
    'session.self',
    'hearing.manage',
    'hearing.evaluate',
    'evaluation.read',
    'evaluation.initial',
  ],
  expert: ['case.read', 'org.read', 'session.self', 'typical_case.read', 'evaluation.read', 'evaluation.review'],
  discipline_liaison: ['case.read', 'org.read', 'session.self', 'evaluation.read', 'referral.outcome'],
  leader: [
    'case.read',
    'org.read',
    'session.self',
    'indicator.read',
    'dashboard.read',
    'suggestion.read',
    'typical_case.read',
    'training.read',
    'card.read',
    'report.read',
    'statistics.read',
  ],
  admin: [
    'user.manage',
    'audit.read',
    'org.read',
    'org.manage',
    'calendar.manage',
    'settings.read',
    'settings.manage',
    'session.self',
    'jobs.manage',
    'notification.manage',
    'backup.manage',
  ],
  // 调解员 of the 行政争议化解中心: the mediations of their region; no case file (a linked case shows by its number only).
  mediator: ['org.read', 'session.self', 'mediation.read', 'mediation.manage'],
};

const granted = new Map<Role, ReadonlySet<string>>(
  Object.entries(ROLE_PERMISSIONS).map(([role, perms]) => [role as Role, new Set(perms)]),
);

/** Whether the principal's role carries the permission. Unknown permissions are never granted. */
export function can(principal: Pick<Principal, 'role'> | null | undefined, permission: Permission | string): boolean {
  if (!principal) return false;
  return granted.get(principal.role)?.has(permission) ?? false;
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
