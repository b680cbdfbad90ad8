import { describe, expect, it } from 'vitest';
import type { Inject, Scenario } from './scenario-schema';
import { TEST_LIBRARY, testInject, testScenario } from './test-scenario-graph';
import { validateScenario } from './validate-scenario';

const FILE = 'content/scenarios/test-scenario.mdx';
const problems = (scenario: Scenario) => validateScenario(scenario, FILE, TEST_LIBRARY);
const problem = (field: string, message: string) => ({ file: FILE, field, message });

/** The test scenario with one inject changed. */
function withInject(id: string, change: (inject: Inject) => void): Scenario {
  const scenario = testScenario();
  const inject = scenario.injects.find((i) => i.id === id);
  if (!inject) throw new Error(`no inject ${id}`);
  change(inject);
  return scenario;
}

function decisionOf(inject: Inject) {
  if (!inject.decision) throw new Error(`inject ${inject.id} has no decision`);
  return inject.decision;
}

describe('validateScenario', () => {
  it('accepts a scenario that follows every rule', () => {
    expect(problems(testScenario())).toEqual([]);
  });

  describe('graph', () => {
    it('names a start that is not an inject', () => {
      expect(problems({ ...testScenario(), start: 'nowhere' })).toEqual([problem('start', 'names no inject: "nowhere"')]);
    });

    it('names a next that points to a missing inject', () => {
      const scenario = withInject('d', (d) => (d.next = 'ghost'));
      expect(problems(scenario)).toEqual([problem('injects[3].next', 'names no inject: "ghost"')]);
    });

    it('names a decision option that branches to a missing inject', () => {
      // Option "hold" goes nowhere; "c" stays reachable through "d" so only the branch is wrong.
      const scenario = withInject('b', (b) => (decisionOf(b).options[0]!.next = 'ghost'));
      scenario.injects[3]!.next = 'c';
      scenario.injects[2]!.clock = 'T+20';
      expect(problems(scenario)).toEqual([problem('injects[1].decision.options[0].next', 'names no inject: "ghost"')]);
    });

    it('names an inject that cannot be reached from start', () => {
      const scenario = testScenario();
      scenario.injects.push(testInject('g', 'T+50', ['trace-labels']));
      expect(problems(scenario)).toEqual([problem('injects[6].id', '"g" cannot be reached from start "a"')]);
    });

    it('names the edge that closes a cycle', () => {
      const scenario = testScenario();
      for (const inject of scenario.injects) inject.clock = 'T+00';
      decisionOf(scenario.injects[4]!).options[1]!.next = 'b';
      expect(problems(scenario)).toEqual([
        problem('injects[4].decision.options[1].next', 'leads back to "b", closing a cycle: b → c → e → b'),
      ]);
    });

    it('names where a path enters a loop that never ends', () => {
      // "act" leads to d ⇄ g: a closed loop with no way out to an ending.
      const scenario = withInject('d', (d) => (d.next = 'g'));
      scenario.injects.push(testInject('g', 'T+20', ['trace-labels'], { next: 'd' }));
      expect(problems(scenario)).toEqual([
        problem('injects[6].next', 'leads back to "d", closing a cycle: d → g → d'),
        problem('injects[1].decision.options[1].next', 'leads to "d", from where no path reaches an ending inject (one with neither next nor decision)'),
      ]);
    });

    it('names a start from which no path ends', () => {
      const scenario = withInject('f', (f) => (f.next = 'a'));
      for (const inject of scenario.injects) inject.clock = 'T+00';
      expect(problems(scenario)).toEqual([
        problem('injects[5].next', 'leads back to "a", closing a cycle: a → b → c → e → f → a'),
        problem('start', 'no path from start "a" reaches an ending inject (one with neither next nor decision)'),
      ]);
    });

    it('rejects an inject with both next and a decision', () => {
      const scenario = withInject('b', (b) => (b.next = 'c'));
      expect(problems(scenario)).toEqual([
        problem('injects[1].next', "an inject has either next or a decision, not both (the decision's options say what follows)"),
      ]);
    });

    it('names a path with fewer than four injects', () => {
      const scenario = withInject('d', (d) => delete d.next);
      expect(problems(scenario)).toEqual([
        problem('injects', 'the path a → b → d has 3 injects; every path from start to an ending needs 4–9'),
      ]);
    });

    it('names a path with more than nine injects', () => {
      // The schema caps a scenario at nine injects; the graph rule holds on its own all the same.
      const scenario = withInject('f', (f) => (f.next = 'g'));
      const tail = ['g', 'h', 'i', 'j', 'k'];
      tail.forEach((id, n) => scenario.injects.push(testInject(id, `T+${50 + n}`, ['trace-labels'], n < tail.length - 1 ? { next: tail[n + 1] } : {})));
      scenario.durationMinutes = 120;
      expect(problems(scenario)).toEqual([
        problem('injects', 'the path a → b → c → e → f → g → h → i → j → k has 10 injects; every path from start to an ending needs 4–9'),
        problem('injects', 'the path a → b → d → e → f → g → h → i → j → k has 10 injects; every path from start to an ending needs 4–9'),
      ]);
    });

    it('names an inject whose clock is earlier than the inject leading to it', () => {
      const scenario = withInject('c', (c) => (c.clock = 'T+05'));
      expect(problems(scenario)).toEqual([
        problem('injects[2].clock', 'T+05 is earlier than T+10 at "b", which leads here: the clock never goes backwards'),
      ]);
    });

    it('names a duration too short for the longest path', () => {
      expect(problems({ ...testScenario(), durationMinutes: 45 })).toEqual([
        problem('durationMinutes', 'the longest path has 5 injects, which needs at least 50 minutes (10 per inject); durationMinutes is 45'),
      ]);
    });
  });

  describe('decision points', () => {
    it('needs at least two decision points', () => {
      const scenario = withInject('e', (e) => {
        delete e.decision;
        e.next = 'f';
      });
      expect(problems(scenario)).toEqual([problem('injects', 'has 1 decision point(s); a scenario needs at least two')]);
    });

    it('needs one real branch, not only votes', () => {
      // Both options of "b" lead to c; d still follows c so every inject stays reachable.
      const scenario = withInject('b', (b) => (decisionOf(b).options[1]!.next = 'c'));
      scenario.injects[2]!.next = 'd';
      expect(problems(scenario)).toEqual([
        problem('injects', 'no decision point branches: every option of every decision leads to the same inject'),
      ]);
    });
  });

  describe('references', () => {
    it('names an unknown threat', () => {
      const scenario = { ...testScenario(), threats: ['fin-04-chargeback-label-poisoning', 'fin-99-made-up'] };
      expect(problems(scenario)).toEqual([problem('threats[1]', 'unknown threat "fin-99-made-up" (no library threat has this id)')]);
    });

    it('names an unknown mitigation on an expected action', () => {
      const scenario = withInject('b', (b) => (decisionOf(b).expectedActions[0]!.mitigation = 'pray'));
      expect(problems(scenario)).toEqual([
        problem('injects[1].decision.expectedActions[0].mitigation', 'unknown mitigation "pray" (no library mitigation has this id)'),
      ]);
    });

    it('names an unknown collection', () => {
      expect(problems({ ...testScenario(), collections: ['finance'] })).toEqual([problem('collections[0]', 'unknown collection "finance"')]);
    });

    it('names an objective that an inject serves but the scenario does not define', () => {
      const scenario = withInject('c', (c) => c.objectives.push('impress-the-board'));
      expect(problems(scenario)).toEqual([
        problem('injects[2].objectives[1]', 'unknown objective "impress-the-board" (not in this scenario\'s objectives)'),
      ]);
    });

    it('names an expected action tied to an unknown objective', () => {
      const scenario = withInject('e', (e) => (decisionOf(e).expectedActions[0]!.objective = 'nope'));
      expect(problems(scenario)).toEqual([
        problem('injects[4].decision.expectedActions[0].objective', 'unknown objective "nope" (not in this scenario\'s objectives)'),
      ]);
    });

    it('names an ATLAS ID that is not in the ATLAS table, wherever it is written', () => {
      const scenario = withInject('c', (c) => (c.facilitatorNotes = 'The technique is AML.T0020, close to AML.T9999.'));
      expect(problems(scenario)).toEqual([problem('injects[2].facilitatorNotes', 'mentions AML.T9999, which is not in the MITRE ATLAS table')]);
    });

    it('names a question put to an unknown role', () => {
      const scenario = withInject('a', (a) => (a.questions[0]!.role = 'ceo'));
      expect(problems(scenario)).toEqual([problem('injects[0].questions[0].role', 'unknown role "ceo" (not in this scenario\'s roles)')]);
    });
  });

  describe('objectives', () => {
    it('names an objective that no inject serves', () => {
      const scenario = testScenario();
      scenario.objectives.push({ id: 'notify-regulator', text: 'Decide whether to notify.' });
      expect(problems(scenario)).toEqual([
        problem('objectives[2].id', 'no inject serves objective "notify-regulator"; every objective needs at least two'),
      ]);
    });

    it('names an objective that only one inject serves', () => {
      const scenario = testScenario();
      scenario.objectives.push({ id: 'notify-regulator', text: 'Decide whether to notify.' });
      scenario.injects[5]!.objectives.push('notify-regulator');
      expect(problems(scenario)).toEqual([
        problem('objectives[2].id', 'only one inject ("f") serves objective "notify-regulator"; every objective needs at least two'),
      ]);
    });
  });

  describe('unique ids', () => {
    it('names a duplicate inject id', () => {
      const scenario = testScenario();
      scenario.injects.push(testInject('f', 'T+40', ['trace-labels']));
      expect(problems(scenario)).toEqual([problem('injects[6].id', 'duplicate inject id "f" (also injects[5].id)')]);
    });

    it('names a duplicate objective id and a duplicate role id', () => {
      const scenario = testScenario();
      scenario.objectives.push({ id: 'trace-labels', text: 'Again.' });
      scenario.roles.push({ id: 'ml-engineer', name: 'Another ML engineer', brief: 'Twin.' });
      expect(problems(scenario)).toEqual([
        problem('objectives[2].id', 'duplicate objective id "trace-labels" (also objectives[1].id)'),
        problem('roles[2].id', 'duplicate role id "ml-engineer" (also roles[1].id)'),
      ]);
    });

    it('names a duplicate option within a decision', () => {
      const scenario = withInject('e', (e) => (decisionOf(e).options[1]!.id = 'retrain'));
      expect(problems(scenario)).toEqual([problem('injects[4].decision.options[1].id', 'duplicate option id "retrain" (also injects[4].decision.options[0].id)')]);
    });

    it('names an expected action id used twice in the scenario', () => {
      const scenario = withInject('e', (e) => (decisionOf(e).expectedActions[0]!.id = 'freeze-promotions'));
      expect(problems(scenario)).toEqual([
        problem('injects[4].decision.expectedActions[0].id', 'duplicate expected action id "freeze-promotions" (also injects[1].decision.expectedActions[0].id)'),
      ]);
    });
  });
});
