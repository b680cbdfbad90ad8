// The engine runs in the browser as well as on the server: no Node built-ins, no framework, no
// database. lib/library is allowed: it is plain framework-free domain code too (ESLint keeps it so).
// This reads the module sources (the test itself runs in Node) and checks their imports.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const modules = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

describe('lib/exercise is browser-safe', () => {
  it.each(modules)('%s imports only zod, its own folder and the library domain', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const imports = [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? match[2]);
    for (const specifier of imports) expect(specifier === 'zod' || specifier?.startsWith('./') || specifier?.startsWith('../library/'), `${file} imports ${specifier}`).toBe(true);
    expect(source).not.toMatch(/\bprocess\.|\bBuffer\b|\b__dirname\b/);
  });
});
