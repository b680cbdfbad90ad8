// The account and team inputs, shared by the forms and the server (which parses again).
import { z } from 'zod';
import { TEAM_ROLES } from './permissions';
import { passwordProblem } from './password-policy';

// C0/C1 controls, the Unicode bidirectional overrides that can make a name display as something
// else (the "RLO" trick) and invisible characters that let two names look alike — the same rules
// as the exercise log's names (lib/exercise/text-rules.ts), so a valid account name is always a
// valid actor name.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\ufeff]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const displayText = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)
    .refine((value) => !UNSAFE_CHARACTERS.test(value), `${field} must not contain control, invisible or text-direction characters`)
    .refine((value) => !LONE_SURROGATE.test(value), `${field} must be valid Unicode`);

export const emailSchema = z
  .string({ error: 'Email is required' })
  .trim()
  .max(254, 'Email must be at most 254 characters')
  .pipe(z.email({ error: 'Email must be a valid address, such as ana@example.com' }))
  .transform((email) => email.toLowerCase());

// 60, the longest name an exercise log stores for an actor.
export const nameSchema = displayText('Name', 60);

export const passwordSchema = z
  .string({ error: 'Password is required' })
  .max(256, 'Password must be at most 256 characters')
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const teamSlugSchema = z
  .string()
  .trim()
  .min(2, 'Team URL must be at least 2 characters')
  .max(40, 'Team URL must be at most 40 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Team URL may use lower-case letters, digits and single dashes');

export const teamRoleSchema = z.enum(TEAM_ROLES, { error: `Role must be one of ${TEAM_ROLES.join(', ')}` });

export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This invite link is malformed: ask for a new one');

export const signUpInput = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  inviteToken: inviteTokenSchema.optional(),
});

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Password is required').max(256, 'Password must be at most 256 characters'),
});

export const createTeamInput = z.strictObject({ name: displayText('Team name', 80), slug: teamSlugSchema });

export const createInviteInput = z.strictObject({
  role: teamRoleSchema,
  email: emailSchema.optional(),
  expiresInDays: z.number().int().min(1, 'An invite lasts at least 1 day').max(30, 'An invite lasts at most 30 days').default(7),
});

export const changeRoleInput = z.strictObject({ role: teamRoleSchema });

export const updateAccountInput = z.strictObject({ name: nameSchema });

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, 'Current password is required').max(256),
  newPassword: passwordSchema,
});

export const deleteAccountInput = z.strictObject({ password: z.string().max(256).optional(), confirm: z.literal('delete my account', { error: 'Type "delete my account" to confirm' }) });

export const SIGNUP_POLICIES = ['open', 'domains', 'invite'] as const;
export type SignupPolicy = (typeof SIGNUP_POLICIES)[number];

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Each domain must look like example.com');

export const instanceSettingsInput = z
  .strictObject({
    signupPolicy: z.enum(SIGNUP_POLICIES, { error: 'Sign-up must be open, domains or invite' }),
    allowedDomains: z.array(domainSchema).max(50, 'At most 50 domains').default([]),
  })
  .refine((s) => s.signupPolicy !== 'domains' || s.allowedDomains.length > 0, { path: ['allowedDomains'], message: 'List at least one domain when sign-up is limited to domains' });

/** Field → first message, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    out[key] ??= issue.message;
  }
  return out;
}
