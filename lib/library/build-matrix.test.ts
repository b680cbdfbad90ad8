import { describe, expect, it } from 'vitest';
import { buildMatrix, type MatrixThreat } from './build-matrix';

const t = (id: string, lifecycle: string[], stride: string[]): MatrixThreat => ({ id, code: id, title: id, url: `/threats/${id}`, lifecycle, stride });

describe('buildMatrix', () => {
  const matrix = buildMatrix([
    t('a', ['training'], ['T']),
    t('b', ['training', 'serving'], ['T', 'I']),
    t('c', ['training'], ['T']),
    t('d', ['serving'], ['D']),
  ]);
  const cell = (stage: string, letter: string) => matrix.rows.find((r) => r.stage === stage)?.cells.find((c) => c.letter === letter);

  it('has a row per lifecycle stage in pipeline order and a column per STRIDE letter', () => {
    expect(matrix.rows.map((r) => r.stage)).toEqual([
      'data-collection',
      'data-preparation',
      'feature-store',
      'training',
      'evaluation',
      'registry',
      'deployment',
      'serving',
      'monitoring',
    ]);
    expect(matrix.rows.every((r) => r.cells.map((c) => c.letter).join('') === 'STRIDE')).toBe(true);
  });

  it('puts a threat in every cell of its stages × letters', () => {
    expect(cell('training', 'T')?.threats.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(cell('serving', 'I')?.threats.map((x) => x.id)).toEqual(['b']);
    expect(cell('serving', 'T')?.threats.map((x) => x.id)).toEqual(['b']);
    expect(cell('training', 'I')?.threats.map((x) => x.id)).toEqual(['b']);
    expect(cell('registry', 'T')?.threats).toEqual([]);
  });

  it('scales heat to the busiest cell', () => {
    expect(matrix.max).toBe(3);
    expect(cell('training', 'T')?.heat).toBe(4);
    expect(cell('serving', 'D')?.heat).toBe(2);
    expect(cell('registry', 'S')?.heat).toBe(0);
  });

  it('counts row and column totals without double-counting a threat', () => {
    expect(matrix.rows.find((r) => r.stage === 'training')?.total).toBe(3);
    expect(matrix.columnTotals.T).toBe(3);
    expect(matrix.columnTotals.D).toBe(1);
  });

  it('handles an empty library', () => {
    const empty = buildMatrix([]);
    expect(empty.max).toBe(0);
    expect(empty.rows.flatMap((r) => r.cells).every((c) => c.heat === 0)).toBe(true);
  });
});
