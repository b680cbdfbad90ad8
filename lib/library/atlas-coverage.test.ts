import { describe, expect, it } from 'vitest';
import { atlasCoverage, citedAtlasTechniques, uncitedAtlasTechniques } from './atlas-coverage';
import { fixtureAtlas } from './test-fixtures';

const threats = [
  { id: 'a', code: 'A-01', title: 'A', url: '/threats/a', atlas: ['AML.T0020'] },
  { id: 'b', code: 'B-01', title: 'B', url: '/threats/b', atlas: ['AML.T0020'] },
];

describe('atlas coverage', () => {
  it('lists every ATLAS technique with the threats that cite it', () => {
    expect(atlasCoverage({ threats }, fixtureAtlas).map((c) => [c.technique.id, c.threats.map((t) => t.id)])).toEqual([
      ['AML.T0020', ['a', 'b']],
      ['AML.T0010', []],
    ]);
  });

  it('splits cited from uncited techniques', () => {
    expect(citedAtlasTechniques({ threats }, fixtureAtlas).map((c) => c.technique.id)).toEqual(['AML.T0020']);
    expect(uncitedAtlasTechniques({ threats }, fixtureAtlas).map((t) => t.id)).toEqual(['AML.T0010']);
  });
});
