// Content and compiled MDX must never reach a browser bundle (the compiled MDX is evaluated with
// `new Function`, and the modules beside it read the server's files and environment). The
// `server-only` import makes the build fail if a client component pulls one of them in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file));

const importsServerOnly = (file: string) => /^import 'server-only';$/m.test(readFileSync(file, 'utf8'));

describe('server-only modules', () => {
  it('includes every module in lib/content', () => {
    const files = sourceFiles('lib/content');
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => !importsServerOnly(file))).toEqual([]);
  });

  it('includes every module that imports the generated content or evaluates compiled MDX', () => {
    const readers = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => /from 'contentlayer\/generated'|new Function\(/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual(expect.arrayContaining([join('components/mdx/mdx-content.tsx'), join('lib/content/library-source.ts')]));
    expect(readers.filter((file) => !importsServerOnly(file))).toEqual([]);
  });

  it('includes the MDX components that read the library', () => {
    for (const file of ['components/mdx/related-threats.tsx', 'components/mdx/stride-per-element-table.tsx']) expect(importsServerOnly(file)).toBe(true);
  });
});
