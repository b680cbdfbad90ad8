// Derives content/atlas/atlas.json (IDs, names, tactic membership, URLs) from MITRE ATLAS.
// Run by hand when ATLAS is updated: node scripts/derive-atlas-table.mjs ../shared/data/mitre-atlas/ATLAS.yaml
// Only facts are carried over; ATLAS descriptions are deliberately left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';

const source = process.argv[2] ?? '../shared/data/mitre-atlas/ATLAS.yaml';
const atlas = load(readFileSync(source, 'utf8'));
const matrix = atlas.matrices[0];
const site = 'https://atlas.mitre.org';

const tactics = matrix.tactics.map((t) => ({ id: t.id, name: t.name, url: `${site}/tactics/${t.id}` }));
const parentTactics = new Map(matrix.techniques.filter((t) => t.tactics).map((t) => [t.id, t.tactics]));
const techniques = matrix.techniques.map((t) => ({
  id: t.id,
  name: t.name,
  // Sub-techniques carry no tactics of their own in ATLAS: they inherit their parent's.
  tactics: t.tactics ?? parentTactics.get(t['subtechnique-of']) ?? [],
  parent: t['subtechnique-of'] ?? null,
  url: `${site}/techniques/${t.id}`,
}));
const mitigations = matrix.mitigations.map((m) => ({ id: m.id, name: m.name, url: `${site}/mitigations/${m.id}` }));
const caseStudies = (atlas['case-studies'] ?? []).map((c) => ({
  id: c.id,
  name: c.name,
  date: String(c['incident-date'] instanceof Date ? c['incident-date'].toISOString().slice(0, 10) : c['incident-date']),
  url: `${site}/studies/${c.id}`,
}));

const table = {
  source: `MITRE ATLAS ${atlas.version}`,
  license: 'Apache-2.0; © The MITRE Corporation. IDs, names and tactic membership only.',
  tactics,
  techniques,
  mitigations,
  caseStudies,
};
writeFileSync('content/atlas/atlas.json', `${JSON.stringify(table, null, 1)}\n`);
console.log(`atlas.json: ${tactics.length} tactics, ${techniques.length} techniques, ${mitigations.length} mitigations, ${caseStudies.length} case studies`);
