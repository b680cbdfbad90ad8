// The lifecycle × STRIDE matrix: which threats sit in each cell, and a heat level per cell
// relative to the busiest cell, so the page can shade it without knowing the data.
import { LIFECYCLE_STAGES, STRIDE_LETTERS, type LifecycleStage, type StrideLetter } from './vocabulary';

export interface MatrixThreat {
  id: string;
  code: string;
  title: string;
  url: string;
  lifecycle: readonly string[];
  stride: readonly string[];
}

export interface MatrixCell {
  stage: LifecycleStage;
  letter: StrideLetter;
  threats: MatrixThreat[];
  /** 0 for an empty cell, otherwise 1–4 by share of the busiest cell. */
  heat: 0 | 1 | 2 | 3 | 4;
}

export interface ThreatMatrix {
  rows: Array<{ stage: LifecycleStage; cells: MatrixCell[]; total: number }>;
  columnTotals: Record<StrideLetter, number>;
  max: number;
}

export function buildMatrix(threats: readonly MatrixThreat[]): ThreatMatrix {
  const cellThreats = (stage: LifecycleStage, letter: StrideLetter) =>
    threats.filter((t) => t.lifecycle.includes(stage) && t.stride.includes(letter));
  const raw = LIFECYCLE_STAGES.map((stage) => ({ stage, cells: STRIDE_LETTERS.map((letter) => ({ stage, letter, threats: cellThreats(stage, letter) })) }));
  const max = Math.max(0, ...raw.flatMap((row) => row.cells.map((cell) => cell.threats.length)));
  const heatOf = (count: number): MatrixCell['heat'] => (count === 0 ? 0 : (Math.max(1, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4));
  const rows = raw.map((row) => ({
    stage: row.stage,
    cells: row.cells.map((cell) => ({ ...cell, heat: heatOf(cell.threats.length) })),
    total: threats.filter((t) => t.lifecycle.includes(row.stage)).length,
  }));
  const columnTotals = Object.fromEntries(
    STRIDE_LETTERS.map((letter) => [letter, threats.filter((t) => t.stride.includes(letter)).length]),
  ) as Record<StrideLetter, number>;
  return { rows, columnTotals, max };
}
