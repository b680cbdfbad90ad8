// Contentlayer turns content/**/*.mdx into typed JSON documents with compiled MDX. It runs as its
// own build step (`contentlayer2 build`) because its Next.js plugin does not work under Turbopack.
// Field types here are loose on purpose: lib/library/schema.ts (zod) is the strict contract and
// scripts/check-content.ts enforces it, with cross-references, over the generated documents.
import { defineDocumentType, defineNestedType, makeSource, type FieldDefs, type ComputedFields } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import atlasTable from './content/atlas/atlas.json';
import { MDX_COMPONENT_NAMES } from './lib/library/mdx-component-names';
import { remarkAtlasLinks, type AtlasEntry } from './lib/library/remark-atlas-links';
import { remarkInertMdx } from './lib/library/remark-inert-mdx';
import { mdxToPlainText, readingMinutes } from './lib/library/plain-text';

const atlasEntries = new Map<string, AtlasEntry>(
  [...atlasTable.tactics, ...atlasTable.techniques, ...atlasTable.mitigations, ...atlasTable.caseStudies].map((e) => [e.id, { name: e.name, url: e.url }]),
);

const Reference = defineNestedType(() => ({
  name: 'Reference',
  fields: { title: { type: 'string', required: true }, url: { type: 'string', required: true } },
}));

const Tool = defineNestedType(() => ({
  name: 'Tool',
  fields: { name: { type: 'string', required: true }, url: { type: 'string' } },
}));

const stringList = { type: 'list', of: { type: 'string' } } as const;
const references = { type: 'list', of: Reference, required: true } as const;

function computed(urlPrefix: string): ComputedFields {
  return {
    url: { type: 'string', resolve: (doc) => `${urlPrefix}/${String(doc.id)}` },
    plainText: { type: 'string', resolve: (doc) => mdxToPlainText(doc.body.raw) },
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(mdxToPlainText(doc.body.raw)) },
    sourceFile: { type: 'string', resolve: (doc) => `content/${doc._raw.sourceFilePath}` },
  };
}

const base = {
  id: { type: 'string', required: true },
  title: { type: 'string', required: true },
  summary: { type: 'string', required: true },
  references,
} satisfies FieldDefs;

export const Threat = defineDocumentType(() => ({
  name: 'Threat',
  filePathPattern: 'threats/**/*.mdx',
  contentType: 'mdx',
  fields: {
    ...base,
    code: { type: 'string', required: true },
    collections: stringList,
    stride: stringList,
    linddun: stringList,
    lifecycle: stringList,
    components: stringList,
    atlas: stringList,
    severity: { type: 'string', required: true },
    mitigations: stringList,
    related: stringList,
    tags: stringList,
    aliases: stringList,
    formerIds: stringList,
  },
  computedFields: computed('/threats'),
}));

export const Mitigation = defineDocumentType(() => ({
  name: 'Mitigation',
  filePathPattern: 'mitigations/*.mdx',
  contentType: 'mdx',
  fields: {
    ...base,
    kind: { type: 'string', required: true },
    lifecycle: stringList,
    tools: { type: 'list', of: Tool },
    atlas: stringList,
    aliases: stringList,
    formerIds: stringList,
  },
  computedFields: computed('/mitigations'),
}));

export const FrameworkPage = defineDocumentType(() => ({
  name: 'FrameworkPage',
  filePathPattern: 'frameworks/**/*.mdx',
  contentType: 'mdx',
  fields: {
    ...base,
    framework: { type: 'string', required: true },
    kind: { type: 'string', required: true },
    order: { type: 'number', required: true },
    code: { type: 'string', required: true },
    aliases: stringList,
    property: { type: 'string' },
    appliesTo: stringList,
    objective: { type: 'string' },
    inputs: stringList,
    activities: stringList,
    outputs: stringList,
  },
  computedFields: {
    ...computed('/frameworks'),
    url: {
      type: 'string',
      resolve: (doc) =>
        doc.kind === 'overview' ? `/frameworks/${String(doc.framework)}` : `/frameworks/${String(doc.framework)}/${String(doc.id)}`,
    },
  },
}));

export const Collection = defineDocumentType(() => ({
  name: 'Collection',
  filePathPattern: 'collections/*.mdx',
  contentType: 'mdx',
  fields: { ...base, order: { type: 'number', required: true }, version: { type: 'string' } },
  computedFields: computed('/collections'),
}));

export const CaseStudy = defineDocumentType(() => ({
  name: 'CaseStudy',
  filePathPattern: 'case-studies/*.mdx',
  contentType: 'mdx',
  fields: {
    ...base,
    date: { type: 'string', required: true },
    kind: { type: 'string', required: true },
    threats: stringList,
    atlas: stringList,
    atlasCaseStudy: { type: 'string' },
  },
  computedFields: computed('/case-studies'),
}));

export const GlossaryTerm = defineDocumentType(() => ({
  name: 'GlossaryTerm',
  filePathPattern: 'glossary/*.mdx',
  contentType: 'mdx',
  fields: {
    id: { type: 'string', required: true },
    term: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    aliases: stringList,
    related: stringList,
    references,
  },
  computedFields: {
    ...computed('/glossary'),
    url: { type: 'string', resolve: (doc) => `/glossary#${String(doc.id)}` },
  },
}));

// A tabletop scenario: all structure sits in the frontmatter (lib/exercise/scenario-schema.ts is
// the strict contract, checked by scripts/check-content.ts); the MDX body is the public background.
// Nested structures are `json` so the zod schema is their only definition.
export const Scenario = defineDocumentType(() => ({
  name: 'Scenario',
  filePathPattern: 'scenarios/*.mdx',
  contentType: 'mdx',
  fields: {
    ...base,
    difficulty: { type: 'string', required: true },
    durationMinutes: { type: 'number', required: true },
    collections: stringList,
    roles: { type: 'json', required: true },
    objectives: { type: 'json', required: true },
    threats: stringList,
    start: { type: 'string', required: true },
    injects: { type: 'json', required: true },
  },
  computedFields: {
    url: { type: 'string', resolve: (doc) => `/scenarios/${String(doc.id)}` },
    sourceFile: { type: 'string', resolve: (doc) => `content/${doc._raw.sourceFilePath}` },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  contentDirExclude: ['AUTHORING.md', '.ids.md', 'atlas'],
  documentTypes: [Threat, Mitigation, FrameworkPage, Collection, CaseStudy, GlossaryTerm, Scenario],
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
  // GitHub-flavoured Markdown: tables are common in threat write-ups. Nothing that could run code
  // reaches the compiled output (the content check rejects it by file and line). ATLAS IDs in
  // prose link to MITRE with their official names.
  mdx: {
    remarkPlugins: [
      remarkGfm,
      [remarkInertMdx, { components: MDX_COMPONENT_NAMES }],
      [remarkAtlasLinks, { lookup: (id: string) => atlasEntries.get(id) }],
    ],
  },
});
