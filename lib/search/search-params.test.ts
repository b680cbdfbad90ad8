import { describe, expect, it } from 'vitest';
import { searchParamsRecord, searchParamsSchema } from './search-params';

const parse = (query: string) => searchParamsSchema.safeParse(searchParamsRecord(new URLSearchParams(query)));

describe('searchParamsSchema', () => {
  it('reads repeated and comma-separated facet values', () => {
    const result = parse('q=poison&stride=S,T&stride=I&lifecycle=training&collection=owasp-ml-top-10');
    expect(result.success && result.data).toMatchObject({
      q: 'poison',
      stride: ['S', 'T', 'I'],
      lifecycle: ['training'],
      collection: ['owasp-ml-top-10'],
      limit: 20,
    });
  });

  it('defaults to an empty query', () => {
    expect(parse('').success && parse('').data?.q).toBe('');
  });

  it('rejects unknown facet values with a message naming the parameter', () => {
    const result = parse('stride=X');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['stride', 0]);
  });

  it('rejects a query over 1000 characters and an out-of-range limit', () => {
    expect(parse(`q=${'a'.repeat(1001)}`).success).toBe(false);
    expect(parse('limit=0').success).toBe(false);
    expect(parse('limit=1000').success).toBe(false);
  });

  it('rejects a collection value that is not an id', () => {
    expect(parse('collection=<script>').success).toBe(false);
  });
});
