// End to end: `npm run content` (contentlayer, then scripts/check-content.ts) over a temporary
// content tree, exactly as package.json runs it, checking the exit code and what it prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREAT_BODY } from '../lib/library/test-fixtures';

const repo = process.cwd();
const contentScript: unknown = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts?.content;
const refs = 'references:\n  - title: Source\n    url: https://example.org/source';

const ML02 = 'content/threats/owasp-ml/ml02-data-poisoning.mdx';
const ML10 = 'content/threats/owasp-ml/ml10-model-poisoning.mdx';
const TERM = 'content/glossary/backdoor-attack.mdx';

function threat(id: string, code: string, mitigations: string, severity: string, related: string): string {
  return [
    '---',
    `id: ${id}`,
    `code: "${code}"`,
    `title: Threat ${code}`,
    'summary: One sentence.',
    'collections: [owasp-ml-top-10]',
    'stride: [T]',
    'lifecycle: [training]',
    'components: [data-store]',
    'atlas: [AML.T0020]',
    `severity: ${severity}`,
    `mitigations: [${mitigations}]`,
    `related: [${related}]`,
    refs,
    '---',
    '',
    THREAT_BODY.replace('ml10-model-poisoning', related),
    '',
  ].join('\n');
}

const TERM_FRONTMATTER = ['---', 'id: backdoor-attack', 'term: Backdoor attack', 'summary: A hidden trigger.', 'related: [ml10-model-poisoning]', refs, '---', ''];

/** The valid tree; each test changes one file of it. */
function validTree(): Record<string, string> {
  return {
    'content/collections/owasp-ml-top-10.mdx': `---\nid: owasp-ml-top-10\ntitle: OWASP ML Top 10\nsummary: The list.\norder: 1\n${refs}\n---\n\nOverview.\n`,
    'content/mitigations/model-signing.mdx': `---\nid: model-signing\ntitle: Sign models\nsummary: Sign and verify.\nkind: prevent\nlifecycle: [registry]\natlas: [AML.M0014]\n${refs}\n---\n\n## What it does\n\nSigns.\n`,
    [ML02]: threat('ml02-data-poisoning', 'ML02:2023', 'model-signing', 'high', 'ml10-model-poisoning'),
    [ML10]: threat('ml10-model-poisoning', 'ML10:2023', 'model-signing', 'critical', 'ml02-data-poisoning'),
    [TERM]: [...TERM_FRONTMATTER, 'A model that behaves normally until a trigger appears.', ''].join('\n'),
  };
}

let dir = '';

function runContentStep(files: Record<string, string>) {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content/atlas'), { recursive: true });
  writeFileSync(join(dir, 'content/atlas/atlas.json'), readFileSync(join(repo, 'content/atlas/atlas.json')));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const result = spawnSync('sh', ['-c', String(contentScript)], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, SITE_URL: 'https://sandtable.example/some/path' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The problem lines the check printed: everything on stderr before the summary. */
const problemLines = (stderr: string) => stderr.split('\n').filter((line) => /^content\/\S+: /.test(line));

describe('npm run content on a temporary content tree', () => {
  beforeAll(() => {
    expect(contentScript).toMatch(/check-content\.ts/);
    dir = mkdtempSync(join(tmpdir(), 'sandtable-content-'));
    // The tree borrows the project's code and dependencies; only content/ is its own.
    for (const name of ['node_modules', 'lib', 'scripts', 'contentlayer.config.ts']) symlinkSync(join(repo, name), join(dir, name));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes a valid tree and records the build-time SITE_URL origin', { timeout: 120_000 }, () => {
    const run = runContentStep(validTree());
    expect(run.stderr).not.toMatch(/content check failed/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('content check passed: 2 Threat, 1 Mitigation, 1 Collection, 1 GlossaryTerm');
    expect(JSON.parse(readFileSync(join(dir, '.contentlayer/site-config.json'), 'utf8'))).toEqual({ siteUrl: 'https://sandtable.example' });
  });

  it('exits non-zero on one broken reference and prints file: field: message', { timeout: 120_000 }, () => {
    const files = validTree();
    files[ML02] = threat('ml02-data-poisoning', 'ML02:2023', 'model-signing, no-such-control', 'high', 'ml10-model-poisoning');
    const run = runContentStep(files);
    expect(run.status).toBe(1);
    expect(problemLines(run.stderr)).toEqual([`${ML02}: mitigations[1]: unknown mitigation "no-such-control"`]);
    expect(run.stderr).toContain('content check failed: 1 problem(s) in 1 file(s)');
  });

  // Two broken files in one run (each run costs seconds): a bad enum value in a threat others refer
  // to, and the exploit from the review, an expression in a glossary body.
  it('reports one problem per broken file, with the line of {process.env.HOME}, and does not compile it', { timeout: 120_000 }, () => {
    const files = validTree();
    files[ML10] = threat('ml10-model-poisoning', 'ML10:2023', 'model-signing', 'extreme', 'ml02-data-poisoning');
    files[TERM] = [...TERM_FRONTMATTER, 'A model that behaves normally until a trigger appears.', '', 'The server runs in {process.env.HOME}.', ''].join('\n');
    const line = files[TERM].split('\n').findIndex((text) => text.includes('{process.env.HOME}')) + 1;
    const run = runContentStep(files);
    expect(run.status).toBe(1);
    // ml02 and the glossary term both refer to ml10: neither may report it as missing.
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^${ML10}: severity: `)),
      `${TERM}:${line}: body: MDX expression {process.env.HOME} is not allowed in content (write a literal brace as \\{, or put code in backticks)`,
    ]);
    // Even though the check failed, what contentlayer compiled is inert.
    const [term] = JSON.parse(readFileSync(join(dir, '.contentlayer/generated/GlossaryTerm/_index.json'), 'utf8'));
    expect(term.body.raw).toContain('{process.env.HOME}');
    expect(term.body.code).toContain('The server runs in ');
    expect(term.body.code).not.toContain('process.env');
  });
});
