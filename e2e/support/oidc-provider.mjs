// A real OpenID Connect provider on loopback for the end-to-end tests (the outside world's IdP,
// faked with the `oidc-provider` package). Its development login form accepts any password;
// the login name picks one of the accounts below, whose `groups` claim drives role mapping.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 3299);
const appOrigin = process.env.APP_ORIGIN ?? 'http://127.0.0.1:3210';
const issuer = `http://127.0.0.1:${port}`;

const ACCOUNTS = {
  'sso-lead': { email: 'sso-lead@idp.example', name: 'Sam Lead', groups: ['ml-security-leads'] },
  'sso-engineer': { email: 'sso-engineer@idp.example', name: 'Eli Engineer', groups: ['ml-engineers'] },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'sandtable-e2e',
      client_secret: 'sandtable-e2e-client-secret',
      redirect_uris: [`${appOrigin}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  // next-auth reads the ID token; put the requested claims in it.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, async claims() { return { sub: id, email: account.email, email_verified: true, name: account.name, groups: account.groups }; } };
  },
  cookies: { keys: ['e2e-only-cookie-key'] },
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
