import type { AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';

/** Who runs a use case: the principal (permissions, scope) and the actor its audit rows name. */
export interface AccountabilityContext {
  principal: Principal;
  actor: AuditActor;
}
