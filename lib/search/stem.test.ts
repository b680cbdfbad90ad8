import { describe, expect, it } from 'vitest';
import { stem } from './stem';

const same = (...words: string[]) => new Set(words.map(stem)).size;

describe('stem', () => {
  it('brings inflections of one word together', () => {
    expect(same('poison', 'poisons', 'poisoned', 'poisoning', 'poisonings')).toBe(1);
    expect(same('model', 'models', 'modelling', 'modeled')).toBe(1);
    expect(same('copy', 'copies', 'copied', 'copying')).toBe(1);
    expect(same('embed', 'embedded', 'embedding', 'embeddings')).toBe(1);
    expect(same('encode', 'encoded', 'encoding')).toBe(1);
    expect(same('bias', 'biases')).toBe(1);
    expect(same('query', 'queries', 'queried', 'querying')).toBe(1);
  });

  it('does not treat singular words ending in s as plurals', () => {
    expect(stem('process')).toBe('process');
    expect(same('process', 'processes', 'processing')).toBe(1);
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });

  it('leaves short words, codes and numbers alone', () => {
    expect(stem('red')).toBe('red');
    expect(stem('thing')).toBe('thing');
    expect(stem('ml04')).toBe('ml04');
    expect(stem('2023')).toBe('2023');
  });

  it('keeps derivations apart', () => {
    expect(stem('extraction')).not.toBe(stem('extract'));
    expect(stem('general')).not.toBe(stem('generative'));
  });
});
