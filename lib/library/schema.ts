// Frontmatter schemas for every kind of library document. They are the contract: the content
// check parses every generated document with them, so a bad field fails the build by name.
import { z } from 'zod';
import {
  CASE_STUDY_KINDS,
  CONTROL_KINDS,
  DFD_ELEMENTS,
  FRAMEWORK_PAGE_KINDS,
  FRAMEWORKS,
  LIFECYCLE_STAGES,
  LINDDUN_CATEGORIES,
  SEVERITIES,
  STRIDE_LETTERS,
} from './vocabulary';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, -)');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const atlasTechniqueId = z.string().regex(/^AML\.T\d{4}(?:\.\d{3})?$/, 'must look like AML.T0020 or AML.T0020.000');
const atlasMitigationId = z.string().regex(/^AML\.M\d{4}$/, 'must look like AML.M0014');
const atlasCaseStudyId = z.string().regex(/^AML\.CS\d{4}$/, 'must look like AML.CS0000');
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const referenceSchema = z.strictObject({
  title: text(300),
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
});

const references = z.array(referenceSchema).min(1, 'every entry cites at least one source');
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, 'must not repeat a value');

export const threatSchema = z.strictObject({
  id: slug,
  code: z.string().regex(/^[A-Z]{2,4}\d{2}(?::\d{4})?$|^[A-Z]{2,4}-\d{2}$/, 'must look like ML01:2023, LLM01:2025 or FIN-01'),
  title: text(120),
  summary: text(240),
  collections: uniqueList(slug).min(1, 'must name at least one collection'),
  stride: uniqueList(z.enum(STRIDE_LETTERS)).min(1, 'must name at least one STRIDE letter'),
  linddun: uniqueList(z.enum(LINDDUN_CATEGORIES)).default([]),
  lifecycle: uniqueList(z.enum(LIFECYCLE_STAGES)).min(1, 'must name at least one lifecycle stage'),
  components: uniqueList(z.enum(DFD_ELEMENTS)).min(1, 'must name at least one DFD element kind'),
  atlas: uniqueList(atlasTechniqueId).default([]),
  severity: z.enum(SEVERITIES),
  mitigations: uniqueList(slug).min(1, 'must name at least one mitigation'),
  related: uniqueList(slug).default([]),
  tags: uniqueList(text(40)).default([]),
  /** Older or common names the entry is also known by: searched like the title, shown on the page. */
  aliases: uniqueList(text(80)).default([]),
  /** Ids this entry had before a rename; each keeps redirecting to the current page. */
  formerIds: uniqueList(slug).default([]),
  references,
});
export type ThreatMeta = z.infer<typeof threatSchema>;

export const toolSchema = z.strictObject({ name: text(120), url: z.url({ protocol: /^https$/ }).optional() });

export const mitigationSchema = z.strictObject({
  id: slug,
  title: text(120),
  summary: text(240),
  kind: z.enum(CONTROL_KINDS),
  lifecycle: uniqueList(z.enum(LIFECYCLE_STAGES)).min(1, 'must name at least one lifecycle stage'),
  tools: z.array(toolSchema).default([]),
  atlas: uniqueList(atlasMitigationId).default([]),
  aliases: uniqueList(text(80)).default([]),
  formerIds: uniqueList(slug).default([]),
  references,
});
export type MitigationMeta = z.infer<typeof mitigationSchema>;

export const frameworkPageSchema = z
  .strictObject({
    id: slug,
    framework: z.enum(FRAMEWORKS),
    kind: z.enum(FRAMEWORK_PAGE_KINDS),
    order: z.number().int().min(0),
    code: text(20),
    title: text(120),
    summary: text(240),
    aliases: uniqueList(text(80)).default([]),
    property: text(40).optional(),
    appliesTo: uniqueList(z.enum(DFD_ELEMENTS)).optional(),
    objective: text(600).optional(),
    inputs: z.array(text(300)).optional(),
    activities: z.array(text(400)).optional(),
    outputs: z.array(text(300)).optional(),
    references,
  })
  .superRefine((page, ctx) => {
    const need = (field: keyof typeof page, why: string) => {
      if (page[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `is required ${why}` });
    };
    if (page.framework === 'stride' && page.kind === 'category') {
      need('property', 'on a STRIDE category');
      need('appliesTo', 'on a STRIDE category (STRIDE-per-element)');
      if (!STRIDE_LETTERS.some((letter) => letter === page.code)) {
        ctx.addIssue({ code: 'custom', path: ['code'], message: 'must be a STRIDE letter on a STRIDE category' });
      }
    }
    if (page.framework === 'linddun' && page.kind === 'category' && !LINDDUN_CATEGORIES.some((c) => c === page.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'must be a LINDDUN category id on a LINDDUN category' });
    }
    if (page.framework === 'pasta' && page.kind === 'stage') {
      for (const field of ['objective', 'inputs', 'activities', 'outputs'] as const) need(field, 'on a PASTA stage');
    }
  });
export type FrameworkPageMeta = z.infer<typeof frameworkPageSchema>;

export const collectionSchema = z.strictObject({
  id: slug,
  title: text(120),
  summary: text(300),
  order: z.number().int().min(0),
  version: text(40).optional(),
  references,
});
export type CollectionMeta = z.infer<typeof collectionSchema>;

export const caseStudySchema = z.strictObject({
  id: slug,
  title: text(160),
  summary: text(300),
  date: isoDate,
  kind: z.enum(CASE_STUDY_KINDS),
  threats: uniqueList(slug).min(1, 'must link at least one threat'),
  atlas: uniqueList(atlasTechniqueId).default([]),
  atlasCaseStudy: atlasCaseStudyId.optional(),
  references,
});
export type CaseStudyMeta = z.infer<typeof caseStudySchema>;

export const glossaryTermSchema = z.strictObject({
  id: slug,
  term: text(80),
  summary: text(300),
  aliases: uniqueList(text(80)).default([]),
  related: uniqueList(slug).default([]),
  references,
});
export type GlossaryTermMeta = z.infer<typeof glossaryTermSchema>;

export const DOCUMENT_SCHEMAS = {
  Threat: threatSchema,
  Mitigation: mitigationSchema,
  FrameworkPage: frameworkPageSchema,
  Collection: collectionSchema,
  CaseStudy: caseStudySchema,
  GlossaryTerm: glossaryTermSchema,
} as const;
export type DocumentType = keyof typeof DOCUMENT_SCHEMAS;
