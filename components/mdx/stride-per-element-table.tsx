import 'server-only';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';
import { stridePerElement } from '@/lib/library/stride-per-element';
import { DFD_ELEMENTS, DFD_ELEMENT_NAMES, STRIDE_LETTERS, STRIDE_NAMES } from '@/lib/library/vocabulary';

export function StridePerElementTable() {
  const pages = getLibrary().pagesOfFramework('stride');
  const table = stridePerElement(pages.filter((p) => p.kind === 'category'));
  const pageFor = (letter: string) => pages.find((p) => p.code === letter);
  return (
    <table>
      <caption className="mb-2 text-left text-sm text-fg-muted">STRIDE-per-element: the categories to check for each kind of DFD element</caption>
      <thead>
        <tr>
          <th scope="col">Element</th>
          {STRIDE_LETTERS.map((letter) => (
            <th key={letter} scope="col">
              <abbr title={STRIDE_NAMES[letter]}>{letter}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DFD_ELEMENTS.map((element) => (
          <tr key={element}>
            <th scope="row">{DFD_ELEMENT_NAMES[element]}</th>
            {STRIDE_LETTERS.map((letter) => {
              const applies = table[element].includes(letter);
              const page = pageFor(letter);
              return (
                <td key={letter} className="text-center">
                  {applies ? (
                    page ? (
                      <Link href={page.url} aria-label={`${STRIDE_NAMES[letter]} applies to ${DFD_ELEMENT_NAMES[element]}`}>
                        ✓
                      </Link>
                    ) : (
                      <span aria-label="applies">✓</span>
                    )
                  ) : (
                    <span className="sr-only">does not apply</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
