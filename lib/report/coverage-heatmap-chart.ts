// Chart: the lifecycle × STRIDE matrix of the threats the exercise touched, shaded by how many sit
// in each cell, with a red border where a gap was recorded against one of them.
import type { ReportModel } from './report-model-schema';
import { escapeHtml } from './escape-text';
import { svgFrame, svgText } from './svg';

const LABEL = 130;
const CELL_W = 64;
const CELL_H = 26;
const TOP = 44;
export const HEAT_COLOURS = ['#f5f5f5', '#ffe0b2', '#ffb74d', '#fb8c00', '#e65100'] as const;

export function coverageHeatmapChart(model: Pick<ReportModel, 'coverage'>): string {
  const { matrix, stride } = model.coverage;
  const body: string[] = [];
  stride.forEach((column, index) => {
    const cx = LABEL + index * CELL_W + CELL_W / 2;
    body.push(svgText(cx, TOP - 22, column.letter, 'text-anchor="middle" font-weight="bold"'), svgText(cx, TOP - 8, column.name.split(' ')[0] ?? '', 'text-anchor="middle" fill="#555" font-size="9"'));
  });
  matrix.rows.forEach((row, rowIndex) => {
    const y = TOP + rowIndex * CELL_H;
    body.push(svgText(LABEL - 8, y + 17, row.name, 'text-anchor="end"'));
    row.cells.forEach((cell, colIndex) => {
      const x = LABEL + colIndex * CELL_W;
      const stroke = cell.gap ? 'stroke="#b71c1c" stroke-width="2.5"' : 'stroke="#ffffff" stroke-width="1"';
      body.push(`<rect x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${HEAT_COLOURS[cell.heat] ?? HEAT_COLOURS[0]}" ${stroke}><title>${escapeHtml(`${row.name} × ${cell.letter}: ${cell.count}`)}</title></rect>`);
      if (cell.count > 0) body.push(svgText(x + CELL_W / 2, y + 17, String(cell.count), `text-anchor="middle" fill="${cell.heat >= 3 ? '#ffffff' : '#222222'}"`));
    });
  });
  const legendY = TOP + matrix.rows.length * CELL_H + 18;
  body.push(
    svgText(LABEL, legendY, 'Shade: threats touched per cell.'),
    `<rect x="${LABEL + 200}" y="${legendY - 10}" width="16" height="12" fill="#ffffff" stroke="#b71c1c" stroke-width="2.5"/>`,
    svgText(LABEL + 222, legendY, 'a gap was recorded'),
  );
  const touched = matrix.rows.flatMap((row) => row.cells.filter((cell) => cell.count > 0).map((cell) => `${row.name} × ${cell.letter}: ${cell.count}${cell.gap ? ' (gap)' : ''}`));
  return svgFrame('coverage-heatmap', LABEL + stride.length * CELL_W + 20, legendY + 12, 'Threat coverage: lifecycle stage × STRIDE', touched.length ? touched.join('; ') : 'No threats were touched.', body);
}
