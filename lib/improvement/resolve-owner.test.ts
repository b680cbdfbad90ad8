import { describe, expect, it } from 'vitest';
import { resolveOwner } from './resolve-owner';

const members = [
  { userId: 'u-priya', name: 'Priya Raman', email: 'priya@bank.example' },
  { userId: 'u-sam1', name: 'Sam', email: 'sam.one@bank.example' },
  { userId: 'u-sam2', name: 'sam', email: 'sam.two@bank.example' },
];

describe('resolveOwner', () => {
  it('assigns to the member whose name or email matches exactly, ignoring case and surrounding blanks', () => {
    expect(resolveOwner('priya raman', members)).toEqual({ ownerUserId: 'u-priya', ownerName: null });
    expect(resolveOwner('  PRIYA@bank.example ', members)).toEqual({ ownerUserId: 'u-priya', ownerName: null });
  });

  it('keeps anything else as the name of someone outside the team', () => {
    expect(resolveOwner('Priya', members)).toEqual({ ownerUserId: null, ownerName: 'Priya' });
    expect(resolveOwner('Legal team ', members)).toEqual({ ownerUserId: null, ownerName: 'Legal team' });
  });

  it('does not guess between two members with the same name', () => {
    expect(resolveOwner('Sam', members)).toEqual({ ownerUserId: null, ownerName: 'Sam' });
  });

  it('leaves an item without owner unassigned', () => {
    expect(resolveOwner(null, members)).toEqual({ ownerUserId: null, ownerName: null });
    expect(resolveOwner('   ', members)).toEqual({ ownerUserId: null, ownerName: null });
  });
});
