import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from './mdx-component-names';
import { mdxUnsafeNodes } from './mdx-unsafe-nodes';
import { remarkInertMdx } from './remark-inert-mdx';
import { THREAT_BODY } from './test-fixtures';

const parse = (body: string) => unified().use(remarkParse).use(remarkMdx).parse(body);
const inert = remarkInertMdx({ components: MDX_COMPONENT_NAMES });

describe('remarkInertMdx', () => {
  it('drops expressions, import/export, unknown elements and non-literal attributes before compiling', () => {
    const tree = parse(
      [
        'import fs from "node:fs"',
        'Home: {process.env.HOME}.',
        '{globalThis.leak}',
        '<Callout type="note" title={process.env.AUTH_SECRET} {...process.env}>Kept.</Callout>',
        '<Script>alert(1)</Script>',
      ].join('\n\n'),
    );
    expect(mdxUnsafeNodes(tree, MDX_COMPONENT_NAMES)).toHaveLength(6);
    inert(tree);
    expect(mdxUnsafeNodes(tree, MDX_COMPONENT_NAMES)).toEqual([]);
    expect(JSON.stringify(tree)).not.toMatch(/process\.env|globalThis|node:fs|alert/);
    expect(JSON.stringify(tree)).toContain('Kept.');
  });

  it('leaves content the check accepts exactly as it was', () => {
    const tree = parse(`${THREAT_BODY}\n\n<Callout type="tip" title="T">A \\{literal\\} brace.</Callout>`);
    const before = structuredClone(tree);
    inert(tree);
    expect(tree).toEqual(before);
  });
});
