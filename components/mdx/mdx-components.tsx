// The one registry of components MDX content may use (names mirrored in
// lib/library/mdx-component-names.ts, which the content check enforces).
import type { ComponentProps } from 'react';
import { Callout } from './callout';
import { AttackFlow, Step } from './attack-flow';
import { RelatedThreats } from './related-threats';
import { StrideBadges } from '@/components/library/stride-badges';
import { StridePerElementTable } from './stride-per-element-table';

function Anchor(props: ComponentProps<'a'>) {
  const external = props.href?.startsWith('http');
  return <a {...props} {...(external ? { rel: 'noopener noreferrer' } : {})} />;
}

// A code block wider than the column scrolls; keyboard users must be able to scroll it too.
function Pre(props: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

function StrideBadgesFromLetters({ letters }: { letters: string }) {
  return <StrideBadges letters={[...letters]} />;
}

export const mdxComponents = {
  a: Anchor,
  pre: Pre,
  Callout,
  AttackFlow,
  Step,
  RelatedThreats,
  StrideBadges: StrideBadgesFromLetters,
  StridePerElementTable,
};
