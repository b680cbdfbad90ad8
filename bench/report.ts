// npm run bench:report — after-action report budgets, measured on a generated 500-event exercise of
// a real scenario with the real library: the model build, then each format's render.
// Budgets (median of warm runs): model + HTML ≤ 300 ms, model + DOCX ≤ 1 s, model + HTML + PDF ≤ 3 s.
// Exits 1 over budget. The PDF is the app's own path (lib/server/reports/render-pdf.ts): the HTML
// printed by headless Chromium, launched for the first PDF and kept for the next ones as the server
// keeps it (the first run, launch included, is printed too); without Chromium it is reported as not
// measured, as the app then answers 501 and points at the browser's print.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { readGeneratedScenarios } from '../lib/content/scenario-documents';
import { findInject } from '../lib/exercise/scenario-graph';
import { scenarioSchema, type Scenario } from '../lib/exercise/scenario-schema';
import type { Actor } from '../lib/exercise/stored-event';
import { FACILITATOR, TestExercise } from '../lib/exercise/test-exercise';
import { buildReport } from '../lib/report/build-report';
import { RATING_LEVELS } from '../lib/report/hseep';
import { renderCsv } from '../lib/report/render-csv';
import { renderDocx } from '../lib/report/render-docx';
import { renderHtml } from '../lib/report/render-html';
import { renderMarkdown } from '../lib/report/render-markdown';
import { renderNavigatorLayer } from '../lib/report/render-navigator-layer';
import { renderJson } from '../lib/report/report-json-schema';
import type { ReportInput } from '../lib/report/report-input';
import { chromiumPath, closePdfBrowser, renderPdf } from '../lib/server/reports/render-pdf';

const EVENTS = 500;
const RUNS = 7;
// Each PDF launches Chromium, as the route does: fewer runs keep the bench short.
const PDF_RUNS = 4;
const BUDGET = { htmlMs: 300, docxMs: 1000, pdfMs: 3000 };
const SCENARIO = 'registry-poisoning-promotion';

const SENTENCES = [
  'The MLOps lead asked for the registry audit log before touching the alias, and got it within ten minutes.',
  'Nobody could say who approved the last promotion; the approval lives in a chat thread, not in the registry.',
  'Model risk wanted the validation report for the current champion and it took the team a while to find it.',
  'Counsel raised the notification clock early, which set the pace for the rest of the discussion.',
  'The team debated whether rolling back destroys evidence; they agreed to snapshot the serving pods first.',
  'Comms drafted a holding line for the contact centre while the investigation was still open.',
];

function pathOf(scenario: Scenario): string[] {
  const path = [scenario.start];
  for (let inject = findInject(scenario, scenario.start); inject; ) {
    const next = inject.decision ? inject.decision.options[0]?.next : inject.next;
    if (!next) break;
    path.push(next);
    inject = findInject(scenario, next);
  }
  return path;
}

async function generatedExercise(scenario: Scenario): Promise<TestExercise> {
  const ex = new TestExercise(scenario, 'bench-exercise');
  const people: Actor[] = Array.from({ length: 10 }, (_, i) => ({ kind: i % 3 === 0 ? 'guest' : 'user', id: `person-${i + 1}`, name: `Participant ${i + 1}`, role: 'participant' }));
  for (const [i, person] of people.entries()) await ex.must(person, { type: 'participant.join', scenarioRole: scenario.roles[i % scenario.roles.length]?.id });
  await ex.must(FACILITATOR, { type: 'exercise.start' });
  const path = pathOf(scenario);
  const perInject = Math.floor((EVENTS - 12) / path.length);
  let note = 0;
  const addNote = async (injectId: string) => {
    note += 1;
    const objective = scenario.objectives[note % scenario.objectives.length]?.id;
    const text = `${SENTENCES[note % SENTENCES.length]} (${note})`;
    if (note % 9 === 0) await ex.must(FACILITATOR, { type: 'action_item.add', text: `Follow up: ${text}`, owner: `Participant ${(note % 10) + 1}`, dueDate: '2026-07-01', objectiveId: objective });
    else await ex.must(note % 2 ? FACILITATOR : (people[note % 10] ?? FACILITATOR), { type: 'note.add', text, tag: (['observation', 'strength', 'gap'] as const)[note % 3], objectiveId: objective, injectId });
  };
  for (const [index, injectId] of path.entries()) {
    if (index > 0) await ex.wait(8).must(FACILITATOR, { type: 'inject.reveal', injectId });
    const decision = findInject(scenario, injectId)?.decision;
    if (decision) {
      await ex.must(FACILITATOR, { type: 'vote.open', injectId });
      for (const [i, person] of people.entries()) await ex.must(person, { type: 'vote.cast', injectId, optionId: decision.options[i % decision.options.length]?.id, comment: i % 2 ? `I would go this way because ${SENTENCES[i % SENTENCES.length]?.toLowerCase()}` : '' });
      await ex.must(FACILITATOR, { type: 'vote.close', injectId });
      await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId });
    }
    while (ex.events.length < 11 + perInject * (index + 1) - (decision ? 1 : 0) && ex.events.length < EVENTS - 1) await addNote(injectId);
    if (decision) await ex.wait(3).must(FACILITATOR, { type: 'decision.record', injectId, optionId: decision.options[0]?.id, rationale: 'The room weighed evidence against customer harm and chose the first option.' });
  }
  while (ex.events.length < EVENTS - 1) await addNote(path.at(-1) ?? scenario.start);
  await ex.must(FACILITATOR, { type: 'exercise.end' });
  return ex;
}

