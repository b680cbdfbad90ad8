import type { SearchKind } from '@/lib/search/search-document';

export const KIND_LABEL: Record<SearchKind, string> = {
  threat: 'Threat',
  mitigation: 'Mitigation',
  framework: 'Framework',
  collection: 'Collection',
  'case-study': 'Case study',
  glossary: 'Glossary',
};
