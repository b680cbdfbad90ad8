// Permissions as data: which team role may do what. Every private route and action names the
// permission it needs, and `can` is the one function that answers.
export const TEAM_ROLES = ['owner', 'facilitator', 'member', 'observer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const PERMISSIONS = [
  'team.read',
  'team.manage',
  'exercise.read',
  'exercise.create',
  'exercise.facilitate',
  'exercise.participate',
  'exercise.observe',
  'report.read',
  'report.publish',
  'improvement.write',
  'model.read',
  'model.write',
  'path.read',
  'path.assign',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: Permission[] = ['team.read', 'exercise.read', 'exercise.observe', 'model.read', 'path.read'];
const contributor: Permission[] = [...everyone, 'exercise.participate', 'report.read', 'improvement.write', 'model.write'];
const facilitator: Permission[] = [...contributor, 'exercise.create', 'exercise.facilitate', 'report.publish', 'path.assign'];

export const ROLE_PERMISSIONS: Readonly<Record<TeamRole, ReadonlySet<Permission>>> = {
  owner: new Set<Permission>([...facilitator, 'team.manage']),
  facilitator: new Set(facilitator),
  member: new Set(contributor),
  // Observers watch exercises and add observations; they cannot vote, edit or read reports
  // unless one is shared with them.
  observer: new Set(everyone),
};

export function can(role: TeamRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

export const ROLE_LABELS: Record<TeamRole, string> = {
  owner: 'Owner',
  facilitator: 'Facilitator',
  member: 'Member',
  observer: 'Observer',
};

export function isTeamRole(value: unknown): value is TeamRole {
  return TEAM_ROLES.some((role) => role === value);
}
