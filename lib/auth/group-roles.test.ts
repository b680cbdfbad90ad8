import { describe, expect, it } from 'vitest';
import { groupsFromClaim, rolesFromGroups } from './group-roles';

const mappings = [
  { group: 'ml-eng', team: 'platform', role: 'member' as const },
  { group: 'ml-leads', team: 'platform', role: 'owner' as const },
  { group: 'ml-eng', team: 'fraud', role: 'observer' as const },
];

describe('group roles', () => {
  it('gives the most capable role a user’s groups grant, per team', () => {
    expect(Object.fromEntries(rolesFromGroups(['ml-eng', 'ml-leads'], mappings))).toEqual({ platform: 'owner', fraud: 'observer' });
    expect(Object.fromEntries(rolesFromGroups(['ml-eng'], mappings))).toEqual({ platform: 'member', fraud: 'observer' });
    expect(rolesFromGroups(['sales'], mappings).size).toBe(0);
  });
  it('reads array and space-separated group claims, and ignores anything else', () => {
    expect(groupsFromClaim(['a', 'b', 3])).toEqual(['a', 'b']);
    expect(groupsFromClaim('a b,c')).toEqual(['a', 'b', 'c']);
    expect(groupsFromClaim({ a: 1 })).toEqual([]);
  });
});
