// What the search index knows about each library entry: the searchable text per field and the
// facet values. Built from the library, so every entry type is searchable without extra work.
import type { AtlasIndex } from '../library/atlas';
import type { Library } from '../library/build-library';

export const SEARCH_KINDS = ['threat', 'mitigation', 'framework', 'collection', 'case-study', 'glossary'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDocumentMeta {
  kind: SearchKind;
  id: string;
  url: string;
  code: string;
  title: string;
  /** Older or common names, searched like the title (Linkability for LINDDUN's Linking). */
  aliases: string[];
  summary: string;
  collections: string[];
  stride: string[];
  lifecycle: string[];
  severity: string | null;
}

export interface SearchDocument extends SearchDocumentMeta {
  /** Codes and IDs that an exact query should land on: code, ATLAS IDs. */
  ids: string[];
  /** Short words that describe the entry without being its prose: ATLAS names, tags, tools. */
  keywords: string;
  body: string;
}

const none = { collections: [], stride: [], lifecycle: [], severity: null };

export function toSearchDocuments(library: Library, atlas: AtlasIndex): SearchDocument[] {
  const atlasNames = (ids: string[]) => ids.map((id) => atlas.technique(id)?.name ?? atlas.mitigation(id)?.name ?? '').join(' ');
  return [
    ...library.threats.map((t) => ({
      kind: 'threat' as const,
      id: t.id,
      url: t.url,
      code: t.code,
      title: t.title,
      aliases: t.aliases,
      summary: t.summary,
      collections: t.collections,
      stride: t.stride,
      lifecycle: t.lifecycle,
      severity: t.severity,
      ids: [t.code, ...t.atlas],
      keywords: [atlasNames(t.atlas), t.tags.join(' '), t.linddun.join(' ')].join(' '),
      body: t.plainText,
    })),
    ...library.mitigations.map((m) => ({
      kind: 'mitigation' as const,
      id: m.id,
      url: m.url,
      code: '',
      title: m.title,
      aliases: m.aliases,
      summary: m.summary,
      ...none,
      lifecycle: m.lifecycle,
      ids: m.atlas,
      keywords: [atlasNames(m.atlas), m.tools.map((tool) => tool.name).join(' '), m.kind].join(' '),
      body: m.plainText,
    })),
    ...library.frameworkPages.map((p) => ({
      kind: 'framework' as const,
      id: p.id,
      url: p.url,
      code: p.kind === 'overview' ? p.code : `${p.framework.toUpperCase()} ${p.code}`,
      title: p.title,
      aliases: p.aliases,
      summary: p.summary,
      ...none,
      ids: [],
      keywords: [p.framework, p.property ?? ''].join(' '),
      body: p.plainText,
    })),
    ...library.collections.map((c) => ({
      kind: 'collection' as const,
      id: c.id,
      url: c.url,
      code: '',
      title: c.title,
      aliases: [],
      summary: c.summary,
      ...none,
      collections: [c.id],
      ids: [],
      keywords: c.version ?? '',
      body: c.plainText,
    })),
    ...library.caseStudies.map((c) => ({
      kind: 'case-study' as const,
      id: c.id,
      url: c.url,
      code: c.date.slice(0, 4),
      title: c.title,
      aliases: [],
      summary: c.summary,
      ...none,
      ids: [...c.atlas, ...(c.atlasCaseStudy ? [c.atlasCaseStudy] : [])],
      keywords: atlasNames(c.atlas),
      body: c.plainText,
    })),
    ...library.glossary.map((g) => ({
      kind: 'glossary' as const,
      id: g.id,
      url: g.url,
      code: '',
      title: g.term,
      aliases: g.aliases,
      summary: g.summary,
      ...none,
      ids: [],
      keywords: '',
      body: g.plainText,
    })),
  ];
}
