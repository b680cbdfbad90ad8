// The closed vocabularies shared by the frontmatter schema, the facets, the matrix and the search
// index. One list each, so a new value is added in exactly one place.

export const STRIDE_LETTERS = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export type StrideLetter = (typeof STRIDE_LETTERS)[number];

export const STRIDE_NAMES: Record<StrideLetter, string> = {
  S: 'Spoofing',
  T: 'Tampering',
  R: 'Repudiation',
  I: 'Information disclosure',
  D: 'Denial of service',
  E: 'Elevation of privilege',
};

export const LINDDUN_CATEGORIES = [
  'linking',
  'identifying',
  'non-repudiation',
  'detecting',
  'data-disclosure',
  'unawareness',
  'non-compliance',
] as const;
export type LinddunCategory = (typeof LINDDUN_CATEGORIES)[number];

export const LINDDUN_NAMES: Record<LinddunCategory, string> = {
  linking: 'Linking',
  identifying: 'Identifying',
  'non-repudiation': 'Non-repudiation',
  detecting: 'Detecting',
  'data-disclosure': 'Data disclosure',
  unawareness: 'Unawareness & unintervenability',
  'non-compliance': 'Non-compliance',
};

/** Stages of the ML lifecycle, in pipeline order (the matrix rows follow this order). */
export const LIFECYCLE_STAGES = [
  'data-collection',
  'data-preparation',
  'feature-store',
  'training',
  'evaluation',
  'registry',
  'deployment',
  'serving',
  'monitoring',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_NAMES: Record<LifecycleStage, string> = {
  'data-collection': 'Data collection',
  'data-preparation': 'Data preparation',
  'feature-store': 'Feature store',
  training: 'Training',
  evaluation: 'Evaluation',
  registry: 'Model registry',
  deployment: 'Deployment',
  serving: 'Serving',
  monitoring: 'Monitoring',
};

/** Data-flow-diagram element kinds, the unit of STRIDE-per-element. */
export const DFD_ELEMENTS = ['external-entity', 'process', 'data-store', 'data-flow'] as const;
export type DfdElement = (typeof DFD_ELEMENTS)[number];

export const DFD_ELEMENT_NAMES: Record<DfdElement, string> = {
  'external-entity': 'External entity',
  process: 'Process',
  'data-store': 'Data store',
  'data-flow': 'Data flow',
};

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONTROL_KINDS = ['prevent', 'detect', 'respond'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export const FRAMEWORKS = ['stride', 'linddun', 'pasta'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_PAGE_KINDS = ['overview', 'category', 'stage'] as const;

export const CASE_STUDY_KINDS = ['incident', 'research'] as const;

/** Body sections every threat must have, in order (checked at build). */
export const THREAT_SECTIONS = [
  'How the attack works',
  'Attack scenario',
  'Impact',
  'Detection signals',
  'Mitigations',
  'Discussion questions',
] as const;
