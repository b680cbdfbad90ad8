// The ATLAS view of the coverage: the techniques the library cites that the team has exercised,
// with their tactics, the threats that brought them in, when and how well; then the rest.
import Link from 'next/link';
import type { TeamAtlasCoverage } from '@/lib/dashboard/team-atlas-coverage';
import { Day, HowWellLabel } from './how-well-label';

export function AtlasOverlayTable({ atlas }: { atlas: TeamAtlasCoverage }) {
  const exercised = atlas.techniques.filter((t) => t.exercised.length > 0);
  const never = atlas.techniques.filter((t) => t.exercised.length === 0);
  const tacticName = new Map(atlas.tactics.map((t) => [t.id, t.name]));
  return (
    <>
      <p className="mt-2">
        {atlas.exercisedCount} of the {atlas.techniques.length} {atlas.source} techniques the library cites have been exercised.
      </p>
      {exercised.length > 0 ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-medium">ATLAS techniques exercised</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="p-2">Technique</th>
                <th scope="col" className="p-2">Tactics</th>
                <th scope="col" className="p-2">Through</th>
                <th scope="col" className="p-2">Last exercised</th>
                <th scope="col" className="p-2">How well</th>
              </tr>
            </thead>
            <tbody>
              {exercised.map(({ technique, exercised: threats, lastExercised, howWell }) => (
                <tr key={technique.id} className="border-b border-border align-top">
                  <th scope="row" className="p-2 font-normal">
                    <a href={technique.url} rel="noopener noreferrer">
                      <span className="font-mono">{technique.id}</span> {technique.name}
                    </a>
                  </th>
                  <td className="p-2">{technique.tactics.map((id) => tacticName.get(id) ?? id).join(', ')}</td>
                  <td className="p-2">
                    {threats.map((t, i) => (
                      <span key={t.id}>
                        {i > 0 ? ', ' : ''}
                        <Link href={t.url}>{t.code}</Link>
                      </span>
                    ))}
                  </td>
                  <td className="p-2">
                    <Day iso={lastExercised} />
                  </td>
                  <td className="p-2">
                    <HowWellLabel value={howWell} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {never.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">Cited techniques never exercised ({never.length})</summary>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {never.map(({ technique }) => (
              <li key={technique.id}>
                <a href={technique.url} rel="noopener noreferrer">
                  <span className="font-mono">{technique.id}</span> {technique.name}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
