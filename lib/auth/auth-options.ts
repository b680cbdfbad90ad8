// next-auth (v4) configuration: email + password, and a generic OIDC provider when OIDC_ISSUER,
// OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. Sessions are signed JWTs in an httpOnly,
// SameSite=Lax cookie (Secure when SITE_URL is https) that carry only the user id and a session
// version, checked against the database on every request (lib/server/session.ts).
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '../env';
import { siteOrigin } from '../server/site-origin';
import { authSecret } from '../server/auth-secret';
import { getDb } from '../server/database';
import { verifyPassword } from '../server/accounts';
import { checkSignInRate, recordSignInAttempt } from '../server/sign-in-attempts';
import { signInWithOidcProfile } from '../server/oidc-accounts';
import { clientAddress } from '../server/client-address';
import { signInInput } from './input-schemas';

export const OIDC_PROVIDER_ID = 'oidc';

export function oidcDisplayName(): string | null {
  const settings = env();
  return settings.OIDC_ISSUER ? (settings.OIDC_NAME ?? 'single sign-on') : null;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const settings = env();
  const origin = siteOrigin();
  // next-auth builds its callback URLs from NEXTAUTH_URL: one public origin for the whole app.
  process.env.NEXTAUTH_URL = origin;
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Enter your email and password');
        const db = await getDb();
        const clientKey = clientAddress(request.headers ?? {}, settings.TRUST_PROXY);
        const rate = await checkSignInRate(db, parsed.data.email, clientKey);
        if (!rate.allowed) throw new Error(rate.message);
        const user = await verifyPassword(db, parsed.data.email, parsed.data.password);
        await recordSignInAttempt(db, parsed.data.email, clientKey, user !== null);
        if (!user) throw new Error('The email or password is wrong.');
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ];
  if (settings.OIDC_ISSUER && settings.OIDC_CLIENT_ID && settings.OIDC_CLIENT_SECRET) {
    const issuer = settings.OIDC_ISSUER.replace(/\/$/, '');
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: settings.OIDC_NAME ?? 'single sign-on',
      type: 'oauth',
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: settings.OIDC_CLIENT_ID,
      clientSecret: settings.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile(profile: Record<string, unknown>) {
        return { id: String(profile.sub), email: typeof profile.email === 'string' ? profile.email : null, name: typeof profile.name === 'string' ? profile.name : null };
      },
    });
  }
  cached = {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    useSecureCookies: origin.startsWith('https://'),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers,
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!profile) return false;
        const db = await getDb();
        const claims: Record<string, unknown> = { ...profile };
        const result = await signInWithOidcProfile(db, `${settings.OIDC_ISSUER}|${account.providerAccountId}`, claims, settings);
        if (!result.ok) return `/sign-in?error=${encodeURIComponent(result.message)}`;
        // Hand the local user to the jwt callback through the account object.
        account.sandtableUserId = result.userId;
        account.sandtableSessionVersion = result.sessionVersion;
        return true;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID && typeof account.sandtableUserId === 'string') {
          token.uid = account.sandtableUserId;
          token.sv = typeof account.sandtableSessionVersion === 'number' ? account.sandtableSessionVersion : 0;
        } else if (user && 'sessionVersion' in user && typeof user.sessionVersion === 'number') {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        // Only what the header needs; everything else is read from the database per request.
        return { expires: session.expires, user: { name: session.user?.name ?? null, email: session.user?.email ?? null }, uid: typeof token.uid === 'string' ? token.uid : undefined, sv: typeof token.sv === 'number' ? token.sv : -1, exp: typeof token.exp === 'number' ? token.exp : 0 };
      },
    },
  };
  return cached;
}
