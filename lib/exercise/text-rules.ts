// What user-written text an exercise accepts. Everything is stored verbatim and rendered as text, so
// markup and SQL are harmless and kept; what is refused is what cannot be shown honestly (control
// characters, direction overrides that make text read differently from what it is, unpaired
// surrogates PostgreSQL's jsonb rejects) and what is too long.
import { z } from 'zod';

// C0 controls except tab and line feed, DEL and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Embedding/override (U+202A–202E) and isolate (U+2066–2069) controls: the "Trojan Source" characters.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Invisible characters that let two names look the same: zero-width space/joiners, LRM/RLM, word joiner, BOM.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describeChar(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Free text of up to `max` characters (UTF-16 code units): notes, rationale, comments. Line breaks
 * and tabs are kept; Windows line endings (what a browser form sends) become \n.
 */
export function freeText(max: number) {
  return z
    .string()
    .transform((value) => value.replace(/\r\n/g, '\n'))
    .check((ctx) => {
      const value = ctx.value;
      if (value.trim().length === 0) ctx.issues.push({ code: 'custom', message: 'must not be empty', input: value });
      else if (value.length > max) ctx.issues.push({ code: 'custom', message: `must be at most ${max} characters (got ${value.length})`, input: value });
      else if (CONTROL.test(value)) ctx.issues.push({ code: 'custom', message: `must not contain control characters (found ${describeChar(value, CONTROL)})`, input: value });
      else if (BIDI_CONTROL.test(value)) ctx.issues.push({ code: 'custom', message: `must not contain text-direction override characters (found ${describeChar(value, BIDI_CONTROL)})`, input: value });
      else if (LONE_SURROGATE.test(value)) ctx.issues.push({ code: 'custom', message: 'must be valid Unicode (found an unpaired surrogate)', input: value });
    });
}

/** One line of text (a name, an owner): trimmed, no line breaks, no invisible characters. */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .check((ctx) => {
      const value = ctx.value;
      if (value.length === 0) ctx.issues.push({ code: 'custom', message: 'must not be empty', input: value });
      else if (value.length > max) ctx.issues.push({ code: 'custom', message: `must be at most ${max} characters (got ${value.length})`, input: value });
      else if (/[\n\t]/.test(value)) ctx.issues.push({ code: 'custom', message: 'must be a single line', input: value });
      else if (CONTROL.test(value)) ctx.issues.push({ code: 'custom', message: `must not contain control characters (found ${describeChar(value, CONTROL)})`, input: value });
      else if (BIDI_CONTROL.test(value)) ctx.issues.push({ code: 'custom', message: `must not contain text-direction override characters (found ${describeChar(value, BIDI_CONTROL)})`, input: value });
      else if (INVISIBLE.test(value)) ctx.issues.push({ code: 'custom', message: `must not contain invisible characters (found ${describeChar(value, INVISIBLE)})`, input: value });
      else if (LONE_SURROGATE.test(value)) ctx.issues.push({ code: 'custom', message: 'must be valid Unicode (found an unpaired surrogate)', input: value });
    });
}

/** An optional field where a form's empty value ('' or blanks) means "not given". */
export function blankAsAbsent<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
}

/** A person's display name, for a guest's join form and every actor. */
export const displayNameSchema = lineText(60);

/** Scenario ids (injects, options, objectives, roles) are kebab-case slugs. */
export const slugSchema = z.string().max(80, 'must be at most 80 characters').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** User, guest and exercise ids come from the server: uuids or similar opaque tokens. */
export const opaqueIdSchema = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters').regex(/^[A-Za-z0-9_-]+$/, 'must be an id (letters, digits, _ and -)');

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30), between 2000 and 2099. */
export const calendarDateSchema = z
  .string()
  .regex(/^20\d{2}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (2000–2099)')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0));
    return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
  }, 'must be a real calendar date');

/** An ISO-8601 UTC timestamp as `Date.prototype.toISOString` writes it (millisecond precision). */
export const isoTimestampSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'must be an ISO timestamp like 2026-05-01T09:30:00.000Z').refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real time');
