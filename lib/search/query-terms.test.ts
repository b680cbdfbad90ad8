import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, idKeys, queryTerms } from './query-terms';

describe('queryTerms', () => {
  it('lowercases, strips accents and keeps IDs whole', () => {
    expect(queryTerms('Tramèr  AML.T0020 ML04:2023')).toEqual(['tramer', 'aml.t0020', 'ml04:2023']);
  });

  it('drops markup and punctuation around words and repeats', () => {
    expect(queryTerms('<script>alert(1)</script> poisoning, poisoning.')).toEqual(['script', 'alert', '1', 'poisoning']);
  });

  it('bounds a hostile query in length and number of terms', () => {
    expect(queryTerms('a'.repeat(5000))[0]).toHaveLength(MAX_QUERY_LENGTH);
    expect(queryTerms(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toHaveLength(32);
  });
});

describe('idKeys', () => {
  it('finds a yearly code with and without its year', () => {
    expect(idKeys('ML04:2023')).toEqual(['ml04:2023', 'ml04']);
    expect(idKeys('FIN-07')).toEqual(['fin-07', 'fin07']);
    expect(idKeys('AML.T0020')).toEqual(['aml.t0020']);
  });
});
