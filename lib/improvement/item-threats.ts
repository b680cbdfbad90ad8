// Which library threats an improvement item came from, so the team's plan can be filtered by
// threat and each item links back to the library. The scenario does not tie threats to injects or
// objectives directly; what ties them is the library mitigations its expected actions name.
import type { Scenario } from '../exercise/scenario-schema';
import type { ImprovementItem, ReportModel } from '../report/report-model-schema';

export const ITEM_THREATS_RULE =
  "An item counts against the threats in scope that its own text names (a threat's code or title in its issue or corrective action). " +
  "Failing that, against the threats its source inject or its objective touches: an expected action touches each threat in scope whose library mitigations include the action's mitigation, " +
  "an inject touches what its expected actions touch (an expected-action item only what its own action touches), and an objective what the scenario's expected actions for it touch. " +
  'An item that touches none of them counts against every threat in scope, since the scenario sets them in scope together.';

type CoverageThreats = ReportModel['coverage']['threats'];

/** The inject an item arose at: from its id (`expected-…`, `no-decision-…`) or the note or action item it was made from. */
function sourceOf(model: ReportModel, scenario: Scenario, item: ImprovementItem): { injectId: string | null; expectedActionId: string | null } {
  const seqOf = (prefix: string) => (item.id.startsWith(prefix) && /^\d+$/.test(item.id.slice(prefix.length)) ? Number(item.id.slice(prefix.length)) : null);
  const none = { injectId: null, expectedActionId: null };
  if (item.source === 'action-item') {
    const seq = seqOf('action-item-');
    return { ...none, injectId: model.timeline.find((entry) => entry.actionItems.some((a) => a.seq === seq))?.injectId ?? null };
  }
  if (item.source === 'gap-note') {
    const seq = seqOf('gap-note-');
    return { ...none, injectId: model.timeline.find((entry) => entry.notes.some((n) => n.seq === seq))?.injectId ?? null };
  }
  if (item.source === 'no-decision') {
    const injectId = item.id.slice('no-decision-'.length);
    return { ...none, injectId: scenario.injects.some((inject) => inject.id === injectId) ? injectId : null };
  }
  if (item.source === 'expected-action') {
    // Both parts of `expected-<inject>-<action>` are kebab-case, so match against the scenario rather than split.
    for (const inject of scenario.injects) {
      const action = inject.decision?.expectedActions.find((a) => item.id === `expected-${inject.id}-${a.id}`);
      if (action) return { injectId: inject.id, expectedActionId: action.id };
    }
  }
  return none;
}

function touchedBy(mitigationIds: ReadonlyArray<string | undefined>, threats: CoverageThreats): Set<string> {
  const wanted = new Set(mitigationIds.filter((id): id is string => id !== undefined));
  return new Set(threats.filter((t) => t.mitigations.some((m) => wanted.has(m.id))).map((t) => t.id));
}

/** The ids of the threats in scope the item counts against (ITEM_THREATS_RULE), in the scenario's order. */
export function itemThreatIds(model: ReportModel, scenario: Scenario, item: ImprovementItem): string[] {
  const threats = model.coverage.threats;
  const inOrder = (ids: ReadonlySet<string>) => threats.map((t) => t.id).filter((id) => ids.has(id));

  const text = `${item.issue}\n${item.correctiveAction ?? ''}`.toLowerCase();
  const named = new Set(threats.filter((t) => t.inLibrary && (text.includes(t.code.toLowerCase()) || text.includes(t.title.toLowerCase()))).map((t) => t.id));
  if (named.size > 0) return inOrder(named);

  const { injectId, expectedActionId } = sourceOf(model, scenario, item);
  const inject = scenario.injects.find((i) => i.id === injectId);
  const injectActions = (inject?.decision?.expectedActions ?? []).filter((a) => expectedActionId === null || a.id === expectedActionId);
  const objectiveActions = scenario.injects.flatMap((i) => i.decision?.expectedActions ?? []).filter((a) => a.objective === item.objectiveId);
  const touched = touchedBy([...injectActions, ...objectiveActions].map((a) => a.mitigation), threats);
  if (touched.size > 0) return inOrder(touched);

  return threats.map((t) => t.id);
}
