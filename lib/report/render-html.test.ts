import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html';
import { SECTION_TITLES } from './report-labels';
import { HOSTILE, hostileReport, LONG_NOTE, newExercise, playedExercise, reportOf } from './test-report';

// Every element the renderer writes; user text that became markup would add a name outside this list.
const RENDERER_TAGS = new Set(
  'html head meta title style body header nav ol li a main section h1 h2 h3 h4 p dl dt dd table thead tbody tr th td ul strong em span div article figure figcaption svg rect line path text desc code'.split(' '),
);

const tagNames = (html: string) => new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));

describe('renderHtml', () => {
  it('is a full document with every section of the HSEEP structure in order', async () => {
    const html = renderHtml(await reportOf(await playedExercise()));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const positions = Object.values(SECTION_TITLES).map((title) => html.indexOf(`<h2>${title}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of ['overview', 'summary', 'timeline', 'analysis', 'coverage', 'improvement-plan', 'appendices']) expect(html).toContain(`<section id="${id}">`);
  });

  it('carries the three charts as inline SVG, and print CSS with page breaks and a running header', async () => {
    const html = renderHtml(await reportOf(await playedExercise()));
    for (const id of ['decision-timeline', 'time-to-decision', 'coverage-heatmap']) expect(html).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
    expect(html).toMatch(/section\{break-before:page\}/);
    expect(html).toMatch(/@top-left\{content:"Q2 registry drill"/);
    expect(html).toMatch(/counter\(page\)/);
  });

  it('escapes every piece of hostile text: no element the renderer did not write', async () => {
    const html = renderHtml(await hostileReport());
    expect([...tagNames(html)].filter((name) => !RENDERER_TAGS.has(name))).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt;');
    expect(html).toContain('<title>After-action report: Drill &lt;/title&gt;&lt;script&gt;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<\/title>/g)?.length).toBe(html.match(/<title[ >]/g)?.length);
    expect(html).not.toContain('href="javascript:');
    // The running header's CSS string holds the hostile title as hex escapes only.
    expect(/@top-left\{content:("[^"]*")/.exec(html)?.[1]).toMatch(/^"Drill \\00003c\\00002ftitle\\00003e/);
  });

  it('keeps a 100 kB note whole, in a wrapping block, and forbids scripts by policy', async () => {
    const html = renderHtml(await hostileReport());
    expect(html).toContain(`<div class="user-text">${LONG_NOTE}</div>`);
    expect(html).toMatch(/\.user-text\{white-space:pre-wrap;overflow-wrap:anywhere/);
    expect(html).toMatch(/table\{[^}]*table-layout:fixed/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('renders an empty exercise', async () => {
    const html = renderHtml(await reportOf(newExercise()));
    expect(html).toContain('No inject was revealed.');
    expect(html).toContain('Intact: 0 events');
  });

  it('shows a broken chain as a warning', async () => {
    const ex = await playedExercise();
    const event = ex.events[5];
    if (!event) throw new Error('short log');
    ex.events[5] = { ...event, createdAt: '2026-05-04T08:00:00.000Z' };
    const html = renderHtml(await reportOf(ex));
    expect(html).toContain('<p class="warning">Broken at entry 6: event 6 was changed after it was written.</p>');
  });

  it('is the same string for the same model', async () => {
    const model = await reportOf(await playedExercise());
    expect(renderHtml(model)).toBe(renderHtml(structuredClone(model)));
    expect(HOSTILE.title).toContain('<');
  });
});