async function time<T>(run: () => T | Promise<T>, runs = RUNS): Promise<{ first: number; median: number; result: T }> {
  const samples: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = await run();
    samples.push(performance.now() - start);
  }
  const first = samples[0] ?? 0;
  const warm = samples.slice(1).sort((a, b) => a - b);
  if (result === undefined) throw new Error('no run');
  return { first, median: warm[Math.floor(warm.length / 2)] ?? first, result };
}

async function main() {
  const { library, atlas } = loadLibraryFromDisk();
  const doc = readGeneratedScenarios().find((s) => s.fields.id === SCENARIO);
  if (!doc) throw new Error(`scenario ${SCENARIO} not generated: run npm run content`);
  const scenario = scenarioSchema.parse(doc.fields);
  const ex = await generatedExercise(scenario);
  const input: ReportInput = {
    scenario,
    events: ex.events,
    library,
    atlas,
    exercise: { id: ex.exerciseId, title: 'Bench: quarterly registry drill' },
    edits: { ratings: Object.fromEntries(scenario.objectives.map((o, i) => [o.id, RATING_LEVELS[i % RATING_LEVELS.length] ?? 'P'])) },
    generatedAt: '2026-06-01T12:00:00.000Z',
  };
  const build = await time(() => buildReport(input));
  const model = build.result;
  const bytes = (value: string | Uint8Array) => (typeof value === 'string' ? new TextEncoder().encode(value).length : value.length);
  const formats = {
    html: await time(() => renderHtml(model)),
    markdown: await time(() => renderMarkdown(model)),
    docx: await time(() => renderDocx(model)),
    csv: await time(() => renderCsv(model)),
    json: await time(() => renderJson(model)),
    navigator: await time(() => JSON.stringify(renderNavigatorLayer(model))),
  };
  const html = formats.html.result;
  const pdf = chromiumPath()
    ? await time(async () => {
        const bytes = await renderPdf(html);
        if (!bytes) throw new Error('Chromium disappeared during the bench');
        return bytes;
      }, PDF_RUNS)
    : null;
  await closePdfBrowser();
  const version = JSON.parse(readFileSync('node_modules/docx/package.json', 'utf8')).version;
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (the figures stretch with it)`);
  console.log(`after-action report, ${ex.events.length} events (${model.timeline.length} injects, ${model.appendix.participants.length} participants, ${model.improvementPlan.items.length} improvement items), ${RUNS} runs, median of the warm ones`);
  console.log(`  model build        ${build.median.toFixed(1).padStart(7)} ms (first ${build.first.toFixed(1)} ms), ${(bytes(renderJson(model)) / 1024).toFixed(0)} KiB as JSON`);
  for (const [name, m] of Object.entries(formats)) {
    console.log(`  render ${name.padEnd(11)} ${m.median.toFixed(1).padStart(7)} ms (first ${m.first.toFixed(1)} ms), ${(bytes(m.result) / 1024).toFixed(0)} KiB${name === 'docx' ? ` (docx ${version})` : ''}`);
  }
  if (pdf) {
    console.log(`  render ${'pdf'.padEnd(11)} ${pdf.median.toFixed(1).padStart(7)} ms (first ${pdf.first.toFixed(1)} ms), ${(bytes(pdf.result) / 1024).toFixed(0)} KiB (Chromium at ${chromiumPath()}, launched for the first and kept, as the server does, ${PDF_RUNS} runs)`);
  } else {
    console.log('  render pdf         not measured: no Chromium (set CHROMIUM_PATH or install chromium); the app answers 501 and points at the browser’s print');
  }
  const toHtml = build.median + formats.html.median;
  const toDocx = build.median + formats.docx.median;
  const toPdf = pdf ? toHtml + pdf.median : null;
  const over = [
    toHtml > BUDGET.htmlMs ? `model + HTML ${toHtml.toFixed(0)} ms > ${BUDGET.htmlMs} ms` : null,
    toDocx > BUDGET.docxMs ? `model + DOCX ${toDocx.toFixed(0)} ms > ${BUDGET.docxMs} ms` : null,
    toPdf !== null && toPdf > BUDGET.pdfMs ? `model + HTML + PDF ${toPdf.toFixed(0)} ms > ${BUDGET.pdfMs} ms` : null,
  ].filter(Boolean);
  const pdfFigure = toPdf === null ? 'model + HTML + PDF not measured' : `model + HTML + PDF ${toPdf.toFixed(0)} ms (≤ ${BUDGET.pdfMs})`;
  console.log(`  budgets: model + HTML ${toHtml.toFixed(0)} ms (≤ ${BUDGET.htmlMs}), model + DOCX ${toDocx.toFixed(0)} ms (≤ ${BUDGET.docxMs}), ${pdfFigure}: ${over.length ? `OVER: ${over.join('; ')}` : 'within budget'}`);
  if (over.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
