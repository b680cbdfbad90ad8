// Times and durations as every format writes them: UTC, fixed layouts, no locale, so a report reads
// the same wherever and whenever it is rendered.

/** 2026-05-04 09:00 UTC */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** 2026-05-04 */
export function formatDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** 45 s, 12 min, 1 h 05 min */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, ms) / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const totalMinutes = Math.round(totalSeconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  return `${hours} h ${String(totalMinutes % 60).padStart(2, '0')} min`;
}

/** Minutes with one decimal, for chart axes and CSV. */
export function minutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
