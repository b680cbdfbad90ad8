// Section 5, threat coverage: the library threats the exercise touched, as a lifecycle × STRIDE
// heat map, the gaps recorded against each, and the library mitigations recommended for them.
import { buildMatrix } from '../library/build-matrix';
import { LIFECYCLE_NAMES, LIFECYCLE_STAGES, STRIDE_LETTERS, STRIDE_NAMES } from '../library/vocabulary';
import type { ReportContext } from './report-context';
import type { CoverageThreat, ReportExpectedAction, ReportModel } from './report-model-schema';

type Coverage = ReportModel['coverage'];
type Gap = CoverageThreat['gaps'][number];

export const COVERAGE_RULE =
  'Every threat the scenario puts in scope counts as touched once the exercise has started. ' +
  "An area for improvement counts against the threats it names: an expected action the team did not show counts against each threat that lists the action's mitigation, " +
  "and a gap note or other area for improvement that names a threat's code or title counts against that threat. " +
  'One that names no threat in scope counts against every threat in scope, since the scenario sets them in scope together. ' +
  "For every threat with a gap, the report recommends the threat's library mitigations, those named by an expected action first.";

interface GapSource {
  text: string;
  mitigationId: string | null;
}

function gapsOf(threat: { code: string; title: string; mitigations: readonly string[] }, sources: readonly GapSource[], inScope: ReadonlyArray<{ code: string; title: string; mitigations: readonly string[] }>): Gap[] {
  const names = (text: string, t: { code: string; title: string }) => {
    const lower = text.toLowerCase();
    return lower.includes(t.code.toLowerCase()) || lower.includes(t.title.toLowerCase());
  };
  const linksTo = (source: GapSource, t: (typeof inScope)[number]) => (source.mitigationId !== null && t.mitigations.includes(source.mitigationId)) || names(source.text, t);
  return sources.flatMap((source): Gap[] => {
    if (source.mitigationId !== null && threat.mitigations.includes(source.mitigationId)) return [{ text: source.text, how: 'expected-action-mitigation' }];
    if (names(source.text, threat)) return [{ text: source.text, how: 'named-in-note' }];
    return inScope.some((other) => linksTo(source, other)) ? [] : [{ text: source.text, how: 'scenario-wide' }];
  });
}

export function buildCoverage(ctx: ReportContext, expected: readonly ReportExpectedAction[], analysis: ReportModel['analysis']): Coverage {
  const touched = ctx.replay.state.revealed.length > 0;
  const sources: GapSource[] = [
    ...expected.filter((a) => !a.observed).map((a) => ({ text: `Expected action not observed: ${a.text}`, mitigationId: a.mitigation?.id ?? null })),
    ...[...analysis.objectives.flatMap((o) => o.areasForImprovement), ...analysis.unlinked.areasForImprovement]
      .filter((finding) => finding.source !== 'expected-action')
      .map((finding) => ({ text: finding.text, mitigationId: null })),
  ].filter((source, index, all) => all.findIndex((other) => other.text === source.text && other.mitigationId === source.mitigationId) === index);

  const library = ctx.scenario.threats.flatMap((id) => ctx.threat(id) ?? []);
  const atlas = ctx.input.atlas;
  const threats: CoverageThreat[] = ctx.scenario.threats.map((id) => {
    const t = ctx.threat(id);
    if (!t) return { id, code: id, title: id, url: null, severity: null, stride: [], lifecycle: [], inLibrary: false, touched, gaps: [], mitigations: [], atlas: [] };
    return {
      id,
      code: t.code,
      title: t.title,
      url: ctx.link(t.url),
      severity: t.severity,
      stride: [...t.stride],
      lifecycle: [...t.lifecycle],
      inLibrary: true,
      touched,
      gaps: touched ? gapsOf(t, sources, library) : [],
      mitigations: t.mitigations.map((m) => ctx.mitigation(m)),
      atlas: t.atlas.flatMap((techniqueId): CoverageThreat['atlas'] => {
        if (!atlas) return [{ id: techniqueId, name: null }];
        const technique = atlas.technique(techniqueId);
        return technique ? [{ id: technique.id, name: technique.name }] : [];
      }),
    };
  });

  const touchedThreats = threats.filter((t) => t.touched && t.inLibrary);
  const matrix = buildMatrix(touchedThreats.map((t) => ({ id: t.id, code: t.code, title: t.title, url: t.url ?? '', lifecycle: t.lifecycle, stride: t.stride })));
  const gapped = new Set(threats.filter((t) => t.gaps.length > 0).map((t) => t.id));
  const named = new Set(sources.flatMap((s) => (s.mitigationId ? [s.mitigationId] : [])));

  const recommended = new Map<string, Coverage['recommendedMitigations'][number]>();
  for (const threat of threats.filter((t) => gapped.has(t.id))) {
    for (const mitigation of threat.mitigations) {
      const entry = recommended.get(mitigation.id) ?? { ...mitigation, forThreats: [], namedByExpectedAction: named.has(mitigation.id) };
      entry.forThreats.push(threat.id);
      recommended.set(mitigation.id, entry);
    }
  }

  return {
    rule: COVERAGE_RULE,
    threats,
    stride: STRIDE_LETTERS.map((letter) => ({ letter, name: STRIDE_NAMES[letter], threats: matrix.columnTotals[letter] })),
    lifecycle: LIFECYCLE_STAGES.map((stage) => ({ stage, name: LIFECYCLE_NAMES[stage], threats: matrix.rows.find((row) => row.stage === stage)?.total ?? 0 })),
    matrix: {
      max: matrix.max,
      rows: matrix.rows.map((row) => ({
        stage: row.stage,
        name: LIFECYCLE_NAMES[row.stage],
        cells: row.cells.map((cell) => ({
          letter: cell.letter,
          count: cell.threats.length,
          heat: cell.heat,
          threatIds: cell.threats.map((t) => t.id),
          gap: cell.threats.some((t) => gapped.has(t.id)),
        })),
      })),
    },
    // Stable sort: mitigations named by an expected action first, the rest in the order the threats list them.
    recommendedMitigations: [...recommended.values()].sort((a, b) => Number(b.namedByExpectedAction) - Number(a.namedByExpectedAction)),
  };
}
