import Link from 'next/link';
import { SeverityBadge } from './severity-badge';
import { StrideBadges } from './stride-badges';

export interface ThreatListItem {
  id: string;
  code: string;
  title: string;
  summary: string;
  url: string;
  severity: string;
  stride: readonly string[];
}

export function ThreatList({ threats, headingLevel = 3 }: { threats: readonly ThreatListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-3">
      {threats.map((t) => (
        <li key={t.id} className="rounded border border-border p-4">
          <Heading className="text-base font-semibold">
            <Link href={t.url}>
              <span className="mr-2 font-mono text-sm text-fg-muted">{t.code}</span>
              {t.title}
            </Link>
          </Heading>
          <p className="mt-1 text-sm text-fg-muted">{t.summary}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <SeverityBadge severity={t.severity} />
            <StrideBadges letters={t.stride} />
          </div>
        </li>
      ))}
    </ul>
  );
}
