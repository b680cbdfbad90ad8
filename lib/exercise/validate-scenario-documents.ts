// Every scenario file as the content step produced it: schema (zod), file name, a public
// background written in plain Markdown, ids unique across files, then the graph and reference
// rules of validateScenario. Problems name the file and the field.
import { scenarioSchema } from './scenario-schema';
import { checkAtlasIds, validateScenario, type LibraryIds, type ScenarioProblem } from './validate-scenario';

/** A scenario document: its frontmatter fields, source path and MDX body (the background). */
export interface ScenarioDocument {
  sourceFile: string;
  fields: Record<string, unknown>;
  bodyRaw: string;
}

/** `['injects', 3, 'decision', 'options', 1, 'next']` → `injects[3].decision.options[1].next` */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function validateScenarioDocuments(documents: readonly ScenarioDocument[], library: LibraryIds): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const seen = new Map<string, string>();
  for (const doc of documents) {
    const report = (field: string, message: string) => problems.push({ file: doc.sourceFile, field, message });
    const result = scenarioSchema.safeParse(doc.fields);
    checkBackground(doc.bodyRaw, report);
    checkAtlasIds(doc.bodyRaw, 'body', library.atlas, report);
    if (!result.success) {
      for (const issue of result.error.issues) report(fieldPath(issue.path) || '(frontmatter)', issue.message);
      continue;
    }
    const scenario = result.data;
    const fileName = doc.sourceFile.split('/').pop()?.replace(/\.mdx$/, '');
    if (fileName !== scenario.id) report('id', `"${scenario.id}" must equal the file name "${fileName}"`);
    const other = seen.get(scenario.id);
    if (other) report('id', `duplicate scenario id "${scenario.id}" (also in ${other})`);
    else seen.set(scenario.id, doc.sourceFile);
    problems.push(...validateScenario(scenario, doc.sourceFile, library));
  }
  return problems;
}

// The background is public and rendered as MDX on the server: plain Markdown only, so it can run
// no expression (one reading the server environment would print it on a public page) and carry no HTML.
function checkBackground(body: string, report: (field: string, message: string) => void) {
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
  if (prose.trim() === '') report('body', 'the background briefing (the MDX body) must not be empty');
  if (/[{}]/.test(prose)) report('body', 'must be plain Markdown: braces start an MDX expression (put literal braces in `code`)');
  const tag = /<\/?[A-Za-z!]/.exec(prose);
  if (tag) report('body', `must be plain Markdown: "${tag[0]}" starts raw HTML or JSX`);
  if (/^(?:import|export)\s/m.test(prose)) report('body', 'must be plain Markdown: import/export lines are MDX modules');
}
