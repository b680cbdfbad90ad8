// Validates every library document against its schema and checks every cross-reference.
// Returns problems naming the file and the field, so a broken reference fails the build legibly.
import type { z } from 'zod';
import { ATLAS_ID_PATTERN, type AtlasIndex } from './atlas';
import { DOCUMENT_SCHEMAS, type DocumentType } from './schema';
import { FRAMEWORKS, LINDDUN_CATEGORIES, STRIDE_LETTERS, THREAT_SECTIONS } from './vocabulary';
import { MDX_COMPONENT_NAMES } from './mdx-component-names';
import { mdxBodyProblems } from './mdx-body-problems';
import { formerIdClashes } from './redirects';
import { threatMentions } from './threat-mentions';

/** A document as the content step produced it: frontmatter fields plus its source path and MDX. */
export interface RawDocument {
  type: DocumentType;
  sourceFile: string;
  fields: Record<string, unknown>;
  bodyRaw: string;
  /** The line of the source file on which the body starts, so body problems can name file lines. */
  bodyLine?: number;
}

export interface ContentProblem {
  file: string;
  /** The line in the file, when the problem is at one place in the body. */
  line?: number;
  field: string;
  message: string;
}

type Parsed = { [K in DocumentType]: Array<{ doc: RawDocument; meta: z.infer<(typeof DOCUMENT_SCHEMAS)[K]> }> };

export function validateLibrary(documents: RawDocument[], atlas: AtlasIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (doc, field, message, bodyLine) =>
    problems.push({ file: doc.sourceFile, ...(bodyLine === undefined ? {} : { line: (doc.bodyLine ?? 1) + bodyLine - 1 }), field, message });
  const parsed = parseAll(documents, report);

  checkIdentity(parsed, report);
  // Ids come from the raw documents, not the parsed ones: a document with one bad field is one
  // problem, not one more for every entry that refers to it.
  const ids = {
    threats: rawIds(documents, 'Threat'),
    mitigations: rawIds(documents, 'Mitigation'),
    collections: rawIds(documents, 'Collection'),
  };
  const mustExist = (doc: RawDocument, field: string, values: readonly string[], known: Set<string>, what: string) => {
    values.forEach((value, i) => {
      if (!known.has(value)) report(doc, `${field}[${i}]`, `unknown ${what} "${value}"`);
    });
  };
  const mustBeAtlas = (doc: RawDocument, field: string, values: readonly string[], lookup: (id: string) => unknown, what: string) => {
    values.forEach((value, i) => {
      if (!lookup(value)) report(doc, `${field}[${i}]`, `${value} is not an ATLAS ${what} in ${atlas.source}`);
    });
  };

  for (const { doc, meta } of parsed.Threat) {
    mustExist(doc, 'collections', meta.collections, ids.collections, 'collection');
    mustExist(doc, 'mitigations', meta.mitigations, ids.mitigations, 'mitigation');
    mustExist(doc, 'related', meta.related, ids.threats, 'threat');
    if (meta.related.includes(meta.id)) report(doc, 'related', 'a threat cannot be related to itself');
    mustBeAtlas(doc, 'atlas', meta.atlas, atlas.technique, 'technique');
    checkSections(doc, meta.collections.includes('financial'), report);
  }
  for (const { doc, meta } of parsed.Mitigation) mustBeAtlas(doc, 'atlas', meta.atlas, atlas.mitigation, 'mitigation');
  for (const { doc, meta } of parsed.CaseStudy) {
    mustExist(doc, 'threats', meta.threats, ids.threats, 'threat');
    mustBeAtlas(doc, 'atlas', meta.atlas, atlas.technique, 'technique');
    if (meta.atlasCaseStudy) mustBeAtlas(doc, 'atlasCaseStudy', [meta.atlasCaseStudy], atlas.caseStudy, 'case study');
  }
  for (const { doc, meta } of parsed.GlossaryTerm) mustExist(doc, 'related', meta.related, ids.threats, 'threat');
  for (const doc of documents) {
    checkMdxComponents(doc, ids.threats, report);
    checkAtlasInProse(doc, atlas, report);
  }
  checkFrameworks(parsed.FrameworkPage, report);
  checkUniqueCodes(parsed.Threat, report);
  for (const list of [parsed.Threat, parsed.Mitigation]) {
    const byId = new Map(list.map(({ doc, meta }) => [meta.id, doc]));
    for (const clash of formerIdClashes(list.map(({ meta }) => meta))) {
      const doc = byId.get(clash.id);
      if (doc) report(doc, 'formerIds', clash.message);
    }
  }
  checkUniqueTerms(parsed.GlossaryTerm, report);
  return problems;
}

/** `bodyLine` is 1-based within the body; the report turns it into a line of the file. */
type Report = (doc: RawDocument, field: string, message: string, bodyLine?: number) => void;

function rawIds(documents: RawDocument[], type: DocumentType): Set<string> {
  return new Set(documents.flatMap((doc) => (doc.type === type && typeof doc.fields.id === 'string' ? [doc.fields.id] : [])));
}

function parseAll(documents: RawDocument[], report: Report): Parsed {
  const parsed: Parsed = { Threat: [], Mitigation: [], FrameworkPage: [], Collection: [], CaseStudy: [], GlossaryTerm: [] };
  for (const doc of documents) {
    const result = DOCUMENT_SCHEMAS[doc.type].safeParse(doc.fields);
    if (!result.success) {
      for (const issue of result.error.issues) report(doc, issue.path.join('.') || '(frontmatter)', issue.message);
      continue;
    }
    // The schema table guarantees the pairing of type and parsed shape; TypeScript cannot see it.
    (parsed[doc.type] as Array<{ doc: RawDocument; meta: unknown }>).push({ doc, meta: result.data });
  }
  return parsed;
}

