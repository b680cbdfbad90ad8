import { describe, expect, it } from 'vitest';
import { describeChange, diffItem, parseImprovementUpdate, planUpdate, type ImprovementUpdate, type ItemState } from './update-command';

const CLIENT = '3f0b7c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b';
const BEN = '6a1e0c2b-9d8f-4a7b-b6c5-d4e3f2a1b0c9';
const members = new Map([[BEN, 'Ben']]);

const current: ItemState = {
  status: 'not-started',
  owner: { kind: 'outside', name: 'Priya' },
  startDate: null,
  dueDate: '2026-06-01',
  correctiveAction: 'Write the rollback runbook.',
  capability: null,
};

function update(fields: Record<string, unknown>): ImprovementUpdate {
  const parsed = parseImprovementUpdate({ clientId: CLIENT, expectedVersion: 1, ...fields });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.update;
}

describe('parseImprovementUpdate', () => {
  it('accepts a full update and treats a blank comment as none', () => {
    const parsed = parseImprovementUpdate({ clientId: CLIENT, expectedVersion: 3, status: 'in-progress', ownerUserId: BEN, dueDate: '2026-07-01', startDate: null, correctiveAction: 'Do it', capability: 'training', comment: '  ' });
    expect(parsed).toEqual({ ok: true, update: { clientId: CLIENT, expectedVersion: 3, status: 'in-progress', ownerUserId: BEN, dueDate: '2026-07-01', startDate: null, correctiveAction: 'Do it', capability: 'training' } });
  });

  it.each([
    [{ clientId: 'retry-1' }, 'clientId', /Request id: must be a UUID/],
    [{ expectedVersion: '2' }, 'expectedVersion', /Version: must be the version number/],
    [{ expectedVersion: 0 }, 'expectedVersion', /at least 1/],
    [{ status: 'done' }, 'status', /Status: must be one of: not-started, in-progress, complete, cancelled/],
    [{ dueDate: '2026-02-30' }, 'dueDate', /Due date: must be a real calendar date/],
    [{ dueDate: '01/06/2026' }, 'dueDate', /YYYY-MM-DD/],
    [{ comment: 'x'.repeat(100_000) }, 'comment', /Comment: must be at most 2000 characters \(got 100000\)/],
    [{ comment: 'ok\u0007' }, 'comment', /control characters \(found U\+0007\)/],
    [{ ownerName: 'Eve\u202Eevil' }, 'ownerName', /text-direction override/],
    [{ ownerName: 'Two\nlines' }, 'ownerName', /single line/],
    [{ ownerUserId: BEN, ownerName: 'Priya' }, 'ownerName', /either ownerUserId .* or ownerName/],
    [{ capability: 'money' }, 'capability', /Capability element: must be one of/],
    [{ version: 2 }, 'form', /unknown field version/],
  ])('refuses %j with a message naming the field', (fields, key, message) => {
    const parsed = parseImprovementUpdate({ clientId: CLIENT, expectedVersion: 1, ...fields });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(Object.keys(parsed.fields)).toContain(key);
    }
  });

  it('refuses a body that is not an object', () => {
    expect(parseImprovementUpdate('status=complete').ok).toBe(false);
    expect(parseImprovementUpdate(null).ok).toBe(false);
  });

  it('keeps markup as text: it is rendered as text, never as HTML', () => {
    expect(update({ comment: '<script>alert(1)</script>' }).comment).toBe('<script>alert(1)</script>');
  });
});

describe('diffItem', () => {
  it('lists each changed field with its value before and after, owners by name', () => {
    const after: ItemState = { ...current, status: 'in-progress', owner: { kind: 'member', userId: BEN, name: 'Ben' }, dueDate: null };
    expect(diffItem(current, after)).toEqual({
      status: { from: 'not-started', to: 'in-progress' },
      owner: { from: 'Priya', to: 'Ben' },
      dueDate: { from: '2026-06-01', to: null },
    });
    expect(diffItem(current, { ...current })).toEqual({});
  });

  it('tells a member from an outside person of the same name, and one member from another', () => {
    expect(diffItem({ ...current, owner: { kind: 'outside', name: 'Ben' } }, { ...current, owner: { kind: 'member', userId: BEN, name: 'Ben' } })).toEqual({ owner: { from: 'Ben', to: 'Ben' } });
    expect(diffItem({ ...current, owner: { kind: 'member', userId: 'a', name: 'Sam' } }, { ...current, owner: { kind: 'member', userId: 'b', name: 'Sam' } })).toHaveProperty('owner');
    expect(diffItem({ ...current, owner: null }, { ...current, owner: null })).toEqual({});
  });
});

