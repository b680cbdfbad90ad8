import { describe, expect, it } from 'vitest';
import { fixtureAtlas, fixtureDocuments } from './test-fixtures';
import { validateLibrary, type RawDocument } from './validate-library';

function withChange(file: string, change: (doc: RawDocument) => void): RawDocument[] {
  const docs = fixtureDocuments();
  const doc = docs.find((d) => d.sourceFile.endsWith(file));
  if (!doc) throw new Error(`fixture ${file} not found`);
  change(doc);
  return docs;
}

const ML02 = 'content/threats/owasp-ml/ml02-data-poisoning.mdx';

describe('validateLibrary', () => {
  it('accepts a valid library', () => {
    expect(validateLibrary(fixtureDocuments(), fixtureAtlas)).toEqual([]);
  });

  it.each([
    ['a missing required field', (d: RawDocument) => delete d.fields.severity, 'severity'],
    ['an unknown enum value', (d: RawDocument) => (d.fields.stride = ['T', 'X']), 'stride.1'],
    ['an unknown lifecycle stage', (d: RawDocument) => (d.fields.lifecycle = ['inference']), 'lifecycle.0'],
    ['an extra, undeclared field', (d: RawDocument) => (d.fields.owner = 'me'), '(frontmatter)'],
    ['a reference that is not https', (d: RawDocument) => (d.fields.references = [{ title: 'x', url: 'http://x.org' }]), 'references.0.url'],
    ['an unknown mitigation', (d: RawDocument) => (d.fields.mitigations = ['model-signing', 'no-such-control']), 'mitigations[1]'],
    ['an unknown related threat', (d: RawDocument) => (d.fields.related = ['ml99-nothing']), 'related[0]'],
    ['an unknown collection', (d: RawDocument) => (d.fields.collections = ['owasp-top-5']), 'collections[0]'],
    ['an ATLAS ID that ATLAS does not have', (d: RawDocument) => (d.fields.atlas = ['AML.T9999']), 'atlas[0]'],
    ['an id that differs from the file name', (d: RawDocument) => (d.fields.id = 'data-poisoning'), 'id'],
    ['a missing body section', (d: RawDocument) => (d.bodyRaw = d.bodyRaw.replace('## Impact', '## Consequences')), 'body'],
    ['an unknown MDX component', (d: RawDocument) => (d.bodyRaw += '\n\n<Script>alert(1)</Script>'), 'body'],
    ['raw HTML in content', (d: RawDocument) => (d.bodyRaw += '\n\n<iframe src="x"></iframe>'), 'body'],
    ['an unknown ATLAS ID in prose', (d: RawDocument) => (d.bodyRaw += '\n\nThis maps to AML.T0999.'), 'body'],
    ['<RelatedThreats> naming a missing threat', (d: RawDocument) => (d.bodyRaw = d.bodyRaw.replace('ml10-model-poisoning', 'ml11-missing')), 'body'],
  ])('rejects %s, naming the file and the field', (_label, change, field) => {
    const problems = validateLibrary(withChange(ML02, change), fixtureAtlas);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ file: ML02, field }));
  });

  it('rejects an MDX expression in a body, naming the line of the file it is on', () => {
    const docs = withChange(ML02, (d) => {
      d.bodyLine = 20; // the frontmatter takes lines 1–19
      d.bodyRaw = `## How the attack works\n\nThe server runs as {process.env.HOME}.\n\n${d.bodyRaw}`;
    });
    expect(validateLibrary(docs, fixtureAtlas)).toEqual([
      {
        file: ML02,
        line: 22,
        field: 'body',
        message: 'MDX expression {process.env.HOME} is not allowed in content (write a literal brace as \\{, or put code in backticks)',
      },
    ]);
  });

  it.each([
    ['an import', 'import { readFileSync } from "node:fs"'],
    ['an export', 'export const secret = process.env.AUTH_SECRET'],
    ['an expression attribute', '<Callout type="note" title={process.env.DATABASE_URL}>x</Callout>'],
    ['a spread attribute', '<StrideBadges {...process.env} />'],
  ])('rejects %s in a body', (_label, line) => {
    const problems = validateLibrary(withChange(ML02, (d) => (d.bodyRaw += `\n\n${line}\n`)), fixtureAtlas);
    expect(problems).toEqual([expect.objectContaining({ file: ML02, field: 'body', line: expect.any(Number) })]);
  });

  it('reports one problem for one bad field, not one more for every entry that refers to that document', () => {
    // ml02 relates to ml10 in its frontmatter and names it in <RelatedThreats>.
    const docs = withChange('ml10-model-poisoning.mdx', (d) => (d.fields.severity = 'extreme'));
    expect(validateLibrary(docs, fixtureAtlas)).toEqual([
      expect.objectContaining({ file: 'content/threats/owasp-ml/ml10-model-poisoning.mdx', field: 'severity' }),
    ]);
  });

  it('rejects a duplicate id and names both files', () => {
    const docs = fixtureDocuments();
    const copy = structuredClone(docs.find((d) => d.sourceFile === ML02)!);
    copy.sourceFile = 'content/threats/financial/ml02-data-poisoning.mdx';
    copy.fields.code = 'FIN-01';
    const problems = validateLibrary([...docs, copy], fixtureAtlas);
    expect(problems).toContainEqual({
      file: copy.sourceFile,
      field: 'id',
      message: `duplicate Threat id "ml02-data-poisoning" (also in ${ML02})`,
    });
  });

  it('rejects a former id that is still a current id', () => {
    const docs = withChange('ml10-model-poisoning.mdx', (d) => (d.fields.formerIds = ['ml02-data-poisoning']));
    expect(validateLibrary(docs, fixtureAtlas)).toContainEqual({
      file: 'content/threats/owasp-ml/ml10-model-poisoning.mdx',
      field: 'formerIds',
      message: 'former id "ml02-data-poisoning" is the id of a current entry',
    });
  });

  it('rejects a duplicate threat code', () => {
    const docs = withChange('ml10-model-poisoning.mdx', (d) => (d.fields.code = 'ML02:2023'));
    expect(validateLibrary(docs, fixtureAtlas)).toContainEqual(
      expect.objectContaining({ file: 'content/threats/owasp-ml/ml10-model-poisoning.mdx', field: 'code' }),
    );
  });

  it('rejects an unknown ATLAS mitigation ID on a mitigation', () => {
    const docs = withChange('model-signing.mdx', (d) => (d.fields.atlas = ['AML.M0999']));
    expect(validateLibrary(docs, fixtureAtlas)).toEqual([
      { file: 'content/mitigations/model-signing.mdx', field: 'atlas[0]', message: 'AML.M0999 is not an ATLAS mitigation in MITRE ATLAS test' },
    ]);
  });

  it('requires a financial threat to state its business and regulatory impact', () => {
    const docs = withChange(ML02, (d) => (d.fields.collections = ['owasp-ml-top-10', 'financial']));
    docs.push({
      type: 'Collection',
      sourceFile: 'content/collections/financial.mdx',
      bodyRaw: '',
      fields: { id: 'financial', title: 'Financial', summary: 'Fin.', order: 2, references: [{ title: 's', url: 'https://example.org' }] },
    });
    expect(validateLibrary(docs, fixtureAtlas)).toContainEqual({
      file: ML02,
      field: 'body',
      message: 'missing section "## Business and regulatory impact"',
    });
  });

  it('ignores component-like text inside code', () => {
    const docs = withChange(ML02, (d) => (d.bodyRaw += '\n\n```html\n<script>x</script>\n```\n\nUse `<List>` here.'));
    expect(validateLibrary(docs, fixtureAtlas)).toEqual([]);
  });

  it('checks that a STRIDE framework has a page for every letter and one overview', () => {
    const refs = [{ title: 's', url: 'https://example.org' }];
    const docs = fixtureDocuments();
    docs.push(
      {
        type: 'FrameworkPage',
        sourceFile: 'content/frameworks/stride/stride.mdx',
        bodyRaw: '',
        fields: { id: 'stride', framework: 'stride', kind: 'overview', order: 0, code: 'STRIDE', title: 'STRIDE', summary: 's', references: refs },
      },
      {
        type: 'FrameworkPage',
        sourceFile: 'content/frameworks/stride/stride-tampering.mdx',
        bodyRaw: '',
        fields: {
          id: 'stride-tampering',
          framework: 'stride',
          kind: 'category',
          order: 2,
          code: 'T',
          title: 'Tampering',
          summary: 's',
          property: 'Integrity',
          appliesTo: ['process', 'data-store', 'data-flow'],
          references: refs,
        },
      },
    );
    expect(validateLibrary(docs, fixtureAtlas)).toEqual([
      { file: 'content/frameworks/stride/stride.mdx', field: 'code', message: 'framework "stride" is missing pages for: S, R, I, D, E' },
    ]);
  });

  it('requires objective, inputs, activities and outputs on a PASTA stage', () => {
    const docs = fixtureDocuments();
    docs.push({
      type: 'FrameworkPage',
      sourceFile: 'content/frameworks/pasta/pasta-stage-1-objectives.mdx',
      bodyRaw: '',
      fields: {
        id: 'pasta-stage-1-objectives',
        framework: 'pasta',
        kind: 'stage',
        order: 1,
        code: '1',
        title: 'Define Objectives',
        summary: 's',
        objective: 'Know why.',
        references: [{ title: 's', url: 'https://example.org' }],
      },
    });
    const fields = validateLibrary(docs, fixtureAtlas).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['inputs', 'activities', 'outputs']));
  });
});
