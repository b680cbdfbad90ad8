import { describe, expect, it } from 'vitest';
import { activeMs, pauseClock, resumeClock, startClock, stopClock, timerRemainingMs } from './scenario-clock';

const t = (minutes: number) => new Date(Date.UTC(2026, 4, 4, 9, minutes)).toISOString();

describe('scenario clock', () => {
  it('runs, pauses, resumes and stops, counting only running time', () => {
    let clock = startClock(t(0));
    expect(activeMs(clock, t(10))).toBe(10 * 60_000);
    clock = pauseClock(clock, t(10));
    expect(activeMs(clock, t(25))).toBe(10 * 60_000);
    clock = resumeClock(clock, t(25));
    expect(activeMs(clock, t(30))).toBe(15 * 60_000);
    clock = stopClock(clock, t(40));
    expect(activeMs(clock, t(90))).toBe(25 * 60_000);
  });

  it('stopping during a pause closes the pause', () => {
    const clock = stopClock(pauseClock(startClock(t(0)), t(5)), t(20));
    expect(clock).toEqual({ startedAt: t(0), pausedMs: 15 * 60_000, pausedSince: null, stoppedAt: t(20) });
    expect(activeMs(clock, t(60))).toBe(5 * 60_000);
  });

  it('ignores a second pause, a resume while running and a second stop', () => {
    const paused = pauseClock(startClock(t(0)), t(5));
    expect(pauseClock(paused, t(8))).toBe(paused);
    const running = startClock(t(0));
    expect(resumeClock(running, t(3))).toBe(running);
    const stopped = stopClock(running, t(9));
    expect(stopClock(stopped, t(12))).toBe(stopped);
  });

  it('never goes negative when two servers’ clocks disagree', () => {
    expect(activeMs(startClock(t(10)), t(9))).toBe(0);
  });

  it('counts a timer down and past zero', () => {
    const timer = { injectId: 'alert', durationSeconds: 300, clock: startClock(t(0)) };
    expect(timerRemainingMs(timer, t(2))).toBe(3 * 60_000);
    expect(timerRemainingMs(timer, t(7))).toBe(-2 * 60_000);
  });
});
