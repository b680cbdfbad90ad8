import { describe, expect, it } from 'vitest';
import { mdxBodyProblems } from './mdx-body-problems';
import { MDX_COMPONENT_NAMES } from './mdx-component-names';

const problems = (body: string) => mdxBodyProblems(body, MDX_COMPONENT_NAMES);

describe('mdxBodyProblems', () => {
  it('rejects an expression in prose, the exploit that printed the server home directory', () => {
    expect(problems('The home directory is {process.env.HOME}.')).toEqual([
      { line: 1, message: 'MDX expression {process.env.HOME} is not allowed in content (write a literal brace as \\{, or put code in backticks)' },
    ]);
  });

  it.each([
    ['an expression on its own line', 'Text.\n\n{globalThis.fetch("https://x.example")}', 3],
    ['an expression inside a component', '<Callout type="note">\n  Key: {process.env.AUTH_SECRET}\n</Callout>', 2],
    ['an expression in a table cell', '| a | b |\n| - | - |\n| 1 | {process.env.DATABASE_URL} |', 3],
    ['an import', 'import fs from "node:fs"\n\nText.', 1],
    ['an export', 'Text.\n\nexport const leak = process.env.HOME', 3],
    ['an expression attribute value', '<Callout type="note" title={process.env.HOME}>x</Callout>', 1],
    ['a spread attribute', '<Callout {...process.env}>x</Callout>', 1],
    ['a call inside an array attribute', '<RelatedThreats ids={["a", String(process.env.HOME)]} />', 1],
    ['a shorthand property that reads a variable', '<RelatedThreats ids={[{ process }]} />', 1],
    ['a computed key', '<RelatedThreats ids={[{ [process]: 1 }]} />', 1],
    ['a getter', '<RelatedThreats ids={[{ get a() { return process.env.HOME } }]} />', 1],
    ['a template literal', '<Callout title={`${process.env.HOME}`}>x</Callout>', 1],
    ['an unknown component', 'Text.\n\n<Script>alert(1)</Script>', 3],
    ['raw HTML', '<iframe src="https://x.example"></iframe>', 1],
  ])('rejects %s at its line', (_label, body, line) => {
    const found = problems(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(line);
  });

  it('allows literal attributes: strings, numbers, and arrays or objects of them', () => {
    expect(problems('<RelatedThreats ids={["ml02-data-poisoning", "ml10-model-poisoning"]} />')).toEqual([]);
    expect(problems('<Callout type="warning" title="Plain">Text.</Callout>')).toEqual([]);
    expect(problems('<AttackFlow steps={3} offset={-1} meta={{ "a": "x", b: [1, 2] }}>\n<Step title="One">x</Step>\n</AttackFlow>')).toEqual([]);
  });

  it('leaves braces that are not expressions alone: escaped, in code, in code blocks', () => {
    expect(problems('A literal \\{brace\\} and `{process.env.HOME}`.\n\n```js\nconst x = { a: process.env.HOME };\n```')).toEqual([]);
  });

  it('reports MDX that does not parse, with its line', () => {
    expect(problems('Fine.\n\n<Callout type="note">\nunclosed')).toEqual([{ line: 3, message: expect.stringMatching(/^MDX does not parse: Expected a closing tag for `<Callout>`/) }]);
  });
});
