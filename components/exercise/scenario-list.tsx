import Link from 'next/link';

export interface ScenarioListItem {
  id: string;
  title: string;
  summary: string;
  url: string;
  difficulty: string;
  durationMinutes: number;
  injectCount: number;
  decisionPointCount: number;
  /** Codes of the library threats in scope (FIN-04, ML02:2023), for a glance at the setting. */
  threatCodes: string[];
}

export function ScenarioList({ scenarios, headingLevel = 2 }: { scenarios: readonly ScenarioListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-3">
      {scenarios.map((s) => (
        <li key={s.id} className="rounded border border-border p-4">
          <Heading className="text-base font-semibold">
            <Link href={s.url}>{s.title}</Link>
          </Heading>
          <p className="mt-1 text-sm text-fg-muted">{s.summary}</p>
          <p className="mt-2 text-xs text-fg-muted">
            <span className="capitalize">{s.difficulty}</span> · {s.durationMinutes} min · {s.injectCount} injects · {s.decisionPointCount} decision points
          </p>
          {s.threatCodes.length > 0 ? (
            <p className="mt-1 font-mono text-xs text-fg-muted">
              <span className="sr-only">Threats in scope: </span>
              {s.threatCodes.join(' · ')}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
