// A report's owner is free text typed during the exercise ("Priya", "priya@bank.example"). When it
// names exactly one member of the team, by name or email (case and surrounding blanks aside), the
// item is assigned to that member; otherwise the text is kept as the name of someone outside it.

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
}

export type ResolvedOwner = { ownerUserId: string; ownerName: null } | { ownerUserId: null; ownerName: string | null };

export function resolveOwner(owner: string | null, members: readonly TeamMember[]): ResolvedOwner {
  const wanted = owner?.trim() ?? '';
  if (wanted === '') return { ownerUserId: null, ownerName: null };
  const key = wanted.toLowerCase();
  const matches = members.filter((m) => m.name.trim().toLowerCase() === key || m.email.trim().toLowerCase() === key);
  // Two members called "Sam": guessing would assign work to the wrong person.
  if (matches.length === 1 && matches[0]) return { ownerUserId: matches[0].userId, ownerName: null };
  return { ownerUserId: null, ownerName: wanted };
}
