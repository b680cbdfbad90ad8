import { describe, expect, it } from 'vitest';
import { TEST_LIBRARY, testScenario } from './test-scenario-graph';
import { fieldPath, validateScenarioDocuments, type ScenarioDocument } from './validate-scenario-documents';

const FILE = 'content/scenarios/test-scenario.mdx';
const BACKGROUND = '## The organisation\n\nA card issuer in Dublin with a real-time fraud model.\n';

function doc(fields: Record<string, unknown> = { ...testScenario() }, bodyRaw = BACKGROUND, sourceFile = FILE): ScenarioDocument {
  return { sourceFile, fields, bodyRaw };
}

describe('fieldPath', () => {
  it('writes list indexes in brackets', () => {
    expect(fieldPath(['injects', 3, 'decision', 'options', 1, 'next'])).toBe('injects[3].decision.options[1].next');
    expect(fieldPath([])).toBe('');
  });
});

describe('validateScenarioDocuments', () => {
  it('accepts a valid scenario file', () => {
    expect(validateScenarioDocuments([doc()], TEST_LIBRARY)).toEqual([]);
  });

  it('reports schema problems with the field path of the frontmatter', () => {
    const scenario = testScenario();
    scenario.injects[1]!.decision!.options[0]!.next = 'Not A Slug';
    expect(validateScenarioDocuments([doc({ ...scenario })], TEST_LIBRARY)).toEqual([
      { file: FILE, field: 'injects[1].decision.options[0].next', message: 'must be a kebab-case slug (a-z, 0-9, -)' },
    ]);
  });

  it('runs the graph rules after the schema', () => {
    expect(validateScenarioDocuments([doc({ ...testScenario(), start: 'nowhere' })], TEST_LIBRARY)).toEqual([
      { file: FILE, field: 'start', message: 'names no inject: "nowhere"' },
    ]);
  });

  it('requires the id to equal the file name', () => {
    const problems = validateScenarioDocuments([doc(undefined, BACKGROUND, 'content/scenarios/other-name.mdx')], TEST_LIBRARY);
    expect(problems).toEqual([{ file: 'content/scenarios/other-name.mdx', field: 'id', message: '"test-scenario" must equal the file name "other-name"' }]);
  });

  it('rejects the same scenario id in two files', () => {
    const problems = validateScenarioDocuments([doc(), doc(undefined, BACKGROUND, 'content/scenarios/nested/test-scenario.mdx')], TEST_LIBRARY);
    expect(problems).toEqual([
      { file: 'content/scenarios/nested/test-scenario.mdx', field: 'id', message: `duplicate scenario id "test-scenario" (also in ${FILE})` },
    ]);
  });

  describe('the background (MDX body) is plain Markdown', () => {
    const bodyProblems = (body: string) => validateScenarioDocuments([doc(undefined, body)], TEST_LIBRARY).map((p) => `${p.field}: ${p.message}`);

    it('rejects an MDX expression', () => {
      expect(bodyProblems('The home directory is {process.env.HOME}.')).toEqual([
        'body: must be plain Markdown: braces start an MDX expression (put literal braces in `code`)',
      ]);
    });

    it('rejects raw HTML or JSX', () => {
      expect(bodyProblems('Read <details>this</details> first.')).toEqual(['body: must be plain Markdown: "<d" starts raw HTML or JSX']);
    });

    it('rejects ESM import and export', () => {
      expect(bodyProblems("import x from 'y'\n\nText.")).toEqual(['body: must be plain Markdown: import/export lines are MDX modules']);
    });

    it('rejects an unknown ATLAS ID', () => {
      expect(bodyProblems('Poisoning (AML.T0020) and AML.T0999.')).toEqual(['body: mentions AML.T0999, which is not in the MITRE ATLAS table']);
    });

    it('rejects an empty background', () => {
      expect(bodyProblems('\n  \n')).toEqual(['body: the background briefing (the MDX body) must not be empty']);
    });

    it('allows braces, tags and comparisons inside code and prose comparisons', () => {
      expect(bodyProblems('Scores `{"p": 0.91}` and `<tag>`, and a < b.\n\n```json\n{"a": 1}\n```\n')).toEqual([]);
    });
  });
});
