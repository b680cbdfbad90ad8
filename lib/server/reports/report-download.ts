// One report in one download format: the bytes, the MIME type and the file name.
import 'server-only';
import { z } from 'zod';
import { renderCsv } from '../../report/render-csv';
import { renderDocx } from '../../report/render-docx';
import { renderHtml } from '../../report/render-html';
import { renderMarkdown } from '../../report/render-markdown';
import { renderNavigatorLayer } from '../../report/render-navigator-layer';
import { renderJson } from '../../report/report-json-schema';
import { REPORT_FORMATS, reportFileName, type ReportFormat } from '../../report/report-file-name';
import type { ReportModel } from '../../report/report-model-schema';
import { HttpError } from '../http';
import { renderPdf } from './render-pdf';

export const DOWNLOAD_FORMATS = ['html', 'pdf', 'md', 'docx', 'csv', 'json', 'navigator'] as const;
export const downloadFormatSchema = z.enum(DOWNLOAD_FORMATS);
export type DownloadFormat = z.output<typeof downloadFormatSchema>;

export const DOWNLOAD_LABELS: Record<DownloadFormat, string> = {
  html: 'HTML (print-ready)',
  pdf: 'PDF',
  md: 'Markdown',
  docx: 'Word (DOCX)',
  csv: 'Improvement plan (CSV for ticket trackers)',
  json: 'JSON (machine-readable)',
  navigator: 'MITRE ATLAS Navigator layer',
};

const EXTENSION: Record<DownloadFormat, ReportFormat> = { html: 'html', pdf: 'pdf', md: 'md', docx: 'docx', csv: 'csv', json: 'json', navigator: 'navigator.json' };

async function body(model: ReportModel, format: DownloadFormat): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderHtml(model);
    case 'md':
      return renderMarkdown(model);
    case 'docx':
      return renderDocx(model);
    case 'csv':
      return renderCsv(model);
    case 'json':
      return renderJson(model);
    case 'navigator':
      return JSON.stringify(renderNavigatorLayer(model), null, 2);
    case 'pdf': {
      const pdf = await renderPdf(renderHtml(model));
      if (!pdf) throw new HttpError(501, 'PDF export needs Chromium on the server, which is not installed. Open the report page and use your browser’s Print → Save as PDF instead.');
      return pdf;
    }
  }
}

export async function reportDownload(model: ReportModel, format: DownloadFormat): Promise<Response> {
  const ext = EXTENSION[format];
  const content = await body(model, format);
  return new Response(typeof content === 'string' ? content : new Blob([new Uint8Array(content)]), {
    headers: {
      'content-type': REPORT_FORMATS[ext],
      'content-disposition': `attachment; filename="${reportFileName(model, ext)}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
