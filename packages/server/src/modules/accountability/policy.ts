/**
 * Who is who in the evaluation workflow (docs/rules/accountability.md#evaluation-workflow): the server's roles mapped
 * to the domain's. City and county coordinators are the coordinator (they assign, conclude and refer, each in their
 * scope); everyone else with read access is `other` and sees no review (docs/rules/accountability.md#blind-review).
 */
import type { EvaluationActor, EvaluationRole } from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';

export function evaluationRole(p: Pick<Principal, 'role'>): EvaluationRole {
  switch (p.role) {
    case 'city_coordinator':
    case 'county_coordinator':
      return 'coordinator';
    case 'court_liaison':
    case 'expert':
    case 'discipline_liaison':
      return p.role;
    default:
      return 'other';
  }
}

export const actorOf = (p: Principal): EvaluationActor => ({ id: p.userId, role: evaluationRole(p) });
