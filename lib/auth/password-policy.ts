// What a password must be: long enough, not one of the passwords attackers try first. Length
// beats composition rules (NIST SP 800-63B), so there are none; the common-password check
// catches the dressed-up versions too ("Password123!", "Qwerty2024").
const COMMON_BASES = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'letmein', 'welcome',
  'admin', 'administrator', 'iloveyou', 'sandtable', 'changeme', 'dragon', 'monkey', 'football', 'baseball', 'basketball',
  'sunshine', 'princess', 'master', 'shadow', 'superman', 'batman', 'trustno1', 'starwars', 'login', 'abc', 'abcdef',
  'abcdefgh', 'secret', 'default', 'summer', 'winter', 'spring', 'autumn', 'michael', 'jennifer', 'charlie', 'freedom',
  'whatever', 'computer', 'internet', 'hello', 'hellothere', 'access', 'mustang', 'jordan', 'hunter', 'killer', 'soccer',
  'hockey', 'ranger', 'thomas', 'robert', 'daniel', 'pokemon', 'pepper', 'cheese', 'matrix', 'security', 'letmeinnow',
  'qazwsx', '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'zaq12wsx', 'qwe123', 'test', 'testing', 'guest', 'root', 'user',
  'temp', 'temporary', 'company', 'office', 'pass', 'passpass', 'mypassword', 'newpassword', 'yourpassword',
]);

function isSequential(digits: string): boolean {
  const ascending = '01234567890123456789';
  const descending = '98765432109876543210';
  return ascending.includes(digits) || descending.includes(digits);
}

export const PASSWORD_MIN_LENGTH = 10;

/** A reason the password is refused, or null. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > 256) return 'Password must be at most 256 characters';
  const lower = password.toLowerCase();
  if (/^(.)\1+$/.test(lower)) return 'Password must not be one character repeated';
  if (/^\d+$/.test(lower) && isSequential(lower)) return 'Password must not be a run of digits like 1234567890';
  // Strip the decorations people add to a common word: digits, symbols, a year.
  const base = lower.replace(/[^a-z0-9@]+$/g, '').replace(/\d+$/, '').replace(/[^a-z0-9@]+$/g, '');
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (COMMON_BASES.has(lower) || COMMON_BASES.has(base) || COMMON_BASES.has(core) || /^(?:\d)+$/.test(base) && isSequential(base)) {
    return 'Password is too common: choose a longer phrase that others would not guess';
  }
  return null;
}
