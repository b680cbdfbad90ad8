// Parses normalized documents with the domain schemas and assembles the library. Shared by the
// app (documents imported from contentlayer) and scripts (documents read from disk).
import 'server-only';
import { buildLibrary, type Library } from '../library/build-library';
import { DOCUMENT_SCHEMAS, type DocumentType } from '../library/schema';
import { threatMentions } from '../library/threat-mentions';
import type { NormalizedDocument } from './normalize-generated';

function parseAll<T extends DocumentType>(type: T, docs: NormalizedDocument[]) {
  return docs
    .filter((doc) => doc.type === type)
    .map((doc) => {
      const result = DOCUMENT_SCHEMAS[type].safeParse(doc.fields);
      if (!result.success) throw new Error(`${doc.sourceFile}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { ...(result.data as ReturnType<(typeof DOCUMENT_SCHEMAS)[T]['parse']>), ...doc.extras, mentions: threatMentions(doc.bodyRaw) };
    });
}

export function libraryFromDocuments(docs: NormalizedDocument[]): Library {
  return buildLibrary({
    threats: parseAll('Threat', docs),
    mitigations: parseAll('Mitigation', docs),
    frameworkPages: parseAll('FrameworkPage', docs),
    collections: parseAll('Collection', docs),
    caseStudies: parseAll('CaseStudy', docs),
    glossary: parseAll('GlossaryTerm', docs),
  });
}
