// The graph and reference rules of a tabletop scenario (content/scenarios/*.mdx), checked at build
// over a scenario that already passed its zod schema. Each problem names the file and the field
// (`injects[3].decision.options[1].next`) so an author can find it without reading the validator.
import { ATLAS_ID_PATTERN } from '../library/atlas';
import { clockMinutes, type Inject, type Scenario } from './scenario-schema';

export interface ScenarioProblem {
  file: string;
  field: string;
  message: string;
}

/** The library ids a scenario may reference. */
export interface LibraryIds {
  threats: ReadonlySet<string>;
  mitigations: ReadonlySet<string>;
  collections: ReadonlySet<string>;
  /** Every MITRE ATLAS ID (tactic, technique, mitigation, case study) in the ATLAS table. */
  atlas: { has(id: string): boolean };
}

export const MIN_PATH_INJECTS = 4;
export const MAX_PATH_INJECTS = 9;
/** About 10–15 minutes of discussion per inject: the longest path must fit the planned session. */
export const MINUTES_PER_INJECT = 10;
/** Enough examples of a repeated path problem to act on, without flooding the build log. */
const MAX_PATH_REPORTS = 3;

type Report = (field: string, message: string) => void;

interface Edge {
  from: number;
  to: string;
  field: string;
}

export function validateScenario(scenario: Scenario, file: string, library: LibraryIds): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const report: Report = (field, message) => problems.push({ file, field, message });
  checkUniqueIds(scenario, report);
  checkReferences(scenario, library, report);
  checkObjectivesServed(scenario, report);
  checkDecisions(scenario, report);
  checkGraph(scenario, report);
  checkAtlasIds(scenario, '', library.atlas, report);
  return problems;
}

/** An ATLAS ID written anywhere in the scenario (narratives, notes, artifacts) must exist. */
export function checkAtlasIds(value: unknown, field: string, atlas: LibraryIds['atlas'], report: Report) {
  if (typeof value === 'string') {
    for (const match of value.matchAll(ATLAS_ID_PATTERN)) {
      if (!atlas.has(match[0])) report(field, `mentions ${match[0]}, which is not in the MITRE ATLAS table`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkAtlasIds(item, `${field}[${i}]`, atlas, report));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkAtlasIds(item, field ? `${field}.${key}` : key, atlas, report);
  }
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, field: (i: number) => string, what: string, report: Report) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = key(item);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else report(field(i), `duplicate ${what} id "${id}" (also ${field(first)})`);
  });
}

function checkUniqueIds(scenario: Scenario, report: Report) {
  duplicates(scenario.injects, (x) => x.id, (i) => `injects[${i}].id`, 'inject', report);
  duplicates(scenario.objectives, (x) => x.id, (i) => `objectives[${i}].id`, 'objective', report);
  duplicates(scenario.roles, (x) => x.id, (i) => `roles[${i}].id`, 'role', report);
  const actions = scenario.injects.flatMap((inject, i) =>
    (inject.decision?.expectedActions ?? []).map((action, j) => ({ id: action.id, field: `injects[${i}].decision.expectedActions[${j}].id` })),
  );
  // Expected actions are unique across the scenario: the after-action report refers to them by id.
  duplicates(actions, (x) => x.id, (i) => actions[i]?.field ?? '', 'expected action', report);
  scenario.injects.forEach((inject, i) => {
    if (inject.decision) duplicates(inject.decision.options, (x) => x.id, (j) => `injects[${i}].decision.options[${j}].id`, 'option', report);
  });
}

