// Names of the components content authors may use in MDX. The registry in components/mdx
// implements exactly these; the content check rejects any other tag.
export const MDX_COMPONENT_NAMES: readonly string[] = [
  'Callout',
  'AttackFlow',
  'Step',
  'RelatedThreats',
  'StrideBadges',
  'StridePerElementTable',
];
