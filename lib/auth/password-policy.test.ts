import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each(['password', 'Password123!', 'qwertyuiop', 'Qwerty2024', '1234567890', 'letmein123', 'iloveyou!!', 'aaaaaaaaaaaa', 'Sandtable2026', '0987654321'])('refuses %s', (pw) => {
    expect(passwordProblem(pw)).not.toBeNull();
  });
  it('refuses short passwords with the minimum named', () => expect(passwordProblem('k9#mQ2x')).toBe('Password must be at least 10 characters'));
  it.each(['correct horse battery', 'mauve-otter-on-a-train', 'T4k3#th3!bus-home'])('accepts %s', (pw) => {
    expect(passwordProblem(pw)).toBeNull();
  });
});
