import { describe, expect, it } from 'vitest';
import { describeHowWell, howWell } from './how-well';

const sample = (exerciseId: string, objectiveId: string, level: 'P' | 'S' | 'M' | 'U' | null) => ({ exerciseId, objectiveId, level });
const seen = { exercised: true, visible: true };

describe('howWell', () => {
  it('rounds the mean to a level with ties going down, and keeps the worst', () => {
    expect(howWell([sample('a', 'x', 'P'), sample('a', 'y', 'S')], seen)).toEqual({ kind: 'rated', worst: 'S', average: 3.5, level: 'S', rated: 2, unrated: 0 });
    expect(howWell([sample('a', 'x', 'P'), sample('a', 'y', 'P'), sample('b', 'x', 'U')], seen)).toMatchObject({ worst: 'U', average: 3, level: 'S' });
  });

  it('counts one exercise’s objective once, however many threats bring it in', () => {
    expect(howWell([sample('a', 'x', 'U'), sample('a', 'x', 'U'), sample('a', 'y', 'P')], seen)).toMatchObject({ average: 2.5, rated: 2 });
  });

  it('tells never exercised, exercised but unrated, and hidden apart', () => {
    expect(howWell([sample('a', 'x', 'P')], { exercised: false, visible: true })).toEqual({ kind: 'never' });
    expect(howWell([sample('a', 'x', 'P')], { exercised: true, visible: false })).toEqual({ kind: 'hidden' });
    expect(howWell([sample('a', 'x', null), sample('a', 'y', null)], seen)).toEqual({ kind: 'unrated', unrated: 2 });
  });

  it('describes itself in words', () => {
    expect(describeHowWell(howWell([sample('a', 'x', 'S'), sample('a', 'y', null)], seen))).toBe('average 3.0 of 4 (S), worst S, over 1 rated objective, 1 not rated');
    expect(describeHowWell({ kind: 'never' })).toBe('never exercised');
  });
});