describe('planUpdate', () => {
  it('reassigns to a team member and moves the due date', () => {
    const plan = planUpdate(current, update({ ownerUserId: BEN, dueDate: '2026-01-15' }), members);
    expect(plan).toMatchObject({ ok: true, closes: false, reopens: false, changes: { owner: { from: 'Priya', to: 'Ben' }, dueDate: { from: '2026-06-01', to: '2026-01-15' } } });
    if (plan.ok) expect(plan.next.owner).toEqual({ kind: 'member', userId: BEN, name: 'Ben' });
  });

  it('reassigns to someone outside the team, or to nobody', () => {
    const outside = planUpdate({ ...current, owner: { kind: 'member', userId: BEN, name: 'Ben' } }, update({ ownerName: 'Legal' }), members);
    expect(outside.ok && outside.next.owner).toEqual({ kind: 'outside', name: 'Legal' });
    const nobody = planUpdate(current, update({ ownerUserId: null }), members);
    expect(nobody.ok && nobody.changes).toEqual({ owner: { from: 'Priya', to: null } });
  });

  it('refuses an owner who is not a member of the item’s team', () => {
    expect(planUpdate(current, update({ ownerUserId: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' }), members)).toMatchObject({ ok: false, status: 400, field: 'ownerUserId' });
  });

  it('needs a comment to close an item, as complete or as cancelled', () => {
    for (const status of ['complete', 'cancelled'] as const) {
      const refused = planUpdate(current, update({ status }), members);
      expect(refused).toMatchObject({ ok: false, status: 400, field: 'comment' });
      if (!refused.ok) expect(refused.message).toMatch(/only with a comment/);
      expect(planUpdate(current, update({ status, comment: 'Runbook merged.' }), members)).toMatchObject({ ok: true, closes: true });
    }
  });

  it('does not ask for a comment to edit an item that is already closed, and notices a reopening', () => {
    const closed: ItemState = { ...current, status: 'complete' };
    expect(planUpdate(closed, update({ status: 'cancelled' }), members)).toMatchObject({ ok: true, closes: false, reopens: false });
    expect(planUpdate(closed, update({ status: 'in-progress' }), members)).toMatchObject({ ok: true, closes: false, reopens: true });
  });

  it('refuses a due date before the start date', () => {
    expect(planUpdate({ ...current, startDate: '2026-05-01' }, update({ dueDate: '2026-04-30' }), members)).toMatchObject({ ok: false, field: 'dueDate' });
    expect(planUpdate(current, update({ startDate: '2026-06-02' }), members)).toMatchObject({ ok: false, field: 'dueDate' });
    expect(planUpdate(current, update({ startDate: '2026-06-01' }), members).ok).toBe(true);
  });

  it('takes a comment alone as a progress note, and refuses an update that changes nothing', () => {
    expect(planUpdate(current, update({ comment: 'Draft shared with MLOps.' }), members)).toMatchObject({ ok: true, changes: {} });
    expect(planUpdate(current, update({ status: 'not-started', dueDate: '2026-06-01' }), members)).toMatchObject({ ok: false, field: 'form', message: expect.stringMatching(/Nothing to update/) });
  });
});

describe('describeChange', () => {
  it('writes a history line with labels for statuses and capability elements', () => {
    expect(describeChange('status', { from: 'not-started', to: 'complete' })).toBe('Status: Not started → Complete');
    expect(describeChange('capability', { from: null, to: 'training' })).toBe('Capability element: none → Training');
    expect(describeChange('owner', { from: 'Priya', to: 'Ben' })).toBe('Owner: Priya → Ben');
  });
});
