import { describe, expect, it } from 'vitest';
import { SearchEngine } from './search-engine';
import type { SearchDocument } from './search-document';

function doc(partial: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'title'>): SearchDocument {
  return {
    kind: 'threat',
    url: `/threats/${partial.id}`,
    code: '',
    summary: '',
    collections: ['owasp-ml-top-10'],
    stride: [],
    lifecycle: [],
    severity: 'high',
    ids: partial.code ? [partial.code] : [],
    keywords: '',
    body: '',
    ...partial,
  };
}

const DOCS: SearchDocument[] = [
  doc({ id: 'ml02', code: 'ML02:2023', title: 'Data Poisoning Attack', summary: 'Attackers alter training data.', stride: ['T'], lifecycle: ['training'], ids: ['ML02:2023', 'AML.T0020'] }),
  doc({ id: 'ml04', code: 'ML04:2023', title: 'Membership Inference Attack', summary: 'Was this record in the training set?', stride: ['I'], lifecycle: ['serving'], ids: ['ML04:2023', 'AML.T0024.000'] }),
  doc({ id: 'ml05', code: 'ML05:2023', title: 'Model Theft', summary: 'Extraction of a model through its API.', stride: ['I'], lifecycle: ['serving'], ids: ['ML05:2023', 'AML.T0024.002'] }),
  doc({ id: 'ml06', code: 'ML06:2023', title: 'AI Supply Chain Attacks', summary: 'Compromised dependencies.', stride: ['T'], lifecycle: ['training', 'deployment'], ids: ['ML06:2023', 'AML.T0010'], severity: 'critical' }),
  doc({ id: 'sc-agent', code: 'SC-09', title: 'Poisoned agent tool', summary: 'A tool definition is altered.', ids: ['SC-09', 'AML.T0110'], collections: ['supply-chain'] }),
  doc({ id: 'ml10', code: 'ML10:2023', title: 'Model Poisoning', summary: 'Weights are tampered with.', stride: ['T', 'E'], lifecycle: ['registry'], ids: ['ML10:2023'] }),
  doc({ id: 'body-only', title: 'Feature store hygiene', summary: 'Keeping features clean.', body: 'Poisoning of features can happen through upstream feeds.', kind: 'mitigation', severity: null, collections: [] }),
  doc({ id: 'jailbreak', code: 'LLM01:2025', title: 'Prompt Injection', summary: 'Crafted prompts override instructions, including jailbreak attempts.', ids: ['LLM01:2025'], collections: ['owasp-llm-top-10'] }),
];

const engine = SearchEngine.fromDocuments(DOCS);
const ids = (query: string, facets = {}) => engine.search(query, facets).hits.map((h) => h.id);

describe('SearchEngine ranking', () => {
  it('puts an exact code first, with or without the year', () => {
    expect(ids('ML04')[0]).toBe('ml04');
    expect(ids('ml04:2023')[0]).toBe('ml04');
    expect(ids('LLM01')[0]).toBe('jailbreak');
  });

  it('finds entries by ATLAS ID, keeping AML.T0010 and AML.T0110 apart', () => {
    expect(ids('AML.T0020')[0]).toBe('ml02');
    expect(ids('AML.T0010')).toEqual(['ml06']);
    expect(ids('AML.T0110')).toEqual(['sc-agent']);
  });

  it('finds sub-techniques under their parent ID', () => {
    expect(ids('AML.T0024')).toEqual(expect.arrayContaining(['ml04', 'ml05']));
  });

  it('matches prefixes', () => {
    expect(ids('poiso')).toEqual(expect.arrayContaining(['ml02', 'ml10']));
    expect(ids('membe')[0]).toBe('ml04');
  });

  it('matches one-typo queries', () => {
    expect(ids('posioning')).toContain('ml02');
    expect(ids('extration')).toContain('ml05');
    expect(ids('jailbeak')).toContain('jailbreak');
  });

  it('reports the corrected spelling when it had to correct', () => {
    const response = engine.search('extration');
    expect(response.correctedFrom).toEqual(['extration']);
    expect(response.terms).toEqual(['extraction']);
  });

  it('ranks a title match above a body-only match', () => {
    const result = ids('poisoning');
    expect(result.indexOf('ml02')).toBeLessThan(result.indexOf('body-only'));
    expect(result.indexOf('ml10')).toBeLessThan(result.indexOf('body-only'));
  });

  it('ranks documents matching every word of a multi-word query first', () => {
    expect(ids('model theft')[0]).toBe('ml05');
    expect(ids('supply chain')[0]).toBe('ml06');
  });
});

describe('SearchEngine facets', () => {
  it('filters by one facet', () => {
    expect(ids('poisoning', { stride: ['E'] })).toEqual(['ml10']);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    expect(ids('attack', { stride: ['T', 'I'], lifecycle: ['serving'] }).sort()).toEqual(['ml04']);
    expect(ids('attack', { severity: ['critical'] })).toEqual(['ml06']);
    expect(ids('poison', { collection: ['supply-chain'] })).toEqual(['sc-agent']);
    expect(ids('poisoning', { kind: ['mitigation'] })).toEqual(['body-only']);
  });
});

describe('SearchEngine with bad input', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \t\n'],
    ['1000 characters', 'a'.repeat(1000)],
    ['regex metacharacters', '.*(?<=[a-z]+)\\'],
    ['SQL', "'; DROP TABLE threats; --"],
    ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['unicode', '🙂 ﷽ \u0000 \uFFFF'],
  ])('returns sane results for a %s query without throwing', (_label, query) => {
    const response = engine.search(query);
    expect(Array.isArray(response.hits)).toBe(true);
    expect(response.total).toBeGreaterThanOrEqual(0);
  });

  it('returns nothing for an empty query', () => {
    expect(engine.search('').hits).toEqual([]);
  });

  it('treats a query full of markup as words, not markup', () => {
    expect(engine.search('<script>poisoning</script>').hits.map((h) => h.id)).toContain('ml02');
  });
});

describe('SearchEngine serialisation', () => {
  it('gives the same results after export and import', () => {
    const restored = SearchEngine.fromSerialized(JSON.parse(JSON.stringify(engine.serialize())));
    for (const query of ['ML04', 'AML.T0020', 'poiso', 'posioning', 'extration', 'model theft', 'feeds']) {
      expect(restored.search(query)).toEqual(engine.search(query));
    }
  });

  it('does not ship document bodies in the serialised index', () => {
    const serialized = JSON.stringify(engine.serialize().documents);
    expect(serialized).not.toContain('upstream feeds');
  });
});

describe('SearchEngine spelling versus sound', () => {
  it('shows a title that only sounds alike only when nothing matches as written', () => {
    const local = SearchEngine.fromDocuments([
      doc({ id: 'pasta', code: 'PASTA', title: 'PASTA for ML systems', kind: 'framework', ids: [] }),
      doc({ id: 'poison', code: 'ML10:2023', title: 'Model Poisoning', ids: ['ML10:2023'] }),
    ]);
    expect(local.search('poiso').hits.map((h) => h.id)).toEqual(['poison']);
    expect(local.search('posioning').hits.map((h) => h.id)).toEqual(['poison']);
  });
});

describe('SearchEngine title specificity', () => {
  it('ranks the title the query covers more of first', () => {
    const local = SearchEngine.fromDocuments([
      doc({ id: 'long', title: 'Poisoning a fraud model through chargebacks and label feedback', ids: [] }),
      doc({ id: 'short', title: 'Model Poisoning', ids: [] }),
    ]);
    expect(local.search('poisoning').hits.map((h) => h.id)).toEqual(['short', 'long']);
  });
});
