// The library threats the team has never exercised, and the scenarios that would cover them,
// in the order lib/dashboard/suggest-scenarios ranks them.
import Link from 'next/link';
import type { ThreatRef } from '@/lib/dashboard/build-team-coverage';
import type { Suggestions } from '@/lib/dashboard/suggest-scenarios';

function ThreatLinks({ threats }: { threats: ThreatRef[] }) {
  return (
    <>
      {threats.map((t, i) => (
        <span key={t.id}>
          {i > 0 ? ', ' : ''}
          <Link href={t.url}>{t.code}</Link>
        </span>
      ))}
    </>
  );
}

export function NeverExercisedSection({ neverExercised, suggestions, libraryCount }: { neverExercised: ThreatRef[]; suggestions: Suggestions; libraryCount: number }) {
  return (
    <section aria-labelledby="never-heading" className="mt-10">
      <h2 id="never-heading" className="text-xl font-semibold">
        Never exercised
      </h2>
      {neverExercised.length === 0 ? (
        <p className="mt-2">Every library threat has been exercised.</p>
      ) : (
        <div className="mt-2 grid gap-8 md:grid-cols-2">
          <div>
            <p>
              {neverExercised.length} of {libraryCount} library threats:
            </p>
            <ul aria-label="Threats never exercised" className="mt-2 space-y-1 text-sm">
              {neverExercised.map((t) => (
                <li key={t.id}>
                  <Link href={t.url}>
                    <span className="font-mono">{t.code}</span> {t.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id="suggested-heading" className="font-semibold">
              Scenarios that would cover them
            </h3>
            <p className="mt-1 text-sm text-fg-muted">Each scenario is ranked by how many never-exercised threats it covers that the ones above it do not.</p>
            {suggestions.suggestions.length > 0 ? (
              <ol aria-labelledby="suggested-heading" className="mt-2 list-decimal space-y-3 pl-6">
                {suggestions.suggestions.map((s) => (
                  <li key={s.scenario.id}>
                    <Link href={s.scenario.url} className="font-medium">
                      {s.scenario.title}
                    </Link>
                    <span className="block text-sm">
                      Covers {s.covers.length} never-exercised threat{s.covers.length === 1 ? '' : 's'}: <ThreatLinks threats={s.covers} />
                      {s.alsoCovers.length > 0 ? (
                        <>
                          {' '}
                          (and <ThreatLinks threats={s.alsoCovers} />, also in a scenario above)
                        </>
                      ) : null}
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2">No scenario has any of them in scope.</p>
            )}
            {suggestions.uncovered.length > 0 && suggestions.suggestions.length > 0 ? (
              <p className="mt-3 text-sm">
                No scenario has these in scope yet: <ThreatLinks threats={suggestions.uncovered} />.
              </p>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
