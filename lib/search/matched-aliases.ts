// The aliases a query matched, so a result found through an older name ("linkability") can say
// why it is there: "Linking — also known as Linkability".
import { highlight } from './highlight';

export function matchedAliases(aliases: readonly string[], terms: string[]): string[] {
  return aliases.filter((alias) => highlight(alias, terms).some((segment) => segment.match));
}
