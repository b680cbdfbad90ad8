// The content check's scenario step: every generated scenario against its schema, its graph rules
// and the library ids it references (threats, mitigations, collections).
import 'server-only';
import type { ScenarioProblem } from '../exercise/validate-scenario';
import { validateScenarioDocuments } from '../exercise/validate-scenario-documents';
import type { AtlasIndex } from '../library/atlas';
import type { RawDocument } from '../library/validate-library';
import { readGeneratedScenarios } from './scenario-documents';

function idsOf(documents: readonly RawDocument[], type: RawDocument['type']): Set<string> {
  return new Set(documents.flatMap((doc) => (doc.type === type && typeof doc.fields.id === 'string' ? [doc.fields.id] : [])));
}

export function checkScenarios(
  libraryDocuments: readonly RawDocument[],
  atlas: AtlasIndex,
  generatedDir?: string,
): { problems: ScenarioProblem[]; count: number } {
  const scenarios = readGeneratedScenarios(generatedDir);
  const library = {
    threats: idsOf(libraryDocuments, 'Threat'),
    mitigations: idsOf(libraryDocuments, 'Mitigation'),
    collections: idsOf(libraryDocuments, 'Collection'),
    atlas: { has: (id: string) => Boolean(atlas.technique(id) ?? atlas.mitigation(id) ?? atlas.caseStudy(id) ?? atlas.tactics.find((t) => t.id === id)) },
  };
  return { problems: validateScenarioDocuments(scenarios, library), count: scenarios.length };
}
