import { describe, expect, it } from 'vitest';
import { buildTeamDashboard, type TeamDashboard } from './build-team-dashboard';
import { dashboardInput, exercise } from './test-dashboard';

const cell = (d: TeamDashboard, stage: string, letter: string) => {
  const found = d.coverage.rows.find((r) => r.stage === stage)?.cells.find((c) => c.letter === letter);
  if (!found) throw new Error(`no cell ${stage} × ${letter}`);
  return found;
};
const codes = (list: ReadonlyArray<{ code: string }>) => list.map((t) => t.code);
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((t) => t.id);

describe('buildTeamDashboard', () => {
  it('for a team with no exercises: zero counts, every threat never exercised, scenarios suggested to cover them', () => {
    const d = buildTeamDashboard(dashboardInput());
    expect(d.exercises).toMatchObject({ total: 0, byMode: { team: 0, solo: 0 }, byStatus: { lobby: 0, running: 0, paused: 0, ended: 0 }, team: [], solo: [] });
    expect(d.ratings).toEqual({ points: [], byObjective: [] });
    expect(d.items).toEqual({ total: 0, open: 0, closed: 0, overdue: 0, byStatus: { 'not-started': 0, 'in-progress': 0, complete: 0, cancelled: 0 } });
    expect(d.coverage.exercisedCount).toBe(0);
    expect(ids(d.neverExercised)).toEqual(['poison', 'theft', 'evasion', 'registry', 'pickle', 'orphan']);
    expect(cell(d, 'registry', 'T')).toMatchObject({ libraryThreats: 2, exercised: [], lastExercised: null, howWell: { kind: 'never' } });
    expect(ids(cell(d, 'registry', 'T').neverExercised)).toEqual(['registry', 'pickle']);
    expect(cell(d, 'evaluation', 'S')).toMatchObject({ libraryThreats: 0, howWell: { kind: 'never' } });
    expect(d.navigatorLayer?.techniques.map((t) => [t.techniqueID, t.score])).toEqual([
      ['AML.T0020', 0],
      ['AML.T0010', 0],
      ['AML.T0015', 0],
      ['AML.T0024', 0],
    ]);
  });

  it('suggests scenarios greedily: the most never-exercised threats first, then what is left; a threat no scenario covers is listed apart', () => {
    const { suggestions } = buildTeamDashboard(dashboardInput());
    expect(suggestions.suggestions.map((s) => [s.scenario.id, ids(s.covers), ids(s.alsoCovers)])).toEqual([
      ['s-supply', ['registry', 'pickle', 'poison'], []],
      // One new threat each: s-poison first, as it covers two never-exercised threats in all.
      ['s-poison', ['evasion'], ['poison']],
      ['s-theft', ['theft'], []],
    ]);
    expect(suggestions.suggestions[0]?.scenario).toEqual({ id: 's-supply', title: 'Scenario s-supply', url: '/scenarios/s-supply' });
    expect(ids(suggestions.uncovered)).toEqual(['orphan']);
  });

  it('places an exercised threat in its cells with the date it was last exercised and how well, from the objective ratings', () => {
    const d = buildTeamDashboard(dashboardInput({ exercises: [exercise('s-poison', '2026-03-02', { ratings: { contain: 'S', notify: 'U' } })] }));
    const training = cell(d, 'training', 'T');
    expect(codes(training.exercised)).toEqual(['ML02:2023']);
    expect(training.lastExercised).toBe('2026-03-02T09:00:00.000Z');
    expect(training.howWell).toEqual({ kind: 'rated', worst: 'U', average: 2, level: 'M', rated: 2, unrated: 0 });
    expect(codes(cell(d, 'serving', 'S').exercised)).toEqual(['FIN-03']);
    // Same stage, another STRIDE letter: the theft threat there was never exercised.
    expect(cell(d, 'serving', 'I')).toMatchObject({ exercised: [], howWell: { kind: 'never' } });
    expect(ids(cell(d, 'serving', 'I').neverExercised)).toEqual(['theft']);
    expect(ids(d.neverExercised)).toEqual(['theft', 'registry', 'pickle', 'orphan']);
    // Poison is covered now: s-supply still leads with registry and pickle, and s-poison is no longer needed.
    expect(d.suggestions.suggestions.map((s) => [s.scenario.id, ids(s.covers)])).toEqual([
      ['s-supply', ['registry', 'pickle']],
      ['s-theft', ['theft']],
    ]);
  });

  it('shows an exercise nobody rated as exercised but not rated', () => {
    const d = buildTeamDashboard(dashboardInput({ exercises: [exercise('s-theft', '2026-04-01', { report: 'draft' })] }));
    expect(cell(d, 'serving', 'I')).toMatchObject({ howWell: { kind: 'unrated', unrated: 2 }, lastExercised: '2026-04-01T09:00:00.000Z' });
    expect(d.ratings?.points).toEqual([
      expect.objectContaining({ report: 'draft', counts: { P: 0, S: 0, M: 0, U: 0, unrated: 2 }, objectives: [expect.objectContaining({ id: 'detect', level: null }), expect.objectContaining({ id: 'throttle', level: null })] }),
    ]);
    expect(d.navigatorLayer?.techniques.find((t) => t.techniqueID === 'AML.T0024')).toMatchObject({ color: '#64b5f6', comment: expect.stringContaining('exercised, not rated') });
    expect(d.navigatorLayer?.techniques.find((t) => t.techniqueID === 'AML.T0024')).not.toHaveProperty('score');
  });

  it('combines runs: worst and average over every rated objective, latest date, ratings in the order exercises started', () => {
    const first = exercise('s-poison', '2026-02-01', { ratings: { contain: 'M', notify: 'S' } });
    const second = exercise('s-supply', '2026-05-10', { ratings: { freeze: 'P' } });
    const third = exercise('s-poison', '2026-03-15', { ratings: { contain: 'P', notify: 'P' } });
    const lobby = exercise('s-theft', null);
    const d = buildTeamDashboard(dashboardInput({ exercises: [second, lobby, first, third] }));
    const poison = d.coverage.threats.find((t) => t.id === 'poison');
    expect(poison?.runs.map((r) => [r.exerciseId, r.date])).toEqual([
      [second.id, '2026-05-10'],
      [third.id, '2026-03-15'],
      [first.id, '2026-02-01'],
    ]);
    // M, S, P, P, P and one unrated (trace): mean 3.4 rounds to S; the worst is M.
    expect(poison?.howWell).toEqual({ kind: 'rated', worst: 'M', average: 3.4, level: 'S', rated: 5, unrated: 1 });
    expect(d.ratings?.points.map((p) => [p.exerciseId, p.date, p.counts])).toEqual([
      [first.id, '2026-02-01', { P: 0, S: 1, M: 1, U: 0, unrated: 0 }],
      [third.id, '2026-03-15', { P: 2, S: 0, M: 0, U: 0, unrated: 0 }],
      [second.id, '2026-05-10', { P: 1, S: 0, M: 0, U: 0, unrated: 1 }],
    ]);
    expect(d.ratings?.byObjective.find((o) => o.scenarioId === 's-poison' && o.objectiveId === 'contain')?.points.map((p) => p.level)).toEqual(['M', 'P']);
    // The lobby exercise is listed and counted, but covers nothing.
    expect(d.exercises).toMatchObject({ total: 4, byStatus: { lobby: 1, ended: 3 } });
    expect(d.exercises.team.map((e) => e.id)).toEqual([second.id, third.id, first.id, lobby.id]);
    expect(d.coverage.threats.find((t) => t.id === 'theft')?.runs).toEqual([]);
    // AML.T0020 is cited by poison and registry: combined over both, deduplicated by exercise and objective.
    expect(d.navigatorLayer?.techniques.find((t) => t.techniqueID === 'AML.T0020')?.score).toBe(3.4);
  });

  it('counts solo practice as exercised, listed apart, but not towards how well or the ratings over time', () => {
    const solo = exercise('s-theft', '2026-04-20', { mode: 'solo', ratings: { detect: 'P', throttle: 'P' } });
    const team = exercise('s-poison', '2026-04-01', { ratings: { contain: 'U', notify: 'U' } });
    const d = buildTeamDashboard(dashboardInput({ exercises: [solo, team] }));
    expect(d.exercises).toMatchObject({ total: 2, byMode: { team: 1, solo: 1 } });
    expect(d.exercises.team.map((e) => e.id)).toEqual([team.id]);
    expect(d.exercises.solo.map((e) => e.id)).toEqual([solo.id]);
    const theft = cell(d, 'serving', 'I');
    expect(theft.exercised[0]?.runs).toEqual([expect.objectContaining({ exerciseId: solo.id, mode: 'solo', date: '2026-04-20' })]);
    expect(theft.howWell).toEqual({ kind: 'unrated', unrated: 0 });
    expect(ids(d.neverExercised)).not.toContain('theft');
    expect(d.ratings?.points.map((p) => p.exerciseId)).toEqual([team.id]);
    // serving × S holds evasion (team, U) only; its how-well ignores the solo P ratings next door.
    expect(cell(d, 'serving', 'S').howWell).toMatchObject({ kind: 'rated', worst: 'U', average: 1 });
  });

  it('hides ratings and items from a role that may not read reports, and still shows what was exercised', () => {
    const d = buildTeamDashboard(dashboardInput({ ratingsVisible: false, items: null, exercises: [exercise('s-poison', '2026-03-02', { hidden: true })] }));
    expect(d.ratings).toBeNull();
    expect(d.items).toBeNull();
    expect(d.exercises.team[0]?.report).toBeNull();
    expect(cell(d, 'training', 'T')).toMatchObject({ howWell: { kind: 'hidden' }, lastExercised: '2026-03-02T09:00:00.000Z' });
    expect(codes(cell(d, 'training', 'T').exercised)).toEqual(['ML02:2023']);
    expect(d.navigatorLayer?.techniques.find((t) => t.techniqueID === 'AML.T0015')).toMatchObject({ color: '#64b5f6' });
    expect(JSON.stringify(d.navigatorLayer?.techniques)).not.toMatch(/average|worst/);
    expect(d.navigatorLayer?.description).toContain('ratings are not included for your role');
  });

  it('resolves a renamed threat by its former id, and lists ids the library no longer has', () => {
    const old = exercise('s-supply', '2025-11-05', { threatIds: ['old-registry', 'gone-threat'], ratings: { freeze: 'S', trace: 'S' } });
    const d = buildTeamDashboard(dashboardInput({ exercises: [old] }));
    expect(codes(cell(d, 'registry', 'T').exercised)).toEqual(['SC-03']);
    expect(d.coverage.unknownThreatIds).toEqual(['gone-threat']);
    expect(ids(d.neverExercised)).toContain('pickle');
  });

  it('counts improvement items open and closed, and open ones due before today as overdue', () => {
    const d = buildTeamDashboard(
      dashboardInput({
        items: [
          { status: 'not-started', dueDate: '2026-06-14', count: 2 },
          { status: 'in-progress', dueDate: '2026-06-15', count: 1 },
          { status: 'in-progress', dueDate: null, count: 4 },
          { status: 'complete', dueDate: '2026-01-01', count: 3 },
          { status: 'cancelled', dueDate: null, count: 1 },
        ],
      }),
    );
    expect(d.items).toEqual({ total: 11, open: 7, closed: 4, overdue: 2, byStatus: { 'not-started': 2, 'in-progress': 5, complete: 3, cancelled: 1 } });
  });

  it('overlays the ATLAS techniques the library cites, by tactic, with what was exercised', () => {
    const d = buildTeamDashboard(dashboardInput({ exercises: [exercise('s-theft', '2026-04-01', { ratings: { detect: 'S', throttle: 'S' } })] }));
    expect(d.atlas?.tactics.map((t) => [t.id, t.techniques.map((x) => x.technique.id)])).toEqual([
      ['AML.TA0003', ['AML.T0020', 'AML.T0010']],
      ['AML.TA0007', ['AML.T0015', 'AML.T0024']],
    ]);
    expect(d.atlas?.exercisedCount).toBe(1);
    const layer = d.navigatorLayer;
    expect(layer).toMatchObject({ domain: 'atlas-atlas', name: 'Sandtable team coverage: Fraud ML', gradient: { minValue: 0, maxValue: 4 } });
    expect(layer?.techniques.find((t) => t.techniqueID === 'AML.T0024')).toMatchObject({ score: 3, comment: 'Exercised through ML05:2023, last 2026-04-01: average 3.0 of 4 (S), worst S, over 2 rated objectives.' });
    expect(JSON.parse(JSON.stringify(layer))).toEqual(layer);
  });

  it('has no ATLAS view or layer without an ATLAS table', () => {
    const d = buildTeamDashboard(dashboardInput({ atlas: null }));
    expect(d.atlas).toBeNull();
    expect(d.navigatorLayer).toBeNull();
  });
});