function checkReferences(scenario: Scenario, library: LibraryIds, report: Report) {
  scenario.threats.forEach((id, i) => {
    if (!library.threats.has(id)) report(`threats[${i}]`, `unknown threat "${id}" (no library threat has this id)`);
  });
  scenario.collections.forEach((id, i) => {
    if (!library.collections.has(id)) report(`collections[${i}]`, `unknown collection "${id}"`);
  });
  const objectives = new Set(scenario.objectives.map((o) => o.id));
  const roles = new Set(scenario.roles.map((r) => r.id));
  scenario.injects.forEach((inject, i) => {
    inject.objectives.forEach((id, j) => {
      if (!objectives.has(id)) report(`injects[${i}].objectives[${j}]`, `unknown objective "${id}" (not in this scenario's objectives)`);
    });
    inject.questions.forEach((q, j) => {
      if (q.role && !roles.has(q.role)) report(`injects[${i}].questions[${j}].role`, `unknown role "${q.role}" (not in this scenario's roles)`);
    });
    inject.decision?.expectedActions.forEach((action, j) => {
      const field = `injects[${i}].decision.expectedActions[${j}]`;
      if (!objectives.has(action.objective)) report(`${field}.objective`, `unknown objective "${action.objective}" (not in this scenario's objectives)`);
      if (action.mitigation && !library.mitigations.has(action.mitigation)) {
        report(`${field}.mitigation`, `unknown mitigation "${action.mitigation}" (no library mitigation has this id)`);
      }
    });
  });
}

function checkObjectivesServed(scenario: Scenario, report: Report) {
  scenario.objectives.forEach((objective, k) => {
    const serving = scenario.injects.filter((inject) => inject.objectives.includes(objective.id)).map((inject) => `"${inject.id}"`);
    if (serving.length === 0) report(`objectives[${k}].id`, `no inject serves objective "${objective.id}"; every objective needs at least two`);
    else if (serving.length === 1) report(`objectives[${k}].id`, `only one inject (${serving[0]}) serves objective "${objective.id}"; every objective needs at least two`);
  });
}

function checkDecisions(scenario: Scenario, report: Report) {
  const decisions = scenario.injects.filter((inject) => inject.decision);
  if (decisions.length < 2) report('injects', `has ${decisions.length} decision point(s); a scenario needs at least two`);
  // A real branch: one decision whose options lead to different injects. Options that all lead
  // to the same inject are a vote, not a branch.
  const branches = decisions.some((inject) => new Set(inject.decision?.options.map((o) => o.next)).size > 1);
  if (decisions.length > 0 && !branches) report('injects', 'no decision point branches: every option of every decision leads to the same inject');
}

function outgoing(inject: Inject, i: number): Edge[] {
  if (inject.decision) return inject.decision.options.map((o, j) => ({ from: i, to: o.next, field: `injects[${i}].decision.options[${j}].next` }));
  return inject.next ? [{ from: i, to: inject.next, field: `injects[${i}].next` }] : [];
}

