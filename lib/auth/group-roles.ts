// Single sign-on group → team role mapping (OIDC_GROUP_ROLES). When several groups map to one
// team, the most capable role wins.
import { TEAM_ROLES, type TeamRole } from './permissions';

export interface GroupRoleMapping {
  group: string;
  team: string;
  role: TeamRole;
}

export function rolesFromGroups(groups: readonly string[], mappings: readonly GroupRoleMapping[]): Map<string, TeamRole> {
  const rank = (role: TeamRole) => TEAM_ROLES.indexOf(role);
  const result = new Map<string, TeamRole>();
  for (const mapping of mappings) {
    if (!groups.includes(mapping.group)) continue;
    const current = result.get(mapping.team);
    if (!current || rank(mapping.role) < rank(current)) result.set(mapping.team, mapping.role);
  }
  return result;
}

/** The groups claim, which IdPs send as an array of strings or one space-separated string. */
export function groupsFromClaim(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string');
  if (typeof claim === 'string') return claim.split(/[\s,]+/).filter(Boolean);
  return [];
}
