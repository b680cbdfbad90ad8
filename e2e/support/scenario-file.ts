// Reads a scenario's source, so that tests can name its injects and check that its secrets (notes,
// consequences, unrevealed injects) never reach a participant.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { scenarioSchema, type Scenario } from '../../lib/exercise/scenario-schema';

export function readScenario(id: string): Scenario {
  const source = readFileSync(`content/scenarios/${id}.mdx`, 'utf8');
  const frontmatter = source.split(/^---$/m)[1] ?? '';
  return scenarioSchema.parse(yaml.load(frontmatter));
}

export function injectOf(scenario: Scenario, id: string) {
  const inject = scenario.injects.find((i) => i.id === id);
  if (!inject) throw new Error(`no inject ${id}`);
  return inject;
}

/**
 * A distinctive run of each secret text, of characters that HTML and JSON leave as they are (so
 * a leak cannot hide behind an escaped apostrophe), for searching raw responses.
 */
export function secretSnippets(texts: string[]): string[] {
  return texts.map((text) => {
    const runs = text.replace(/\s+/g, ' ').match(/[A-Za-z0-9 ,.()-]{25,}/g) ?? [];
    const longest = runs.sort((a, b) => b.length - a.length)[0];
    if (!longest) throw new Error(`no plain run of 25 characters in: ${text.slice(0, 80)}`);
    return longest.trim().slice(0, 40);
  });
}
