import { describe, expect, it } from 'vitest';
import { buildTeamDashboard } from './build-team-dashboard';
import { coverageOverlayChart } from './coverage-overlay-chart';
import { ratingsOverTimeChart, MAX_BARS } from './ratings-over-time-chart';
import { dashboardInput, exercise } from './test-dashboard';

const played = () =>
  buildTeamDashboard(
    dashboardInput({
      exercises: [exercise('s-poison', '2026-03-02', { ratings: { contain: 'P', notify: 'U' } }), exercise('s-theft', '2026-04-01', { report: 'draft' })],
    }),
  );

describe('ratingsOverTimeChart', () => {
  it('draws one stacked bar per exercise, oldest first, with the numbers in its description', () => {
    const svg = ratingsOverTimeChart(played().ratings?.points ?? []);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="ratings-over-time-title ratings-over-time-desc"/);
    expect(svg).toContain('<title id="ratings-over-time-title">Objective ratings per team exercise, oldest first</title>');
    expect(svg).toContain('2026-03-02 Run');
    expect(svg.indexOf('2026-03-02 Run')).toBeLessThan(svg.indexOf('2026-04-01 Run'));
    expect(svg).toContain('P 1, S 0, M 0, U 1, not rated 0');
    expect(svg).toContain('P 0, S 0, M 0, U 0, not rated 2');
    // P (green), U (red) and two unrated (grey) segments.
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="26"/g)).toHaveLength(3);
  });

  it('says so when nothing has run, and draws only the latest exercises when there are many', () => {
    expect(ratingsOverTimeChart([])).toContain('No team exercise has started yet.');
    const many = Array.from({ length: MAX_BARS + 3 }, (_, i) => exercise('s-theft', `2026-01-${String(i + 1).padStart(2, '0')}`, { ratings: { detect: 'S' } }));
    const svg = ratingsOverTimeChart(buildTeamDashboard(dashboardInput({ exercises: many })).ratings?.points ?? []);
    expect(svg).toContain(`The latest ${MAX_BARS} of ${MAX_BARS + 3} exercises are drawn.`);
    expect(svg).not.toContain('2026-01-03 Run');
  });

  it('escapes exercise titles', () => {
    const hostile = { ...exercise('s-theft', '2026-04-01'), title: '<script>alert(1)</script>' };
    const svg = ratingsOverTimeChart(buildTeamDashboard(dashboardInput({ exercises: [hostile] })).ratings?.points ?? []);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('coverageOverlayChart', () => {
  it('colours each cell by how well its exercised threats went and labels it exercised / library', () => {
    const svg = coverageOverlayChart(played().coverage);
    expect(svg).toContain('<title id="team-coverage-title">Team coverage: lifecycle stage × STRIDE</title>');
    // training × T: poison, rated P and U (mean 2.5, level M, orange).
    expect(svg).toMatch(/fill="#ef6c00"[^>]*><title>Training × T: 1 of 1 threats exercised; average 2.5 of 4 \(M\), worst U/);
    // serving × I: theft, exercised with no rating (blue).
    expect(svg).toMatch(/fill="#64b5f6"[^>]*><title>Serving × I: 1 of 1 threats exercised; exercised, not rated/);
    // registry × T: two library threats, never exercised (white).
    expect(svg).toMatch(/fill="#ffffff"[^>]*><title>Model registry × T: 0 of 2 threats exercised; never exercised/);
    expect(svg).toContain('>0/2</text>');
    expect(svg).toContain('<desc id="team-coverage-desc">Data preparation × T: 1 of 1 exercised');
  });

  it('describes an empty map', () => {
    expect(coverageOverlayChart(buildTeamDashboard(dashboardInput()).coverage)).toContain('No threat has been exercised yet.');
  });
});
