// The report as one print-ready HTML document: the report page shows it and the PDF is printed from
// it, so there is one renderer. Print CSS gives page breaks between sections, a running header with
// the exercise name and page numbers; a Content-Security-Policy allows no script at all, as a second
// line behind the escaping.
import { escapeHtml as t } from './escape-text';
import { analysisSection, appendixSection, coverageSection, improvementSection, overviewSection, summarySection, timelineSection } from './html-sections';
import { reportTitle, statusLine } from './report-labels';
import type { ReportModel } from './report-model-schema';

/** A CSS string literal that no text can break out of: everything but letters, digits and spaces as a hex escape. */
export function cssString(text: string): string {
  return `"${[...text].map((char) => (/[A-Za-z0-9 ]/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0x3f).toString(16).padStart(6, '0')}`)).join('')}"`;
}

const STYLES = `
:root{color:#1a1a1a;font:10.5pt/1.45 Georgia,'Times New Roman',serif}
body{margin:0 auto;max-width:60rem;padding:1.5rem}
h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.2;break-after:avoid}
h1{font-size:22pt;margin:0 0 .3rem}h2{font-size:16pt;border-bottom:2px solid #0d47a1;padding-bottom:.2rem;margin-top:2rem}h3{font-size:12.5pt;margin-top:1.4rem}h4{font-size:11pt;margin:1rem 0 .3rem}
.user-text{white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word}
p,li,dd,td{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5rem 0 1rem;font-size:9.5pt}
th,td{border:1px solid #b0bec5;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#eceff1;font-family:Helvetica,Arial,sans-serif}
thead{display:table-header-group}tr{break-inside:avoid}
dl.facts{display:grid;grid-template-columns:12rem 1fr;gap:.2rem 1rem;margin:.5rem 0}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
.meta,.note,.empty{color:#555;font-size:9pt}.tag{font-family:Helvetica,Arial,sans-serif;font-size:8pt;text-transform:uppercase;letter-spacing:.03em;background:#eceff1;padding:0 .3rem}
.note-strength .tag{background:#c8e6c9}.note-gap .tag{background:#ffcdd2}
.warning{color:#b71c1c;font-weight:bold}.ok{color:#1b5e20}.warnings{border:2px solid #b71c1c;padding:.5rem 1rem}
.method{background:#f5f7fa;border-left:4px solid #90a4ae;padding:.4rem .8rem;font-size:9.5pt}
.rating{border-left:4px solid #0d47a1;padding:.3rem .6rem;background:#f5f7fa}
article.inject,article.objective{border-top:1px solid #cfd8dc;break-inside:auto}
figure.chart{margin:1rem 0}figure.chart svg{max-width:100%;height:auto}figcaption{font-size:9pt;color:#555}
code.hash{font-size:7.5pt;word-break:break-all}
table.event-log td:nth-child(1){width:3rem}table.event-log th:nth-child(1){width:3rem}table.event-log th:nth-child(5){width:11rem}
table.improvement-plan{font-size:8.5pt}
nav ol{columns:2}
@media print{
  :root{font-size:10pt}body{max-width:none;padding:0}
  section{break-before:page}section#overview{break-before:auto}
  a{color:inherit;text-decoration:none}nav{display:none}
}`;

export function renderHtml(model: ReportModel): string {
  const title = reportTitle(model);
  const sections: Array<[string, string, string]> = [
    ['overview', 'Exercise overview', overviewSection(model)],
    ['summary', 'Executive summary', summarySection(model)],
    ['timeline', 'Timeline', timelineSection(model)],
    ['analysis', 'Analysis of objectives', analysisSection(model)],
    ['coverage', 'Threat coverage', coverageSection(model)],
    ['improvement-plan', 'Improvement plan', improvementSection(model)],
    ['appendices', 'Appendices', appendixSection(model)],
  ];
  const page = `@page{size:A4;margin:20mm 16mm 18mm;@top-left{content:${cssString(model.overview.exercise.title)};font:8pt Helvetica,Arial,sans-serif;color:#555}@top-right{content:${cssString(model.status === 'published' ? 'After-action report' : 'After-action report (draft)')};font:8pt Helvetica,Arial,sans-serif;color:#555}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt Helvetica,Arial,sans-serif;color:#555}}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="generator" content="Sandtable report ${model.schemaVersion}">`,
    `<title>${t(title)}</title>`,
    `<style>${page}${STYLES}</style>`,
    '</head><body>',
    `<header class="cover"><p class="meta">After-Action Report / Improvement Plan</p><h1>${t(model.overview.exercise.title)}</h1><p>${t(model.overview.scenario.title)}</p><p class="meta">${t(statusLine(model))}</p>`,
    model.warnings.length ? `<div class="warnings" role="note"><p class="warning">Read with care</p><ul>${model.warnings.map((w) => `<li>${t(w)}</li>`).join('')}</ul></div>` : '',
    `</header>`,
    `<nav aria-label="Contents"><ol>${sections.map(([id, label]) => `<li><a href="#${id}">${t(label)}</a></li>`).join('')}</ol></nav>`,
    '<main>',
    ...sections.map(([id, , html]) => `<section id="${id}">${html}</section>`),
    '</main></body></html>',
  ].join('\n');
}
