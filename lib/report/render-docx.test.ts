import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx';
import { IMPROVEMENT_COLUMNS, SECTION_TITLES } from './report-labels';
import { HOSTILE, hostileReport, LONG_NOTE, playedExercise, reportOf } from './test-report';
import { assertBalancedXml, readZip } from './test-zip';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const unxml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Paragraph texts with their style, from word/document.xml. */
function paragraphs(xml: string): Array<{ style: string | null; text: string }> {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null, text: unxml([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')) };
  });
}

/** Each table as rows of cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? row[2] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => unxml([...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))),
    ),
  );
}

describe('renderDocx', () => {
  it('is a Word package with the document, styles, header, footer and the charts as SVG', async () => {
    const files = await readZip(await renderDocx(await reportOf(await playedExercise())));
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml']) expect(files.has(part)).toBe(true);
    expect([...files.keys()].filter((path) => path.endsWith('.svg'))).toHaveLength(3);
    expect(decode(files.get('word/header1.xml'))).toContain('Q2 registry drill');
    expect(decode(files.get('word/styles.xml'))).toContain('w:styleId="Heading1"');
    expect(decode(files.get('docProps/core.xml'))).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-05T12:00:00.000Z</dcterms:created>');
  });

  it('uses Word heading styles for the seven sections', async () => {
    const xml = decode((await readZip(await renderDocx(await reportOf(await playedExercise())))).get('word/document.xml'));
    expect(paragraphs(xml).filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(Object.values(SECTION_TITLES));
    expect(paragraphs(xml).filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['After-action report: Q2 registry drill']);
  });

  it('holds the improvement plan as a table with the HSEEP columns', async () => {
    const model = await reportOf(await playedExercise(), { items: { 'action-item-16': { capability: 'training', startDate: '2026-05-10', status: 'in-progress' } } });
    const xml = decode((await readZip(await renderDocx(model))).get('word/document.xml'));
    const plan = tables(xml).find((table) => table[0]?.join('|') === IMPROVEMENT_COLUMNS.join('|'));
    expect(plan?.slice(1)).toHaveLength(model.improvementPlan.items.length);
    expect(plan?.[1]).toEqual([expect.stringContaining('roll back the production alias'), 'Action item raised at “The service account logs in again”', 'Write the alias rollback runbook.', 'Training', 'Alice', '2026-05-10', '2026-06-01', 'In progress']);
  });

  it('escapes hostile text and survives a 100 kB note as well-formed XML', async () => {
    const files = await readZip(await renderDocx(await hostileReport()));
    const xml = decode(files.get('word/document.xml'));
    assertBalancedXml(xml);
    assertBalancedXml(decode(files.get('word/header1.xml')));
    assertBalancedXml(decode(files.get('docProps/core.xml')));
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts.some((t) => t.includes(HOSTILE.rationale))).toBe(true);
    expect(texts.some((t) => t.includes(LONG_NOTE))).toBe(true);
    expect(decode(files.get('word/header1.xml'))).toContain('Drill &lt;/title&gt;&lt;script&gt;');
  });

  it('gives the same bytes for the same model, whenever it runs', async () => {
    const model = await reportOf(await playedExercise());
    const first = await renderDocx(model);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have a 2 s resolution
    expect(Buffer.from(await renderDocx(model)).equals(Buffer.from(first))).toBe(true);
  });
});
