// A MITRE ATLAS Navigator layer (format 4.x, domain atlas-atlas) of what the exercise covered: the
// techniques of the threats in scope, scored by how the team did on them. Score 2: exercised with
// no gap recorded against any threat citing it; 1: a gap was recorded (the comment names it and the
// mitigations the report recommends); 0: in scope but the exercise never started. Built from the
// report model, so it agrees with the coverage section; with no ATLAS table given to buildReport,
// technique IDs are passed through unchecked.
import type { NavigatorLayer } from '../exports/navigator-layer';
import type { ReportModel } from './report-model-schema';

export function renderNavigatorLayer(model: ReportModel): NavigatorLayer {
  const { coverage, overview } = model;
  const byTechnique = new Map<string, { threats: string[]; gaps: string[] }>();
  for (const threat of coverage.threats) {
    for (const technique of threat.atlas) {
      const entry = byTechnique.get(technique.id) ?? { threats: [], gaps: [] };
      entry.threats.push(`${threat.code} ${threat.title}`);
      if (threat.gaps.length) entry.gaps.push(threat.code);
      byTechnique.set(technique.id, entry);
    }
  }
  const touched = coverage.threats.some((t) => t.touched);
  const recommended = (codes: string[]) =>
    coverage.recommendedMitigations.filter((m) => m.forThreats.some((id) => codes.includes(coverage.threats.find((t) => t.id === id)?.code ?? ''))).map((m) => m.title);
  return {
    name: `Sandtable exercise: ${overview.exercise.title}`,
    versions: { layer: '4.5', navigator: '4.9.1' },
    domain: 'atlas-atlas',
    description: `ATLAS techniques of the threats in scope of “${overview.scenario.title}”, scored by the after-action report: 2 exercised without a recorded gap, 1 a gap was recorded, 0 not exercised (report generated ${model.generatedAt}).`,
    techniques: [...byTechnique.entries()].map(([techniqueID, entry]) => {
      const score = !touched ? 0 : entry.gaps.length ? 1 : 2;
      const gapNote = entry.gaps.length ? ` Gap recorded against ${entry.gaps.join(', ')}; recommended: ${recommended(entry.gaps).join('; ') || 'see the report'}.` : '';
      return { techniqueID, score, comment: `${entry.threats.join('; ')}.${gapNote}`, enabled: true, showSubtechniques: false };
    }),
    gradient: { colors: ['#e0e0e0', '#ef6c00', '#2e7d32'], minValue: 0, maxValue: 2 },
    legendItems: [
      { label: 'Exercised, no gap recorded', color: '#2e7d32' },
      { label: 'Gap recorded', color: '#ef6c00' },
      { label: 'In scope, not exercised', color: '#e0e0e0' },
    ],
    sorting: 3,
    hideDisabled: false,
  };
}
