// Join codes: how a guest finds one exercise. Ten characters from a 32-symbol alphabet without the
// look-alikes 0/O and 1/I is 50 bits, drawn with crypto.getRandomValues (a 32-symbol alphabet takes
// exactly 5 bits per byte, so there is no modulo bias). Shown grouped as K7QF-M2XD-9P; typed any way.
// A code only finds the exercise: the server still rate-limits attempts and ends it with the exercise.
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 10;

const GROUPS = [4, 4, 2];

/** `random` fills a byte array; tests pass a fixed one. */
export function generateJoinCode(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(JOIN_CODE_LENGTH));
  return formatJoinCode(Array.from(bytes, (byte) => JOIN_CODE_ALPHABET[byte & 31]).join(''));
}

/** `K7QFM2XD9P` → `K7QF-M2XD-9P`. */
export function formatJoinCode(compact: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of GROUPS) {
    parts.push(compact.slice(at, at + size));
    at += size;
  }
  return parts.filter(Boolean).join('-');
}

export type ParsedJoinCode = { ok: true; code: string } | { ok: false; message: string };

/**
 * Reads what a person typed: case, spaces and dashes do not matter. Returns the canonical grouped
 * form (what the server stores and looks up) or a message saying what is wrong.
 */
export function parseJoinCode(input: string): ParsedJoinCode {
  if (input.length > 64) return { ok: false, message: `A join code has ${JOIN_CODE_LENGTH} characters.` };
  const compact = input.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  if (/[0O1I]/.test(compact)) return { ok: false, message: 'Join codes never contain 0, O, 1 or I: check the code you were given.' };
  const stray = [...compact].find((char) => !JOIN_CODE_ALPHABET.includes(char));
  if (stray !== undefined) return { ok: false, message: `A join code has letters and digits only (found ${JSON.stringify(stray)}).` };
  if (compact.length !== JOIN_CODE_LENGTH) return { ok: false, message: `A join code has ${JOIN_CODE_LENGTH} characters (got ${compact.length}).` };
  return { ok: true, code: formatJoinCode(compact) };
}
