const STYLE: Record<string, string> = {
  critical: 'border-red-700 text-red-800 dark:text-red-300',
  high: 'border-orange-700 text-orange-800 dark:text-orange-300',
  medium: 'border-amber-700 text-amber-800 dark:text-amber-300',
  low: 'border-slate-500 text-slate-700 dark:text-slate-300',
};

export function SeverityBadge({ severity }: { severity: string }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold uppercase ${STYLE[severity] ?? STYLE.low}`}>
      <span className="sr-only">Severity: </span>
      {severity}
    </span>
  );
}
