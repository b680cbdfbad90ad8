import { describe, expect, it } from 'vitest';
import { libraryFromDocuments } from '../content/library-from-documents';
import { fixtureLibraryDocuments } from './test-fixtures';

function withExtraDocuments() {
  const docs = fixtureLibraryDocuments();
  const extras = (id: string, url: string, bodyRaw: string) => ({ url, plainText: bodyRaw, readingMinutes: 1, sourceFile: `content/${id}.mdx`, mdx: '' });
  const refs = [{ title: 's', url: 'https://example.org' }];
  docs.push(
    {
      type: 'FrameworkPage',
      sourceFile: 'content/frameworks/stride/stride-tampering.mdx',
      bodyRaw: 'Tampering. <RelatedThreats ids={["ml10-model-poisoning"]} />',
      fields: { id: 'stride-tampering', framework: 'stride', kind: 'category', order: 2, code: 'T', title: 'Tampering', summary: 's', property: 'Integrity', appliesTo: ['process'], references: refs },
      extras: extras('stride-tampering', '/frameworks/stride/stride-tampering', 'Tampering.'),
    },
    {
      type: 'GlossaryTerm',
      sourceFile: 'content/glossary/rag.mdx',
      bodyRaw: 'Retrieval.',
      fields: { id: 'rag', term: 'Retrieval-augmented generation', summary: 's', aliases: ['RAG'], related: ['ml02-data-poisoning'], references: refs },
      extras: extras('rag', '/glossary#rag', 'Retrieval.'),
    },
  );
  return libraryFromDocuments(docs);
}

describe('buildLibrary', () => {
  const library = withExtraDocuments();

  it('orders threats by code, numerically', () => {
    expect(library.threats.map((t) => t.code)).toEqual(['ML02:2023', 'ML10:2023']);
  });

  it('computes the threats each mitigation addresses from the threats', () => {
    expect(library.threatsForMitigation('model-signing').map((t) => t.id)).toEqual(['ml02-data-poisoning', 'ml10-model-poisoning']);
    expect(library.threatsForMitigation('nothing')).toEqual([]);
  });

  it('links related threats both ways', () => {
    expect(library.relatedThreats('ml10-model-poisoning').map((t) => t.id)).toEqual(['ml02-data-poisoning']);
    expect(library.relatedThreats('ml02-data-poisoning').map((t) => t.id)).toEqual(['ml10-model-poisoning']);
  });

  it('lists the pages that point at a threat', () => {
    expect(library.referencesTo('ml10-model-poisoning')).toEqual([
      { kind: 'framework', title: 'Tampering', url: '/frameworks/stride/stride-tampering' },
    ]);
    expect(library.referencesTo('ml02-data-poisoning')).toEqual([{ kind: 'glossary', title: 'Retrieval-augmented generation', url: '/glossary#rag' }]);
  });

  it('finds glossary terms used in text: short aliases case-sensitively, long names in any case', () => {
    expect(library.termsUsedIn('A RAG pipeline').map((g) => g.id)).toEqual(['rag']);
    expect(library.termsUsedIn('a ragged edge, drag')).toEqual([]);
    expect(library.termsUsedIn('retrieval-augmented generation is common').map((g) => g.id)).toEqual(['rag']);
  });
});
