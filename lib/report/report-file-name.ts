// File names for the downloads: exercise, scenario and date, ASCII only, so they survive every
// browser, mail client and file system (aar-q2-registry-drill-registry-poisoning-promotion-2026-05-04.docx).
import type { ReportModel } from './report-model-schema';

export const REPORT_FORMATS = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  'navigator.json': 'application/json',
  'schema.json': 'application/schema+json',
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

function slug(text: string, max: number): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, max).replace(/-+$/, '');
}

export function reportFileName(model: ReportModel, ext: ReportFormat): string {
  const exercise = slug(model.overview.exercise.title, 50) || 'exercise';
  const scenario = slug(model.overview.scenario.id, 50);
  const date = (model.overview.exercise.startedAt ?? model.generatedAt).slice(0, 10);
  return `aar-${exercise}-${scenario}-${date}.${ext}`;
}