function checkGraph(scenario: Scenario, report: Report) {
  const { injects } = scenario;
  const index = new Map<string, number>();
  injects.forEach((inject, i) => {
    if (!index.has(inject.id)) index.set(inject.id, i);
  });
  const label = (i: number) => injects[i]?.id ?? '?';

  injects.forEach((inject, i) => {
    if (inject.next && inject.decision) report(`injects[${i}].next`, 'an inject has either next or a decision, not both (the decision\'s options say what follows)');
  });
  const edges = injects.map(outgoing);
  let dangling = false;
  for (const edge of edges.flat()) {
    if (!index.has(edge.to)) {
      dangling = true;
      report(edge.field, `names no inject: "${edge.to}"`);
    }
  }
  const successors = (i: number) => (edges[i] ?? []).flatMap((e) => (index.has(e.to) ? [{ ...e, target: index.get(e.to) ?? -1 }] : []));
  const start = index.get(scenario.start);
  if (start === undefined) {
    report('start', `names no inject: "${scenario.start}"`);
    return;
  }

  // Reachability from start.
  const reachable = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift() ?? 0;
    for (const edge of successors(at)) {
      if (!reachable.has(edge.target)) {
        reachable.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  injects.forEach((inject, i) => {
    if (index.get(inject.id) === i && !reachable.has(i)) report(`injects[${i}].id`, `"${inject.id}" cannot be reached from start "${scenario.start}"`);
  });

  const cyclic = reportCycles(injects.length, successors, label, report);
  reportTraps(injects, start, reachable, successors, edges, index, report);
  reportBackwardClocks(injects, successors, report);
  if (cyclic || dangling) return; // paths are only well defined on a complete acyclic graph

  const paths = completePaths(start, successors);
  const bad = paths.filter((p) => p.length < MIN_PATH_INJECTS || p.length > MAX_PATH_INJECTS);
  for (const path of bad.slice(0, MAX_PATH_REPORTS)) {
    report('injects', `the path ${path.map(label).join(' → ')} has ${path.length} injects; every path from start to an ending needs ${MIN_PATH_INJECTS}–${MAX_PATH_INJECTS}`);
  }
  if (bad.length > MAX_PATH_REPORTS) report('injects', `${bad.length - MAX_PATH_REPORTS} more path(s) have too few or too many injects`);
  const longest = Math.max(0, ...paths.map((p) => p.length));
  if (longest * MINUTES_PER_INJECT > scenario.durationMinutes) {
    report(
      'durationMinutes',
      `the longest path has ${longest} injects, which needs at least ${longest * MINUTES_PER_INJECT} minutes (${MINUTES_PER_INJECT} per inject); durationMinutes is ${scenario.durationMinutes}`,
    );
  }
}

type Successors = (i: number) => Array<Edge & { target: number }>;

/** Depth-first search; every edge back onto the current stack closes a cycle. */
function reportCycles(count: number, successors: Successors, label: (i: number) => string, report: Report): boolean {
  const state = new Array<'new' | 'open' | 'done'>(count).fill('new');
  const stack: number[] = [];
  let found = false;
  const visit = (i: number) => {
    state[i] = 'open';
    stack.push(i);
    for (const edge of successors(i)) {
      if (state[edge.target] === 'open') {
        found = true;
        const loop = [...stack.slice(stack.indexOf(edge.target)), edge.target].map(label).join(' → ');
        report(edge.field, `leads back to "${label(edge.target)}", closing a cycle: ${loop}`);
      } else if (state[edge.target] === 'new') visit(edge.target);
    }
    stack.pop();
    state[i] = 'done';
  };
  for (let i = 0; i < count; i++) if (state[i] === 'new') visit(i);
  return found;
}

/** Injects from which no path reaches an ending (a closed loop): reported where a path enters them. */
function reportTraps(
  injects: readonly Inject[],
  start: number,
  reachable: ReadonlySet<number>,
  successors: Successors,
  edges: readonly Edge[][],
  index: ReadonlyMap<string, number>,
  report: Report,
) {
  // An inject can end if it is an ending, or if one of its successors can. An edge to a missing
  // inject is already reported as such, so it counts as an exit here rather than as a second problem.
  const canEnd = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    injects.forEach((inject, i) => {
      if (canEnd.has(i)) return;
      const ending = !inject.next && !inject.decision;
      const exits = ending || (edges[i] ?? []).some((e) => !index.has(e.to)) || successors(i).some((e) => canEnd.has(e.target));
      if (exits) {
        canEnd.add(i);
        grew = true;
      }
    });
  }
  if (!canEnd.has(start)) {
    report('start', `no path from start "${injects[start]?.id}" reaches an ending inject (one with neither next nor decision)`);
    return;
  }
  for (const i of reachable) {
    if (!canEnd.has(i)) continue;
    for (const edge of successors(i)) {
      if (!canEnd.has(edge.target)) {
        report(edge.field, `leads to "${injects[edge.target]?.id}", from where no path reaches an ending inject (one with neither next nor decision)`);
      }
    }
  }
}

function reportBackwardClocks(injects: readonly Inject[], successors: Successors, report: Report) {
  injects.forEach((inject, i) => {
    for (const edge of successors(i)) {
      const target = injects[edge.target];
      if (target && clockMinutes(target.clock) < clockMinutes(inject.clock)) {
        report(`injects[${edge.target}].clock`, `${target.clock} is earlier than ${inject.clock} at "${inject.id}", which leads here: the clock never goes backwards`);
      }
    }
  });
}

/** Every path from start to an ending, as inject indexes (the graph is known to be acyclic). */
function completePaths(start: number, successors: Successors): number[][] {
  const paths: number[][] = [];
  const walk = (path: number[]) => {
    const last = path[path.length - 1] ?? start;
    const next = successors(last);
    if (next.length === 0) paths.push(path);
    // Two options may lead to the same inject: one path, not two.
    for (const target of new Set(next.map((e) => e.target))) walk([...path, target]);
  };
  walk([start]);
  return paths;
}
