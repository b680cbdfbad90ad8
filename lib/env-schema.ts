// The environment contract, parsed once at start. Pure (no process access) so it is unit-tested
// with plain objects; lib/env.ts applies it to process.env on the server.
import { z } from 'zod';
import { TEAM_ROLES, type TeamRole } from './auth/permissions';

const optionalText = z.string().trim().min(1).optional();

const origin = z
  .string()
  .trim()
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL such as https://sandtable.example.com')
  .transform((raw) => new URL(raw).origin);

const databaseUrl = z
  .string()
  .trim()
  .refine((raw) => /^postgres(?:ql)?:\/\//.test(raw), 'must be a postgres:// or postgresql:// connection string');

/** `group=team-slug:role` pairs, comma-separated: which IdP group grants which team role. */
const groupRoles = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    const mappings: Array<{ group: string; team: string; role: TeamRole }> = [];
    for (const pair of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
      const match = /^([^=]+)=([a-z0-9-]+):([a-z]+)$/.exec(pair);
      const role = TEAM_ROLES.find((r) => r === match?.[3]);
      if (!match || !role) {
        ctx.addIssue({ code: 'custom', message: `"${pair}" must look like group=team-slug:role with role one of ${TEAM_ROLES.join(', ')}` });
        return z.NEVER;
      }
      mappings.push({ group: match[1]!.trim(), team: match[2]!, role });
    }
    return mappings;
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SITE_URL: origin.default('http://localhost:3000'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: databaseUrl.optional(),
    AUTH_SECRET: optionalText,
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the issuer URL, such as https://idp.example.com/realms/acme' }).optional(),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_NAME: optionalText,
    OIDC_GROUPS_CLAIM: z.string().trim().min(1).default('groups'),
    OIDC_GROUP_ROLES: groupRoles.optional(),
    /** Use the left-most X-Forwarded-For address as the client address (only behind a proxy you run). */
    TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_SECRET !== undefined && env.AUTH_SECRET.length < 32) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'must be at least 32 characters (try `openssl rand -base64 32`)' });
    }
    if (env.DATABASE_URL && env.AUTH_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required with DATABASE_URL: every instance must sign sessions with the same secret (try `openssl rand -base64 32`)',
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some((v) => v !== undefined) && oidc.some((v) => v === undefined)) {
      for (const [name, value] of [['OIDC_ISSUER', env.OIDC_ISSUER], ['OIDC_CLIENT_ID', env.OIDC_CLIENT_ID], ['OIDC_CLIENT_SECRET', env.OIDC_CLIENT_SECRET]] as const) {
        if (value === undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when any OIDC_ setting is given (single sign-on needs issuer, client id and secret)' });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

/** One readable line per problem, naming the variable. */
export function formatEnvProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`).join('\n');
}

export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; message: string } {
  // An empty variable means unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = envSchema.safeParse(present);
  if (result.success) return { ok: true, env: result.data };
  return { ok: false, message: `Sandtable cannot start: the environment is invalid.\n${formatEnvProblems(result.error)}` };
}
