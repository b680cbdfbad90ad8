import { describe, expect, it } from 'vitest';
import { SearchEngine } from './search-engine';
import type { SearchDocument } from './search-document';
import { parseSearchIndex } from './search-index-schema';

function doc(partial: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'title'>): SearchDocument {
  return {
    kind: 'threat',
    url: `/threats/${partial.id}`,
    code: '',
    aliases: [],
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
  doc({
    id: 'ml05',
    code: 'ML05:2023',
    title: 'Model Theft',
    aliases: ['Model stealing', 'Model extraction'],
    summary: 'Extraction of a model through its API.',
    stride: ['I'],
    lifecycle: ['serving'],
    ids: ['ML05:2023', 'AML.T0024.002'],
  }),
  doc({ id: 'ml06', code: 'ML06:2023', title: 'AI Supply Chain Attacks', summary: 'Compromised dependencies.', stride: ['T'], lifecycle: ['training', 'deployment'], ids: ['ML06:2023', 'AML.T0010'], severity: 'critical' }),
  doc({ id: 'sc-agent', code: 'SC-09', title: 'Poisoned agent tool', summary: 'A tool definition is altered.', ids: ['SC-09', 'AML.T0110'], collections: ['supply-chain'] }),
  doc({ id: 'ml10', code: 'ML10:2023', title: 'Model Poisoning', summary: 'Weights are tampered with.', stride: ['T', 'E'], lifecycle: ['registry'], ids: ['ML10:2023'] }),
  doc({ id: 'body-only', title: 'Feature store hygiene', summary: 'Keeping features clean.', body: 'Poisoning of features can happen through upstream feeds.', kind: 'mitigation', severity: null, collections: [] }),
  doc({ id: 'jailbreak', code: 'LLM01:2025', title: 'Prompt Injection', summary: 'Crafted prompts override instructions, including jailbreak attempts.', ids: ['LLM01:2025'], collections: ['owasp-llm-top-10'] }),
  doc({
    id: 'linking',
    kind: 'framework',
    code: 'LINDDUN linking',
    title: 'Linking',
    aliases: ['Linkability'],
    summary: 'Joining records that belong to the same person.',
    severity: null,
    collections: [],
  }),
  doc({
    id: 'unlinking',
    kind: 'mitigation',
    title: 'Pseudonymise identifiers',
    summary: 'Replace direct identifiers.',
    body: 'Reduces linkability between datasets, and linkability is what linking attacks exploit.',
    severity: null,
    collections: [],
  }),
  // Words starting with every letter a nonsense query is made of: an engine that collapsed
  // "zzzzzzzz" or "aaaa" to a one-letter prefix would match these.
  doc({ id: 'letters', title: 'Zero-day attacks against serving stacks', summary: 'Adversaries abuse zones, queues, keys and jobs.', body: 'Such bugs affect many assets.' }),
];

const engine = SearchEngine.fromDocuments(DOCS);
const ids = (query: string, facets = {}) => engine.search(query, facets).hits.map((h) => h.id);

describe('SearchEngine: codes and IDs', () => {
  it('puts an exact code first, with or without the year or hyphen', () => {
    expect(ids('ML04')[0]).toBe('ml04');
    expect(ids('ml04:2023')[0]).toBe('ml04');
    expect(ids('LLM01')[0]).toBe('jailbreak');
    expect(ids('SC09')[0]).toBe('sc-agent');
    expect(ids('LINDDUN linking')[0]).toBe('linking');
  });

  it('finds entries by ATLAS ID, keeping AML.T0010 and AML.T0110 apart', () => {
    expect(ids('AML.T0020')[0]).toBe('ml02');
    expect(ids('AML.T0010')).toEqual(['ml06']);
    expect(ids('AML.T0110')).toEqual(['sc-agent']);
  });

  it('finds sub-techniques under their parent ID', () => {
    expect(ids('AML.T0024').sort()).toEqual(['ml04', 'ml05']);
  });
});

describe('SearchEngine: words', () => {
  it('matches prefixes of real words', () => {
    expect(ids('poiso')).toEqual(expect.arrayContaining(['ml02', 'ml10', 'sc-agent', 'body-only']));
    expect(ids('membe')[0]).toBe('ml04');
  });

  it('matches inflections of a word', () => {
    expect(ids('poisoned')).toEqual(expect.arrayContaining(['ml02', 'ml10', 'sc-agent']));
    expect(ids('tampering')).toEqual(['ml10']);
  });

  it('matches one-typo queries and reports the spelling it searched', () => {
    expect(ids('posioning')).toContain('ml02');
    expect(ids('jailbeak')).toContain('jailbreak');
    const response = engine.search('extration');
    expect(response.hits.map((h) => h.id)).toContain('ml05');
    expect(response.correctedFrom).toEqual(['extration']);
    expect(response.terms).toEqual(['extraction']);
  });

  it('does not guess a typo for a word the library has', () => {
    const response = engine.search('poisoning');
    expect(response.correctedFrom).toBeNull();
    expect(response.terms).toEqual(['poisoning']);
  });
});

describe('SearchEngine: nonsense finds nothing', () => {
  it.each([
    ['a run of one letter', 'zzzzzzzzzzzz'],
    ['1,000 characters of one letter', 'a'.repeat(1000)],
    ['a keyboard row', 'asdfghjkl'],
    ['several mashed words', 'jjjj kkkk qxzv'],
    ['repeated letters of real initials', 'sssss qqqqq kkkkkk'],
  ])('%s', (_label, query) => {
    const response = engine.search(query);
    expect(response.total).toBe(0);
    expect(response.hits).toEqual([]);
  });
});

describe('SearchEngine: ranking', () => {
  it('ranks a title containing the query words above an entry that mentions each once in its body', () => {
    const local = SearchEngine.fromDocuments([
      doc({ id: 'mentions', title: 'Retraining schedules', body: 'Skewing can follow when the model learns from its own outputs.' }),
      doc({ id: 'title', title: 'Model Skewing' }),
    ]);
    expect(local.search('model skewing').hits.map((h) => h.id)).toEqual(['title', 'mentions']);
    expect(local.search('skewing model').hits.map((h) => h.id)).toEqual(['title', 'mentions']);
  });

  it('ranks an entry covering all of the query above one whose title has only one of its words', () => {
    const local = SearchEngine.fromDocuments([
      doc({ id: 'one-word', title: 'Feedback forms' }),
      doc({ id: 'all-words', title: 'Online learning', summary: 'Feedback from users skews the model through a retraining loop.' }),
      doc({ id: 'filler', title: 'Model cards', summary: 'Documenting a model.' }),
    ]);
    expect(local.search('feedback loop skews').hits.map((h) => h.id)[0]).toBe('all-words');
  });

  it('ranks the title the query covers more of first', () => {
    // The long title sorts first alphabetically, so only the coverage of the title can put "short" first.
    const local = SearchEngine.fromDocuments([
      doc({ id: 'long', title: 'Chargeback poisoning of a fraud model through label feedback' }),
      doc({ id: 'short', title: 'Model Poisoning' }),
    ]);
    expect(local.search('poisoning').hits.map((h) => h.id)).toEqual(['short', 'long']);
  });

  it('ranks entries matching every word of a multi-word query first', () => {
    expect(ids('model theft')[0]).toBe('ml05');
    expect(ids('supply chain')[0]).toBe('ml06');
  });

  it('leaves out entries that cover much less of the query than the best one', () => {
    // "Model Poisoning" shares only the common word "model" with the query.
    expect(ids('model theft')).not.toContain('ml10');
  });

  it('weights words as written above prefixes and typos', () => {
    const local = SearchEngine.fromDocuments([doc({ id: 'prefix', title: 'Poisonous data' }), doc({ id: 'exact', title: 'Poison data' })]);
    expect(local.search('poison').hits.map((h) => h.id)).toEqual(['exact', 'prefix']);
  });
});

describe('SearchEngine: aliases', () => {
  it('finds an entry by an alias, ranked like a title match above body mentions', () => {
    expect(ids('linkability')).toEqual(['linking', 'unlinking']);
    expect(ids('model stealing')[0]).toBe('ml05');
  });

  it('finds an alias through a typo', () => {
    expect(ids('linkabilty')[0]).toBe('linking');
  });

  it('returns the aliases with the hit, to show as "also known as"', () => {
    expect(engine.search('linkability').hits[0]?.aliases).toEqual(['Linkability']);
  });
});

describe('SearchEngine: facets', () => {
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

describe('SearchEngine: hostile queries', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \t\n'],
    ['regex metacharacters', '.*(?<=[a-z]+)\\'],
    ['unicode and control characters', '🙂 ﷽ \u0000 \uFFFF'],
  ])('a %s query returns no results', (_label, query) => {
    expect(engine.search(query)).toMatchObject({ total: 0, hits: [] });
  });

  it('treats markup as separators: <script> is inert words, never a tag in the terms', () => {
    const response = engine.search('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(response.total).toBe(0);
    expect(response.terms.join(' ')).not.toMatch(/[<>()=]/);
    expect(engine.search('<script>poisoning</script>').hits.map((h) => h.id)).toContain('ml02');
  });

  it('treats SQL as words: only entries containing them match', () => {
    const response = engine.search("'; DROP TABLE threats; --");
    expect(response.terms).toEqual(['drop', 'table', 'threats']);
    expect(response.total).toBe(0);
  });

  it('searches at most the first 200 characters of a long query', () => {
    expect(engine.search(`${'x'.repeat(200)} model theft`).hits).toEqual([]);
    expect(engine.search(`${'x '.repeat(90)} model theft`).hits[0]?.id).toBe('ml05');
  });
});

describe('SearchEngine serialisation', () => {
  it('gives the same results after export, JSON and import', () => {
    const restored = SearchEngine.fromSerialized(parseSearchIndex(JSON.parse(JSON.stringify(engine.serialize()))));
    for (const query of ['ML04', 'AML.T0020', 'poiso', 'posioning', 'extration', 'model theft', 'feeds', 'linkability']) {
      expect(restored.search(query)).toEqual(engine.search(query));
    }
  });

  it('does not ship document bodies in the serialised index', () => {
    const serialized = JSON.stringify(engine.serialize());
    expect(serialized).not.toContain('upstream feeds');
  });

  it('refuses an index of another version or with missing parts', () => {
    const data = engine.serialize();
    expect(() => parseSearchIndex({ ...data, version: 1 })).toThrow(/version/);
    expect(() => parseSearchIndex({ ...data, postings: { ...data.postings, body: undefined } })).toThrow(/postings\.body/);
    expect(() => SearchEngine.fromSerialized({ ...data, words: data.words.slice(1) })).toThrow(/postings lists/);
  });
});
