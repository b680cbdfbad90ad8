// How well a threat or technique was exercised, in words, with a colour swatch beside the words
// (the words carry the meaning; the swatch matches the charts).
import { howWellFill } from '@/lib/dashboard/chart-colours';
import type { HowWell } from '@/lib/dashboard/how-well';
import { RATING_LABELS } from '@/lib/report/hseep';

export function shortHowWell(value: HowWell): string {
  switch (value.kind) {
    case 'rated':
      return `${value.level} (average ${value.average.toFixed(1)} of 4), worst ${value.worst}`;
    case 'unrated':
      return 'not rated';
    case 'hidden':
      return 'exercised';
    case 'never':
      return 'never exercised';
  }
}

export function HowWellLabel({ value }: { value: HowWell }) {
  const { fill } = howWellFill(value, 1);
  return (
    <span title={value.kind === 'rated' ? `Average: ${RATING_LABELS[value.level]}. Worst: ${RATING_LABELS[value.worst]}.` : undefined}>
      <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-2.5 rounded-sm border border-border align-middle" style={{ backgroundColor: fill }} />
      {shortHowWell(value)}
    </span>
  );
}

export function Day({ iso }: { iso: string | null }) {
  if (!iso) return <>—</>;
  const day = iso.slice(0, 10);
  return <time dateTime={day}>{day}</time>;
}
