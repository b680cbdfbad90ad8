import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, TEAM_ROLES, type Permission, type TeamRole } from './permissions';

// The whole table, written out: a change to who may do what must change this test too.
const EXPECTED: Record<TeamRole, Permission[]> = {
  owner: [...PERMISSIONS],
  facilitator: PERMISSIONS.filter((p) => p !== 'team.manage'),
  member: ['team.read', 'exercise.read', 'exercise.observe', 'exercise.participate', 'report.read', 'improvement.write', 'model.read', 'model.write', 'path.read'],
  observer: ['team.read', 'exercise.read', 'exercise.observe', 'model.read', 'path.read'],
};

describe('can', () => {
  for (const role of TEAM_ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = EXPECTED[role].includes(permission);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }
});
