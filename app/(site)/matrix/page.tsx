import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';
import { buildMatrix } from '@/lib/library/build-matrix';
import { LIFECYCLE_NAMES, STRIDE_LETTERS, STRIDE_NAMES } from '@/lib/library/vocabulary';

export const metadata: Metadata = {
  title: 'Threat matrix',
  description: 'ML lifecycle stage × STRIDE: where the threats in the library concentrate, as a heat map.',
  openGraph: { title: 'Threat matrix', description: 'ML lifecycle stage × STRIDE heat map of the threat library.' },
};

const HEAT = ['', 'bg-heat-1 text-heat-fg', 'bg-heat-2 text-heat-fg', 'bg-heat-3 text-heat-fg', 'bg-heat-4 text-heat-4-fg'] as const;

export default function MatrixPage() {
  const matrix = buildMatrix(getLibrary().threats);
  return (
    <>
      <h1 className="text-3xl font-bold">Threat matrix</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        Each cell counts the library threats that apply at a lifecycle stage and fall in a STRIDE category; darker cells hold
        more. Open a cell to see its threats in the library.
      </p>
      <div className="mt-6 relative overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Number of threats per ML lifecycle stage and STRIDE category</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-border bg-bg-muted p-2 text-left">
                Lifecycle stage
              </th>
              {STRIDE_LETTERS.map((letter) => (
                <th key={letter} scope="col" className="border border-border bg-bg-muted p-2">
                  <abbr title={STRIDE_NAMES[letter]}>{letter}</abbr>
                  <span className="block text-xs font-normal text-fg-muted">{STRIDE_NAMES[letter]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row" className="border border-border p-2 text-left font-medium">
                  {LIFECYCLE_NAMES[row.stage]}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.letter} className={`border border-border p-0 text-center ${HEAT[cell.heat]}`}>
                    {cell.threats.length > 0 ? (
                      <Link
                        href={`/library?lifecycle=${cell.stage}&stride=${cell.letter}`}
                        className="block p-3 font-semibold text-inherit"
                        aria-label={`${cell.threats.length} threats: ${LIFECYCLE_NAMES[cell.stage]}, ${STRIDE_NAMES[cell.letter]}`}
                        title={cell.threats.map((t) => `${t.code} ${t.title}`).join('\n')}
                      >
                        {cell.threats.length}
                      </Link>
                    ) : (
                      <span className="block p-3 text-fg-muted" aria-label="no threats">
                        ·
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
