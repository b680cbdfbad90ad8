import { describe, expect, it } from 'vitest';
import { isClosedStatus, isOverdue, utcDate } from './item-status';

describe('item status rules', () => {
  it('counts complete and cancelled as closed, the rest as open', () => {
    expect(isClosedStatus('complete')).toBe(true);
    expect(isClosedStatus('cancelled')).toBe(true);
    expect(isClosedStatus('not-started')).toBe(false);
    expect(isClosedStatus('in-progress')).toBe(false);
  });

  it('takes today in UTC, not in the server’s zone', () => {
    expect(utcDate(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    expect(utcDate(new Date('2026-03-01T00:10:00+02:00'))).toBe('2026-02-28');
  });

  it('marks an open item overdue from the day after its due date', () => {
    const today = '2026-03-02';
    expect(isOverdue({ dueDate: '2026-03-01', status: 'not-started' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2025-12-31', status: 'in-progress' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-02', status: 'in-progress' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-04-01', status: 'not-started' }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'not-started' }, today)).toBe(false);
  });

  it('never marks a closed item overdue', () => {
    expect(isOverdue({ dueDate: '2020-01-01', status: 'complete' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ dueDate: '2020-01-01', status: 'cancelled' }, '2026-03-02')).toBe(false);
  });
});
