// The coverage map as a table: rows are lifecycle stages, columns STRIDE categories, and each cell
// lists the threats the team exercised there (linked to the library) with when and how well.
import Link from 'next/link';
import type { CoverageCell, TeamCoverage } from '@/lib/dashboard/build-team-coverage';
import { Day, HowWellLabel } from './how-well-label';

function Cell({ cell, stageName, letterName }: { cell: CoverageCell; stageName: string; letterName: string }) {
  if (cell.libraryThreats === 0) return <span className="text-fg-muted">No library threats</span>;
  return (
    <>
      {cell.exercised.length > 0 ? (
        <ul aria-label={`Exercised: ${stageName}, ${letterName}`} className="space-y-1.5">
          {cell.exercised.map((t) => (
            <li key={t.id}>
              <Link href={t.url} className="font-medium">
                {t.code}
                <span className="sr-only"> {t.title}</span>
              </Link>
              <span className="block text-xs">
                last <Day iso={t.lastExercised} />
                {t.runs.every((r) => r.mode === 'solo') ? ' (solo practice)' : ''}
              </span>
              <span className="block text-xs">
                <HowWellLabel value={t.howWell} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-fg-muted">
        {cell.exercised.length} of {cell.libraryThreats} exercised
      </p>
    </>
  );
}

export function CoverageMatrixTable({ coverage }: { coverage: TeamCoverage }) {
  return (
    <div className="relative mt-4 overflow-x-auto">
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <caption className="mb-1 text-left font-medium">Threats the team has exercised, per ML lifecycle stage and STRIDE category</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-border bg-bg-muted p-2 text-left">
              Lifecycle stage
            </th>
            {coverage.stride.map(({ letter, name }) => (
              <th key={letter} scope="col" className="border border-border bg-bg-muted p-2">
                <abbr title={name}>{letter}</abbr>
                <span className="block text-xs font-normal text-fg-muted">{name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={row.stage}>
              <th scope="row" className="border border-border p-2 text-left align-top font-medium">
                {row.name}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.letter} data-testid={`cell-${cell.stage}-${cell.letter}`} className="border border-border p-2 align-top">
                  <Cell cell={cell} stageName={row.name} letterName={coverage.stride.find((s) => s.letter === cell.letter)?.name ?? cell.letter} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
