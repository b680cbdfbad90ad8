import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';
import { SECTION_TITLES } from './report-labels';
import { HOSTILE, hostileReport, LONG_NOTE, playedExercise, reportOf } from './test-report';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

function parse(markdown: string): MdNode {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

describe('renderMarkdown', () => {
  it('has a heading for every section, with the report title on top', async () => {
    const tree = parse(renderMarkdown(await reportOf(await playedExercise())));
    const headings: string[] = [];
    walk(tree, (node) => node.type === 'heading' && node.depth === 2 && headings.push(textOf(node)));
    expect(headings).toEqual(Object.values(SECTION_TITLES));
    expect(textOf(tree.children?.[0] ?? { type: 'none' })).toBe('After-action report: Q2 registry drill');
  });

  it('puts the improvement plan in a table', async () => {
    const tree = parse(renderMarkdown(await reportOf(await playedExercise())));
    const tables: MdNode[] = [];
    walk(tree, (node) => node.type === 'table' && tables.push(node));
    const plan = tables.find((table) => textOf(table.children?.[0] ?? { type: 'none' }).includes('Corrective action'));
    expect(plan?.children?.slice(1).map((row) => textOf(row.children?.[2] ?? { type: 'none' }))).toEqual(['Write the alias rollback runbook.', expect.stringContaining('Plan and practise'), 'To be decided']);
  });

  // remark takes about half a second over the hostile report (600 kB: the long note appears six times).
  let hostile: MdNode = { type: 'root' };
  beforeAll(async () => {
    hostile = parse(renderMarkdown(await hostileReport()));
  }, 30_000);

  it('turns no hostile text into HTML, links, emphasis or headings', () => {
    const tree = hostile;
    const kinds = new Set<string>();
    const links: string[] = [];
    const strong: string[] = [];
    const headings: string[] = [];
    walk(tree, (node) => {
      kinds.add(node.type);
      if (node.type === 'link') links.push(node.url ?? '');
      if (node.type === 'strong') strong.push(textOf(node));
      if (node.type === 'heading') headings.push(textOf(node));
    });
    expect(kinds.has('html')).toBe(false);
    expect(strong).not.toContain('bold');
    expect(headings.filter((h) => h.includes('not a heading'))).toEqual([]);
    // The report's own links are site-relative; GFM links bare http(s) URLs in user text by itself.
    expect(links.filter((url) => !/^(\/threats\/|\/mitigations\/|https?:\/\/)/.test(url))).toEqual([]);
    // The text survives as text.
    const plain: string[] = [];
    walk(tree, (node) => node.type === 'text' && plain.push(node.value ?? ''));
    const all = plain.join('');
    expect(all).toContain(HOSTILE.comment);
    expect(all).toContain('</style><script>alert("r")</script> **bold** | pipe [x](javascript:alert(1))');
    expect(all).toContain('# not a heading');
  });

  it('keeps a 100 kB note in one paragraph', () => {
    const tree = hostile;
    const holding: string[] = [];
    walk(tree, (node) => node.type === 'paragraph' && textOf(node).includes(LONG_NOTE) && holding.push(node.type));
    expect(holding.length).toBeGreaterThan(0);
  });
});
