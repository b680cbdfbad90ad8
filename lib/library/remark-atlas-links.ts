// A remark plugin for library MDX: every MITRE ATLAS ID written in prose (AML.T0020) becomes a
// link to MITRE's page whose title is the official name from the ATLAS table. IDs inside code and
// inside existing links are left alone; an unknown ID stays text (the content check rejects it).
import { ATLAS_ID_PATTERN } from './atlas';

export interface AtlasEntry {
  name: string;
  url: string;
}

interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  children?: MdastNode[];
}

const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function splitText(value: string, lookup: (id: string) => AtlasEntry | undefined): MdastNode[] {
  const nodes: MdastNode[] = [];
  let last = 0;
  for (const match of value.matchAll(ATLAS_ID_PATTERN)) {
    const entry = lookup(match[0]);
    const start = match.index ?? 0;
    if (!entry) continue;
    if (start > last) nodes.push({ type: 'text', value: value.slice(last, start) });
    nodes.push({ type: 'link', url: entry.url, title: `MITRE ATLAS: ${entry.name}`, children: [{ type: 'text', value: match[0] }] });
    last = start + match[0].length;
  }
  if (nodes.length === 0) return [{ type: 'text', value }];
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

function walk(node: MdastNode, lookup: (id: string) => AtlasEntry | undefined): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value) return splitText(child.value, lookup);
    if (!SKIP.has(child.type)) walk(child, lookup);
    return [child];
  });
}

export function remarkAtlasLinks(options: { lookup: (id: string) => AtlasEntry | undefined }) {
  return (tree: MdastNode) => walk(tree, options.lookup);
}
