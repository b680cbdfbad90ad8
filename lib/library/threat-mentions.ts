// Threat ids an MDX body names through <RelatedThreats ids={[…]} />: the content check verifies
// them and the library turns them into back-links on the threats' pages.
export function threatMentions(bodyRaw: string): string[] {
  const withoutCode = bodyRaw.replace(/```[\s\S]*?```/g, '');
  const ids = [...withoutCode.matchAll(/<RelatedThreats\s+ids=\{\[([^\]]*)\]\}/g)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/["']([^"']+)["']/g)].map((id) => id[1] ?? ''),
  );
  return [...new Set(ids.filter(Boolean))];
}
