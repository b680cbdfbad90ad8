// The library as a STIX 2.1 bundle: threats as attack-patterns, mitigations as courses-of-action,
// `mitigates` relationships between them and `related-to` between related threats, with external
// references to MITRE ATLAS and to each entry's sources. Ids are stable across exports.
import type { AtlasIndex } from '../library/atlas';
import { atlasMitigationReference, atlasTechniqueReference, type AtlasEntryReference } from '../library/atlas-references';
import type { Library } from '../library/build-library';
import { uuidV5 } from './deterministic-uuid';

interface ExternalReference {
  source_name: string;
  external_id?: string;
  url?: string;
  description?: string;
}

export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [key: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const stixId = (type: string, key: string) => `${type}--${uuidV5(`${type}:${key}`)}`;

export function buildStixBundle(library: Library, atlas: AtlasIndex, siteUrl: string, timestamp: string): StixBundle {
  const identity = stixId('identity', 'sandtable');
  const common = (type: string, key: string) => ({
    type,
    spec_version: '2.1' as const,
    id: stixId(type, key),
    created: timestamp,
    modified: timestamp,
    created_by_ref: identity,
  });
  // The official ATLAS name goes in `description`. External references cannot carry custom
  // properties in STIX 2.1, so the ATLAS release is a custom property of the object instead.
  const atlasReference = (ref: AtlasEntryReference): ExternalReference => ({
    source_name: 'mitre-atlas',
    external_id: ref.id,
    url: ref.url,
    description: ref.name,
  });
  const sources = (refs: ReadonlyArray<{ title: string; url: string }>): ExternalReference[] =>
    refs.map((r) => ({ source_name: sourceName(r.url), description: r.title, url: r.url }));

  const threats = library.threats.map((t) => ({
    ...common('attack-pattern', t.id),
    name: `${t.code} ${t.title}`,
    description: t.summary,
    external_references: [
      { source_name: 'sandtable', external_id: t.code, url: `${siteUrl}${t.url}` },
      ...t.atlas.map((id) => atlasReference(atlasTechniqueReference(atlas, id))),
      ...sources(t.references),
    ],
    labels: [...t.collections, `severity:${t.severity}`, ...t.stride.map((s) => `stride:${s}`)],
    x_sandtable_lifecycle: t.lifecycle,
    ...(t.atlas.length ? { x_sandtable_atlas_release: atlas.release } : {}),
  }));
  const mitigations = library.mitigations.map((m) => ({
    ...common('course-of-action', m.id),
    name: m.title,
    description: m.summary,
    external_references: [
      { source_name: 'sandtable', external_id: m.id, url: `${siteUrl}${m.url}` },
      ...m.atlas.map((id) => atlasReference(atlasMitigationReference(atlas, id))),
      ...sources(m.references),
    ],
    labels: [m.kind],
    ...(m.atlas.length ? { x_sandtable_atlas_release: atlas.release } : {}),
  }));
  const mitigates = library.threats.flatMap((t) =>
    t.mitigations.map((mid) => ({
      ...common('relationship', `mitigates:${mid}:${t.id}`),
      relationship_type: 'mitigates',
      source_ref: stixId('course-of-action', mid),
      target_ref: stixId('attack-pattern', t.id),
    })),
  );
  // A related pair is one relationship, whichever side names the other.
  const pairs = new Set(library.threats.flatMap((t) => t.related.map((r) => [t.id, r].sort().join('|'))));
  const related = [...pairs].map((pair) => {
    const [a = '', b = ''] = pair.split('|');
    return {
      ...common('relationship', `related-to:${pair}`),
      relationship_type: 'related-to',
      source_ref: stixId('attack-pattern', a),
      target_ref: stixId('attack-pattern', b),
    };
  });
  const identityObject = {
    type: 'identity',
    spec_version: '2.1' as const,
    id: identity,
    created: timestamp,
    modified: timestamp,
    name: 'Sandtable',
    identity_class: 'organization',
  };
  return {
    type: 'bundle',
    id: `bundle--${uuidV5(`bundle:${timestamp}`)}`,
    objects: [identityObject, ...threats, ...mitigations, ...mitigates, ...related],
  };
}

function sourceName(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  if (host.endsWith('owasp.org')) return 'owasp';
  if (host === 'atlas.mitre.org') return 'mitre-atlas';
  return host;
}
