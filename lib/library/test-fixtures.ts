// A minimal valid library used by the unit tests; each test breaks one thing in a copy.
import type { AtlasIndex } from './atlas';
import { indexAtlas } from './atlas';
import type { RawDocument } from './validate-library';

export const fixtureAtlas: AtlasIndex = indexAtlas({
  source: 'MITRE ATLAS test',
  license: 'test',
  tactics: [{ id: 'AML.TA0003', name: 'Resource Development', url: 'https://atlas.mitre.org/tactics/AML.TA0003' }],
  techniques: [
    { id: 'AML.T0020', name: 'Poison Training Data', tactics: ['AML.TA0003'], parent: null, url: 'https://atlas.mitre.org/techniques/AML.T0020' },
    { id: 'AML.T0010', name: 'AI Supply Chain Compromise', tactics: ['AML.TA0003'], parent: null, url: 'https://atlas.mitre.org/techniques/AML.T0010' },
  ],
  mitigations: [{ id: 'AML.M0014', name: 'Verify AI Artifacts', url: 'https://atlas.mitre.org/mitigations/AML.M0014' }],
  caseStudies: [{ id: 'AML.CS0000', name: 'Test case', date: '2020-01-01', url: 'https://atlas.mitre.org/studies/AML.CS0000' }],
});

const refs = [{ title: 'Source', url: 'https://example.org/source' }];

export const THREAT_BODY = [
  '## How the attack works',
  'Text.',
  '## Attack scenario',
  '<AttackFlow>',
  '<Step title="One">First.</Step>',
  '</AttackFlow>',
  '## Impact',
  '## Detection signals',
  '## Mitigations',
  '## Discussion questions',
  '<RelatedThreats ids={["ml10-model-poisoning"]} />',
].join('\n\n');

export function fixtureDocuments(): RawDocument[] {
  return [
    {
      type: 'Collection',
      sourceFile: 'content/collections/owasp-ml-top-10.mdx',
      bodyRaw: 'Overview.',
      fields: { id: 'owasp-ml-top-10', title: 'OWASP ML Top 10', summary: 'The list.', order: 1, references: refs },
    },
    {
      type: 'Mitigation',
      sourceFile: 'content/mitigations/model-signing.mdx',
      bodyRaw: '## What it does',
      fields: {
        id: 'model-signing',
        title: 'Sign models',
        summary: 'Sign and verify.',
        kind: 'prevent',
        lifecycle: ['registry', 'deployment'],
        tools: [{ name: 'Sigstore', url: 'https://www.sigstore.dev/' }],
        atlas: ['AML.M0014'],
        references: refs,
      },
    },
    {
      type: 'Threat',
      sourceFile: 'content/threats/owasp-ml/ml02-data-poisoning.mdx',
      bodyRaw: THREAT_BODY,
      fields: {
        id: 'ml02-data-poisoning',
        code: 'ML02:2023',
        title: 'Data Poisoning Attack',
        summary: 'Poisoned training data.',
        collections: ['owasp-ml-top-10'],
        stride: ['T'],
        lifecycle: ['data-collection', 'training'],
        components: ['data-store'],
        atlas: ['AML.T0020'],
        severity: 'high',
        mitigations: ['model-signing'],
        related: ['ml10-model-poisoning'],
        references: refs,
      },
    },
    {
      type: 'Threat',
      sourceFile: 'content/threats/owasp-ml/ml10-model-poisoning.mdx',
      bodyRaw: THREAT_BODY.replace('ml10-model-poisoning', 'ml02-data-poisoning'),
      fields: {
        id: 'ml10-model-poisoning',
        code: 'ML10:2023',
        title: 'Model Poisoning',
        summary: 'Tampered weights.',
        collections: ['owasp-ml-top-10'],
        stride: ['T', 'E'],
        lifecycle: ['registry'],
        components: ['data-store', 'process'],
        atlas: ['AML.T0010'],
        severity: 'critical',
        mitigations: ['model-signing'],
        references: refs,
      },
    },
  ];
}

/** The fixture documents assembled into a library, as the app would see them. */
export function fixtureLibraryDocuments() {
  return fixtureDocuments().map((doc) => {
    const id = String(doc.fields.id);
    const folder = doc.type === 'Threat' ? 'threats' : doc.type === 'Mitigation' ? 'mitigations' : 'collections';
    return { ...doc, extras: { url: `/${folder}/${id}`, plainText: doc.bodyRaw, readingMinutes: 1, sourceFile: doc.sourceFile, mdx: '' } };
  });
}
