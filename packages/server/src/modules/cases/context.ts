import type { AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';

/** Who runs a use case: the principal (scope, permissions) and the actor its audit rows name. */
export interface CaseContext {
  principal: Principal;
  actor: AuditActor;
}