function checkIdentity(parsed: Parsed, report: Report) {
  for (const type of Object.keys(parsed) as DocumentType[]) {
    const seen = new Map<string, string>();
    for (const { doc, meta } of parsed[type] as Array<{ doc: RawDocument; meta: { id: string } }>) {
      const fileName = doc.sourceFile.split('/').pop()?.replace(/\.mdx$/, '');
      if (fileName !== meta.id) report(doc, 'id', `"${meta.id}" must equal the file name "${fileName}"`);
      const first = seen.get(meta.id);
      if (first) report(doc, 'id', `duplicate ${type} id "${meta.id}" (also in ${first})`);
      else seen.set(meta.id, doc.sourceFile);
    }
  }
}

function checkSections(doc: RawDocument, financial: boolean, report: Report) {
  const headings = [...doc.bodyRaw.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]);
  const required: string[] = [...THREAT_SECTIONS];
  if (financial) required.splice(required.indexOf('Impact') + 1, 0, 'Business and regulatory impact');
  let cursor = -1;
  for (const section of required) {
    const at = headings.indexOf(section);
    if (at === -1) report(doc, 'body', `missing section "## ${section}"`);
    else if (at < cursor) report(doc, 'body', `section "## ${section}" is out of order`);
    else cursor = at;
  }
}

// Compiled MDX runs on the server when a page renders: the body is parsed as MDX and anything
// that could execute (expressions, import/export, non-literal attributes) or any element outside
// the component registry is rejected at its line.
function checkMdxComponents(doc: RawDocument, threatIds: Set<string>, report: Report) {
  for (const finding of mdxBodyProblems(doc.bodyRaw, MDX_COMPONENT_NAMES)) report(doc, 'body', finding.message, finding.line ?? 1);
  const withoutCode = doc.bodyRaw.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const id of threatMentions(doc.bodyRaw)) {
    if (!threatIds.has(id)) report(doc, 'body', `<RelatedThreats> names unknown threat "${id}"`);
  }
  for (const match of withoutCode.matchAll(/<StrideBadges\s+letters="([^"]*)"/g)) {
    const bad = [...(match[1] ?? '')].filter((letter) => !STRIDE_LETTERS.some((s) => s === letter));
    if (bad.length) report(doc, 'body', `<StrideBadges> has letters that are not STRIDE: ${bad.join('')}`);
  }
}

// ATLAS IDs written in prose are linked with their official names at build, so each must exist.
function checkAtlasInProse(doc: RawDocument, atlas: AtlasIndex, report: Report) {
  const withoutCode = doc.bodyRaw.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const match of withoutCode.matchAll(ATLAS_ID_PATTERN)) {
    const id = match[0];
    if (!atlas.technique(id) && !atlas.mitigation(id) && !atlas.caseStudy(id) && !atlas.tactics.some((t) => t.id === id)) {
      report(doc, 'body', `mentions ${id}, which is not in ${atlas.source}`);
    }
  }
}

function checkFrameworks(pages: Parsed['FrameworkPage'], report: Report) {
  const expected: Record<(typeof FRAMEWORKS)[number], readonly string[]> = {
    stride: STRIDE_LETTERS,
    linddun: LINDDUN_CATEGORIES,
    pasta: ['1', '2', '3', '4', '5', '6', '7'],
  };
  for (const framework of FRAMEWORKS) {
    const own = pages.filter((p) => p.meta.framework === framework);
    if (own.length === 0) continue; // a framework not yet written is simply absent from the site
    const overviews = own.filter((p) => p.meta.kind === 'overview');
    if (overviews.length !== 1) {
      const anchor = own[0];
      if (anchor) report(anchor.doc, 'kind', `framework "${framework}" needs exactly one overview page, found ${overviews.length}`);
    }
    const codes = own.filter((p) => p.meta.kind !== 'overview').map((p) => p.meta.code);
    const missing = expected[framework].filter((code) => !codes.includes(code));
    const anchor = overviews[0] ?? own[0];
    if (missing.length && anchor) report(anchor.doc, 'code', `framework "${framework}" is missing pages for: ${missing.join(', ')}`);
    const orders = new Map<number, string>();
    for (const { doc, meta } of own) {
      const other = orders.get(meta.order);
      if (other) report(doc, 'order', `order ${meta.order} is also used by ${other}`);
      else orders.set(meta.order, doc.sourceFile);
    }
  }
}

function checkUniqueCodes(threats: Parsed['Threat'], report: Report) {
  const seen = new Map<string, string>();
  for (const { doc, meta } of threats) {
    const other = seen.get(meta.code);
    if (other) report(doc, 'code', `code "${meta.code}" is also used by ${other}`);
    else seen.set(meta.code, doc.sourceFile);
  }
}

function checkUniqueTerms(terms: Parsed['GlossaryTerm'], report: Report) {
  const seen = new Map<string, string>();
  for (const { doc, meta } of terms) {
    for (const name of [meta.term, ...meta.aliases]) {
      const key = name.toLowerCase();
      const other = seen.get(key);
      if (other && other !== doc.sourceFile) report(doc, 'term', `"${name}" is also defined by ${other}`);
      else seen.set(key, doc.sourceFile);
    }
  }
}
