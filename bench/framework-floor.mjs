// npm run bench:floor — the first-load JavaScript of an empty Next.js App Router page built with
// this project's own next/react versions: the floor under any page's figure in bench:bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'bench/.out/empty-app';
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'app'), { recursive: true });
writeFileSync(join(dir, 'package.json'), '{ "name": "empty-app", "private": true }\n');
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { target: 'ES2022', lib: ['dom', 'es2023'], strict: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, plugins: [{ name: 'next' }] }, include: ['**/*.tsx'] }),
);
writeFileSync(join(dir, 'app/layout.tsx'), 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n');
writeFileSync(join(dir, 'app/page.tsx'), 'export default function Page() {\n  return <p>Hello</p>;\n}\n');

execFileSync('npx', ['next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const html = readFileSync(join(dir, '.next/server/app/index.html'), 'utf8');
const scripts = [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]))];
const gzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dir, '.next', src.replace(/^\/_next\//, ''))), { level: 9 }).length, 0);
const { version: next } = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8'));
const { version: react } = JSON.parse(readFileSync('node_modules/react-dom/package.json', 'utf8'));
console.log(`empty App Router page (next ${next}, react-dom ${react}): ${scripts.length} scripts, ${(gzip / 1000).toFixed(1)} kB gzipped`);
