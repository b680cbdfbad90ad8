import Link from 'next/link';
import { getScenariosForThreat } from '@/lib/content/scenario-source';

/** The threat page's "Exercised in": scenarios with this threat in scope, linked to their public briefings. */
export function ExercisedIn({ threatId }: { threatId: string }) {
  const scenarios = getScenariosForThreat(threatId);
  if (scenarios.length === 0) return null;
  return (
    <section aria-labelledby="exercised-in" className="mt-10">
      <h2 id="exercised-in" className="text-lg font-semibold">
        Exercised in
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {scenarios.map(({ briefing, url }) => (
          <li key={briefing.id}>
            <Link href={url}>{briefing.title}</Link>{' '}
            <span className="text-sm text-fg-muted">
              (tabletop scenario · {briefing.difficulty} · {briefing.durationMinutes} min)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
