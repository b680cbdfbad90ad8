// The ATLAS table carried in content/atlas/atlas.json (IDs, names, tactics, URLs; no descriptions).
import { z } from 'zod';

/** Any ATLAS ID as written in prose: tactic, technique or sub-technique, mitigation, case study. */
export const ATLAS_ID_PATTERN = /\bAML\.(?:TA|T|M|CS)\d{4}(?:\.\d{3})?\b/g;

const entry = { id: z.string(), name: z.string(), url: z.url() };
export const atlasTableSchema = z.object({
  source: z.string(),
  license: z.string(),
  tactics: z.array(z.object(entry)),
  techniques: z.array(z.object({ ...entry, tactics: z.array(z.string()), parent: z.string().nullable() })),
  mitigations: z.array(z.object(entry)),
  caseStudies: z.array(z.object({ ...entry, date: z.string() })),
});
export type AtlasTable = z.infer<typeof atlasTableSchema>;
export type AtlasTechnique = AtlasTable['techniques'][number];

export interface AtlasIndex {
  /** "MITRE ATLAS 5.6.0" */
  source: string;
  /** The ATLAS release the table was derived from ("5.6.0"): what every ID and name was checked against. */
  release: string;
  license: string;
  tactics: AtlasTable['tactics'];
  tactic(id: string): AtlasTable['tactics'][number] | undefined;
  technique(id: string): AtlasTechnique | undefined;
  mitigation(id: string): AtlasTable['mitigations'][number] | undefined;
  caseStudy(id: string): AtlasTable['caseStudies'][number] | undefined;
  techniques: AtlasTechnique[];
}

export function indexAtlas(table: AtlasTable): AtlasIndex {
  const techniques = new Map(table.techniques.map((t) => [t.id, t]));
  const mitigations = new Map(table.mitigations.map((m) => [m.id, m]));
  const caseStudies = new Map(table.caseStudies.map((c) => [c.id, c]));
  const tactics = new Map(table.tactics.map((t) => [t.id, t]));
  return {
    source: table.source,
    // scripts/derive-atlas-table.mjs writes the source as "MITRE ATLAS <version>".
    release: table.source.replace(/^MITRE ATLAS\s*/, ''),
    license: table.license,
    tactics: table.tactics,
    tactic: (id) => tactics.get(id),
    techniques: table.techniques,
    technique: (id) => techniques.get(id),
    mitigation: (id) => mitigations.get(id),
    caseStudy: (id) => caseStudies.get(id),
  };
}
