// Chart: the library's lifecycle × STRIDE matrix with the team's coverage laid over it, in the
// style of the report's heat map: each cell coloured by how well its exercised threats went
// (green P … red U, blue exercised but not rated, white never exercised) and labelled exercised /
// library threats. The accessible table on the page carries the same data with the threat names.
import { escapeHtml } from '../report/escape-text';
import { RATING_LEVELS } from '../report/hseep';
import { svgFrame, svgText } from '../report/svg';
import type { TeamCoverage } from './build-team-coverage';
import { NEVER_FILL, RATING_COLOURS, UNRATED_FILL, howWellFill } from './chart-colours';
import { describeHowWell } from './how-well';

const LABEL = 130;
const CELL_W = 64;
const CELL_H = 26;
const TOP = 44;

export function coverageOverlayChart(coverage: Pick<TeamCoverage, 'rows' | 'stride'>): string {
  const { rows, stride } = coverage;
  const body: string[] = [];
  stride.forEach((column, index) => {
    const cx = LABEL + index * CELL_W + CELL_W / 2;
    body.push(svgText(cx, TOP - 22, column.letter, 'text-anchor="middle" font-weight="bold"'), svgText(cx, TOP - 8, column.name.split(' ')[0] ?? '', 'text-anchor="middle" fill="#555" font-size="9"'));
  });
  rows.forEach((row, rowIndex) => {
    const y = TOP + rowIndex * CELL_H;
    body.push(svgText(LABEL - 8, y + 17, row.name, 'text-anchor="end"'));
    row.cells.forEach((cell, colIndex) => {
      const x = LABEL + colIndex * CELL_W;
      const { fill, text } = howWellFill(cell.howWell, cell.libraryThreats);
      const title = `${row.name} × ${cell.letter}: ${cell.exercised.length} of ${cell.libraryThreats} threats exercised; ${describeHowWell(cell.howWell)}`;
      body.push(`<rect x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${fill}" stroke="#9e9e9e" stroke-width="0.5"><title>${escapeHtml(title)}</title></rect>`);
      if (cell.libraryThreats > 0) body.push(svgText(x + CELL_W / 2, y + 17, `${cell.exercised.length}/${cell.libraryThreats}`, `text-anchor="middle" fill="${text}"`));
    });
  });
  const legendY = TOP + rows.length * CELL_H + 18;
  const legend = [...RATING_LEVELS.map((level) => ({ fill: RATING_COLOURS[level], label: level })), { fill: UNRATED_FILL, label: 'not rated' }, { fill: NEVER_FILL, label: 'never' }];
  let x = LABEL;
  for (const item of legend) {
    body.push(`<rect x="${x}" y="${legendY - 10}" width="14" height="12" fill="${item.fill}" stroke="#9e9e9e" stroke-width="0.5"/>`, svgText(x + 18, legendY, item.label));
    // About 6 px a character at 11 px Helvetica, then a gap.
    x += 18 + item.label.length * 6 + 16;
  }
  body.push(svgText(LABEL, legendY + 18, 'Label: threats exercised / library threats in the cell.', 'fill="#555"'));
  const exercised = rows.flatMap((row) => row.cells.filter((cell) => cell.exercised.length > 0).map((cell) => `${row.name} × ${cell.letter}: ${cell.exercised.length} of ${cell.libraryThreats} exercised, ${describeHowWell(cell.howWell)}`));
  return svgFrame('team-coverage', LABEL + stride.length * CELL_W + 60, legendY + 28, 'Team coverage: lifecycle stage × STRIDE', exercised.length ? exercised.join('; ') : 'No threat has been exercised yet.', body);
}
