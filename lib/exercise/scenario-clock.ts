// Session time with pauses taken out, for the exercise clock and the per-inject countdown. Times are
// the events' createdAt (ISO strings), so the reducer stays deterministic; the view passes `now`.
// Differences are clamped at zero: two app instances' clocks can disagree by a few milliseconds.
import type { InjectTimer, RunningClock } from './exercise-state';

const between = (from: string, to: string) => Math.max(0, Date.parse(to) - Date.parse(from));

export function startClock(at: string): RunningClock {
  return { startedAt: at, pausedMs: 0, pausedSince: null, stoppedAt: null };
}

export function pauseClock(clock: RunningClock, at: string): RunningClock {
  if (clock.pausedSince !== null || clock.stoppedAt !== null) return clock;
  return { ...clock, pausedSince: at };
}

export function resumeClock(clock: RunningClock, at: string): RunningClock {
  if (clock.pausedSince === null || clock.stoppedAt !== null) return clock;
  return { ...clock, pausedMs: clock.pausedMs + between(clock.pausedSince, at), pausedSince: null };
}

export function stopClock(clock: RunningClock, at: string): RunningClock {
  if (clock.stoppedAt !== null) return clock;
  return { ...resumeClock(clock, at), stoppedAt: at };
}

/** Milliseconds the clock has run by `now` (an ISO time), pauses excluded. */
export function activeMs(clock: RunningClock, now: string): number {
  const end = clock.stoppedAt ?? now;
  const openPause = clock.pausedSince === null ? 0 : between(clock.pausedSince, end);
  return Math.max(0, between(clock.startedAt, end) - clock.pausedMs - openPause);
}

/** What is left of a discussion countdown at `now`; negative once it has overrun. */
export function timerRemainingMs(timer: InjectTimer, now: string): number {
  return timer.durationSeconds * 1000 - activeMs(timer.clock, now);
}
