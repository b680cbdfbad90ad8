import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderCsv } from './render-csv';
import { HOSTILE, hostileReport, LONG_NOTE, playedExercise, reportOf } from './test-report';

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field || row.length) throw new Error('the last record has no CRLF');
  return rows;
}

describe('renderCsv', () => {
  it('has the columns a ticket tracker imports and one row per improvement item', async () => {
    const model = await reportOf(await playedExercise(), { items: { 'action-item-16': { capability: 'planning' } } });
    const [head, ...rows] = parseCsv(renderCsv(model));
    expect(head).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(model.improvementPlan.items.length);
    expect(rows[0]).toEqual([
      'Write the alias rollback runbook.',
      expect.stringContaining('Capability element: Planning'),
      'Alice',
      '2026-06-01',
      'after-action capability-planning objective-contain status-not-started',
    ]);
  });

  it('neutralises formula cells and keeps hostile and very long text intact inside its quotes', async () => {
    const rows = parseCsv(renderCsv(await hostileReport())).slice(1);
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain(`'${HOSTILE.owner}`);
    expect(cells).toContain(`'${HOSTILE.actionItem.replace('\n', ' ')}`);
    expect(rows.find((row) => row[1]?.includes(LONG_NOTE))?.[0]?.length).toBeLessThanOrEqual(120);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });
});
