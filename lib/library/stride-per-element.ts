// STRIDE-per-element: which STRIDE categories apply to which DFD element kinds, read from the
// `appliesTo` field of the STRIDE category pages so the table is content, not code.
import { DFD_ELEMENTS, STRIDE_LETTERS, type DfdElement, type StrideLetter } from './vocabulary';

export interface StrideCategoryPage {
  code: string;
  appliesTo?: readonly string[];
}

export type StridePerElement = Record<DfdElement, StrideLetter[]>;

export function stridePerElement(pages: readonly StrideCategoryPage[]): StridePerElement {
  const table = Object.fromEntries(DFD_ELEMENTS.map((element) => [element, [] as StrideLetter[]])) as StridePerElement;
  for (const letter of STRIDE_LETTERS) {
    const page = pages.find((p) => p.code === letter);
    for (const element of DFD_ELEMENTS) if (page?.appliesTo?.includes(element)) table[element].push(letter);
  }
  return table;
}
