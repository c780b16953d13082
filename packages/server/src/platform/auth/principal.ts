/**
 * Who is calling: set on every authenticated request as `req.principal` by the auth module. Services receive it and
 * apply scope (region, agency, assignment) in their repositories, so lists, counts, exports and single reads agree.
 * Roles per docs/rules/roles-and-scope.md#roles.
 */
export const ROLES = [
  'city_coordinator', // 市司法局 行政应诉科: everything in the city
  'county_coordinator', // 县区司法局: their county's agencies and towns
  'agency_clerk', // 应诉专员: their agency's cases
  'agency_head', // 局长/副局长/镇长: own hearings and reminders
  'court_liaison', // 法院联络员: cases of their court
  'expert', // 专家: cases assigned to them
  'discipline_liaison', // 纪委监委: referred cases
  'leader', // 市领导: read-only dashboards and reports in their region
  'admin', // 系统管理员: accounts and settings
  'mediator', // 调解员: the 行政争议化解中心's mediations in their region (docs/rules/mediation.md#who), no case files
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES_ZH: Record<Role, string> = {
  city_coordinator: '市级协调员',
  county_coordinator: '县区协调员',
  agency_clerk: '机关应诉专员',
  agency_head: '机关负责人',
  court_liaison: '法院联络员',
  expert: '专家',
  discipline_liaison: '纪委监委联络员',
  leader: '领导',
  admin: '系统管理员',
  mediator: '调解员',
};

export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Region the user works for (GB/T 2260 code) and its materialised path (`/329900/329902/`), if any. */
  regionCode: string | null;
  regionPath: string | null;
  /** Agency the user belongs to (clerk, head, court liaison), if any. */
  agencyId: string | null;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth module for every route whose access is not 'public'. */
    principal?: Principal;
  }
}
