// The named rules the SDL's @policy directives refer to. Roles are declared in the SDL with
// @requiresScopes; a rule here is for what a role alone cannot decide (a consent, a relationship).
import type { Policy } from '#platform/access/access-directives.js';

export const guardianshipPolicies: Record<string, Policy> = {};
