import { describe, expect, it } from 'vitest';
import { calendarDateSchema, displayNameSchema, freeText, isoTimestampSchema, lineText } from './text-rules';

const note = freeText(4000);

function messageOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues[0]?.message ?? '';
}

describe('freeText', () => {
  it.each([
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['SQL', "'); DROP TABLE events; --"],
    ['Markdown and emoji', '**bold** [link](javascript:alert(1)) 🔥 ünïcödé'],
    ['right-to-left text without overrides', 'שלום עולם — مرحبا'],
    ['tabs and line breaks', 'one\ttwo\nthree'],
  ])('stores %s verbatim', (_label, text) => {
    expect(note.parse(text)).toBe(text);
  });

  it('turns Windows line endings (what a form posts) into \\n', () => {
    expect(note.parse('a\r\nb')).toBe('a\nb');
  });

  it('accepts exactly the limit and refuses one more, saying how long it was', () => {
    expect(note.safeParse('x'.repeat(4000)).success).toBe(true);
    expect(messageOf(note.safeParse('x'.repeat(4001)))).toBe('must be at most 4000 characters (got 4001)');
  });

  it('refuses a 100 kB note with a clear message', () => {
    expect(messageOf(note.safeParse('a'.repeat(100_000)))).toBe('must be at most 4000 characters (got 100000)');
  });

  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['escape (terminal colour codes)', '\u001b[31mred', 'U+001B'],
    ['a lone carriage return', 'a\rb', 'U+000D'],
    ['DEL', 'a\u007fb', 'U+007F'],
    ['a C1 control', 'a\u0085b', 'U+0085'],
  ])('refuses %s, naming the character', (_label, text, code) => {
    expect(messageOf(note.safeParse(text))).toBe(`must not contain control characters (found ${code})`);
  });

  it.each(['\u202E', '\u202A', '\u2066', '\u2069'])('refuses the direction override %j', (char) => {
    expect(messageOf(note.safeParse(`total ${char}001$`))).toMatch(/^must not contain text-direction override characters/);
  });

  it('refuses unpaired surrogates, which PostgreSQL jsonb cannot store', () => {
    expect(messageOf(note.safeParse('a\uD800b'))).toBe('must be valid Unicode (found an unpaired surrogate)');
    expect(messageOf(note.safeParse('a\uDC00'))).toBe('must be valid Unicode (found an unpaired surrogate)');
    expect(note.safeParse('a😀b').success).toBe(true);
  });

  it('refuses blank text', () => {
    expect(messageOf(note.safeParse(' \n\t '))).toBe('must not be empty');
  });
});

describe('lineText and displayNameSchema', () => {
  it('trims and keeps a name as typed', () => {
    expect(displayNameSchema.parse('  Zoë O’Brien <admin> ')).toBe('Zoë O’Brien <admin>');
  });

  it.each([
    ['a line break', 'Ann\nBob', 'must be a single line'],
    ['a right-to-left override', 'Ann\u202Egnp.exe', 'must not contain text-direction override characters (found U+202E)'],
    ['a zero-width space', 'Ad\u200Bmin', 'must not contain invisible characters (found U+200B)'],
    ['a byte-order mark inside', 'An\uFEFFn', 'must not contain invisible characters (found U+FEFF)'],
    ['a control character', 'Ann\u0007', 'must not contain control characters (found U+0007)'],
    ['61 characters', 'x'.repeat(61), 'must be at most 60 characters (got 61)'],
  ])('refuses a name with %s', (_label, name, message) => {
    expect(messageOf(displayNameSchema.safeParse(name))).toBe(message);
  });

  it('applies its own limit', () => {
    expect(lineText(5).safeParse('abcdef').success).toBe(false);
    expect(lineText(5).safeParse('abcde').success).toBe(true);
  });
});

describe('calendarDateSchema', () => {
  it.each(['2026-06-01', '2028-02-29'])('accepts %s', (date) => expect(calendarDateSchema.safeParse(date).success).toBe(true));
  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-6-1', '1999-01-01', '2026-06-01T00:00:00Z'])('refuses %s', (date) => {
    expect(calendarDateSchema.safeParse(date).success).toBe(false);
  });
});

describe('isoTimestampSchema', () => {
  it('accepts what toISOString writes and nothing looser', () => {
    expect(isoTimestampSchema.safeParse(new Date(0).toISOString()).success).toBe(true);
    expect(isoTimestampSchema.safeParse('2026-05-04T09:00:00Z').success).toBe(false);
    expect(isoTimestampSchema.safeParse('2026-13-04T09:00:00.000Z').success).toBe(false);
  });
});
