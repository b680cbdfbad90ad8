// Assembles validated documents into the library the pages read: lookups by id and the links
// computed from content (mitigation → threats, threat back-links, case studies, glossary use).
import type { CaseStudyMeta, CollectionMeta, FrameworkPageMeta, GlossaryTermMeta, MitigationMeta, ThreatMeta } from './schema';
import type { FrameworkId } from './vocabulary';

export interface DocumentExtras {
  url: string;
  plainText: string;
  readingMinutes: number;
  sourceFile: string;
  mdx: string;
  /** Threat ids the body names with <RelatedThreats>. */
  mentions: string[];
}

/** A page elsewhere in the library that points at a threat. */
export interface ThreatReference {
  kind: 'framework' | 'mitigation' | 'glossary' | 'collection';
  title: string;
  url: string;
}

export type Threat = ThreatMeta & DocumentExtras;
export type Mitigation = MitigationMeta & DocumentExtras;
export type FrameworkPage = FrameworkPageMeta & DocumentExtras;
export type Collection = CollectionMeta & DocumentExtras;
export type CaseStudy = CaseStudyMeta & DocumentExtras;
export type GlossaryTerm = GlossaryTermMeta & DocumentExtras;

export interface LibraryDocuments {
  threats: Threat[];
  mitigations: Mitigation[];
  frameworkPages: FrameworkPage[];
  collections: Collection[];
  caseStudies: CaseStudy[];
  glossary: GlossaryTerm[];
}

export interface Library extends LibraryDocuments {
  threat(id: string): Threat | undefined;
  mitigation(id: string): Mitigation | undefined;
  collection(id: string): Collection | undefined;
  caseStudy(id: string): CaseStudy | undefined;
  threatsInCollection(collectionId: string): Threat[];
  threatsForMitigation(mitigationId: string): Threat[];
  /** Threats this one names as related, plus threats that name this one. */
  relatedThreats(threatId: string): Threat[];
  caseStudiesForThreat(threatId: string): CaseStudy[];
  /** Framework pages, mitigations, collections and glossary terms that point at this threat. */
  referencesTo(threatId: string): ThreatReference[];
  pagesOfFramework(framework: FrameworkId): FrameworkPage[];
  /** Glossary terms whose name or alias appears in the text, as whole words. */
  termsUsedIn(plainText: string, exceptId?: string): GlossaryTerm[];
}

const byCode = (a: Threat, b: Threat) => a.code.localeCompare(b.code, 'en', { numeric: true });
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildLibrary(docs: LibraryDocuments): Library {
  const threats = [...docs.threats].sort(byCode);
  const mitigations = [...docs.mitigations].sort(byTitle);
  const collections = [...docs.collections].sort((a, b) => a.order - b.order);
  const frameworkPages = [...docs.frameworkPages].sort((a, b) => a.framework.localeCompare(b.framework) || a.order - b.order);
  const caseStudies = [...docs.caseStudies].sort((a, b) => b.date.localeCompare(a.date));
  const glossary = [...docs.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));

  const threatById = new Map(threats.map((t) => [t.id, t]));
  const mitigationById = new Map(mitigations.map((m) => [m.id, m]));
  const collectionById = new Map(collections.map((c) => [c.id, c]));
  const caseStudyById = new Map(caseStudies.map((c) => [c.id, c]));
  const pick = (ids: Iterable<string>) => [...ids].flatMap((id) => threatById.get(id) ?? []);

  // Short terms (RAG, PGD) match case-sensitively; longer ones case-insensitively.
  const termPatterns = glossary.map((term) => {
    const names = [term.term, ...term.aliases].map((name) => name.replace(/\s*\([^)]*\)\s*/g, ' ').trim()).filter(Boolean);
    const patterns = names.map((name) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, name.length <= 4 ? '' : 'i'));
    return { term, patterns };
  });

  return {
    threats,
    mitigations,
    frameworkPages,
    collections,
    caseStudies,
    glossary,
    threat: (id) => threatById.get(id),
    mitigation: (id) => mitigationById.get(id),
    collection: (id) => collectionById.get(id),
    caseStudy: (id) => caseStudyById.get(id),
    threatsInCollection: (collectionId) => threats.filter((t) => t.collections.includes(collectionId)),
    threatsForMitigation: (mitigationId) => threats.filter((t) => t.mitigations.includes(mitigationId)),
    relatedThreats: (threatId) => {
      const own = threatById.get(threatId)?.related ?? [];
      const back = threats.filter((t) => t.related.includes(threatId)).map((t) => t.id);
      return pick(new Set([...own, ...back].filter((id) => id !== threatId)));
    },
    caseStudiesForThreat: (threatId) => caseStudies.filter((c) => c.threats.includes(threatId)),
    referencesTo: (threatId) => [
      ...frameworkPages.filter((p) => p.mentions.includes(threatId)).map((p) => ({ kind: 'framework' as const, title: p.title, url: p.url })),
      ...mitigations.filter((m) => m.mentions.includes(threatId)).map((m) => ({ kind: 'mitigation' as const, title: m.title, url: m.url })),
      ...collections.filter((c) => c.mentions.includes(threatId)).map((c) => ({ kind: 'collection' as const, title: c.title, url: c.url })),
      ...glossary
        .filter((g) => g.related.includes(threatId) || g.mentions.includes(threatId))
        .map((g) => ({ kind: 'glossary' as const, title: g.term, url: g.url })),
    ],
    pagesOfFramework: (framework) => frameworkPages.filter((p) => p.framework === framework),
    termsUsedIn: (plainText, exceptId) =>
      termPatterns.filter(({ term, patterns }) => term.id !== exceptId && patterns.some((p) => p.test(plainText))).map(({ term }) => term),
  };
}
