import { describe, expect, it } from 'vitest';
import { displayNameSchema } from '../exercise/text-rules';
import { emailSchema, fieldErrors, nameSchema, signUpInput } from './input-schemas';

// Names that try to look like something else, break a layout or a store.
const TRICKY = [
  'Ana',
  '<script>alert(1)</script>',
  "Robert'); DROP TABLE users;--",
  'evil\u202Egnp.exe',
  'zero\u200Bwidth',
  'word\u2060joiner',
  'line\nbreak',
  'tab\there',
  'nul\u0000',
  'bom\uFEFF',
  'lone \uD800 surrogate',
  'emoji 👩‍💻 engineer',
  'a'.repeat(60),
  'a'.repeat(61),
  '   ',
];

describe('account input', () => {
  it('accepts a name only if the exercise log can store it as an actor name', () => {
    for (const name of TRICKY) {
      if (nameSchema.safeParse(name).success) expect(displayNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
    }
  });

  it('keeps markup and SQL verbatim and refuses direction overrides, invisible and control characters', () => {
    expect(nameSchema.parse('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    for (const bad of ['evil\u202Egnp.exe', 'zero\u200Bwidth', 'word\u2060joiner', 'nul\u0000', 'lone \uD800 surrogate', 'a'.repeat(61), '   ']) {
      expect(nameSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('names the field in each message and lower-cases emails', () => {
    expect(emailSchema.parse('  Ana@Example.COM ')).toBe('ana@example.com');
    const result = signUpInput.safeParse({ name: '', email: 'x', password: 'short' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrors(result.error)).toEqual({
        name: 'Name must not be empty',
        email: 'Email must be a valid address, such as ana@example.com',
        password: 'Password must be at least 10 characters',
      });
    }
    expect(signUpInput.safeParse({ name: 'Ana', email: 'ana@example.com', password: 'correct horse battery', isAdmin: true }).success).toBe(false);
  });
});
