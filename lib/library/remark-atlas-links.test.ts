import { describe, expect, it } from 'vitest';
import { remarkAtlasLinks } from './remark-atlas-links';

const lookup = (id: string) =>
  id === 'AML.T0020' ? { name: 'Poison Training Data', url: 'https://atlas.mitre.org/techniques/AML.T0020' } : undefined;

interface Node {
  type: string;
  value?: string;
  url?: string;
  title?: string;
  children?: Node[];
}

const paragraph = (...children: Node[]): Node & { children: Node[] } => ({ type: 'root', children: [{ type: 'paragraph', children }] });

describe('remarkAtlasLinks', () => {
  it('turns a known ATLAS ID in prose into a link titled with its official name', () => {
    const tree = paragraph({ type: 'text', value: 'See AML.T0020 for details.' });
    remarkAtlasLinks({ lookup })(tree);
    expect(tree.children[0]?.children).toEqual([
      { type: 'text', value: 'See ' },
      { type: 'link', url: 'https://atlas.mitre.org/techniques/AML.T0020', title: 'MITRE ATLAS: Poison Training Data', children: [{ type: 'text', value: 'AML.T0020' }] },
      { type: 'text', value: ' for details.' },
    ]);
  });

  it('leaves code, existing links and unknown IDs alone', () => {
    const tree = paragraph(
      { type: 'inlineCode', value: 'AML.T0020' },
      { type: 'link', url: 'https://x.org', children: [{ type: 'text', value: 'AML.T0020' }] },
      { type: 'text', value: 'AML.T9999' },
    );
    const before = structuredClone(tree);
    remarkAtlasLinks({ lookup })(tree);
    expect(tree).toEqual(before);
  });

  it('reaches text inside MDX components', () => {
    const tree: Node = { type: 'root', children: [{ type: 'mdxJsxFlowElement', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'AML.T0020' }] }] }] };
    remarkAtlasLinks({ lookup })(tree);
    expect(JSON.stringify(tree)).toContain('"type":"link"');
  });
});
