import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 89);
const baseURL = `http://127.0.0.1:${PORT}`;
// A fresh embedded database for each run; set here once so that the test workers, which
// inherit the runner's environment, know it too (the second-server test opens the same one).
process.env.E2E_DATA_DIR ??= path.join(tmpdir(), `sandtable-e2e-${process.pid}-${Date.now()}`);
process.env.E2E_BASE_URL = baseURL;
// With E2E_DATABASE_URL the app runs on that PostgreSQL server as two instances, and the specs
// that know about it put participants on the second one (E2E_SECOND_BASE_URL).
const postgresUrl = process.env.E2E_DATABASE_URL;
const SECOND_PORT = PORT + 1;
// Node closes an idle keep-alive socket after 5 s; a test's request context that reuses it just
// then gets ECONNRESET (seen on a loaded machine after an axe scan). Idle sockets stay open longer
// than any pause inside a test.
const KEEP_ALIVE_MS = 120_000;
if (postgresUrl) process.env.E2E_SECOND_BASE_URL = `http://127.0.0.1:${SECOND_PORT}`;
const appEnv = (port: number) => ({
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: baseURL,
  OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  OIDC_CLIENT_ID: 'sandtable-e2e',
  OIDC_CLIENT_SECRET: 'sandtable-e2e-client-secret',
  OIDC_NAME: 'Acme SSO',
  OIDC_GROUP_ROLES: 'ml-security-leads=sso-team:owner,ml-engineers=sso-team:member',
  ...(postgresUrl
    ? { DATABASE_URL: postgresUrl, AUTH_SECRET: 'e2e-only-secret-shared-by-both-instances-0123456789' }
    : { DATA_DIR: process.env.E2E_DATA_DIR ?? '' }),
  PORT: String(port),
});

// Playwright drives the system Chromium: its own browser download cannot work on machines
// without general network access (scripts/ensure-chromium.sh installs Debian's package).
export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // The first account of a fresh install becomes its admin: that journey runs before any other
    // test can create an account.
    { name: 'first-account', testMatch: /first-account\.setup\.ts/, use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', dependencies: ['first-account'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      // A real OpenID Connect provider on loopback, the stand-in for a company IdP.
      command: `node e2e/support/oidc-provider.mjs`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), APP_ORIGIN: baseURL },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production build (npm test builds it first), served as a user would get it, on a
      // fresh embedded database (or the PostgreSQL server in E2E_DATABASE_URL).
      command: `npx next start -p ${PORT} -H 127.0.0.1 --keepAliveTimeout ${KEEP_ALIVE_MS}`,
      url: `${baseURL}/`,
      env: appEnv(PORT),
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      timeout: 120_000,
    },
    ...(postgresUrl
      ? [
          {
            // A second stateless instance on the same PostgreSQL: LISTEN/NOTIFY carries live events across.
            command: `npx next start -p ${SECOND_PORT} -H 127.0.0.1 --keepAliveTimeout ${KEEP_ALIVE_MS}`,
            url: `http://127.0.0.1:${SECOND_PORT}/`,
            env: appEnv(SECOND_PORT),
            reuseExistingServer: false,
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
            timeout: 120_000,
          },
        ]
      : []),
  ],
});
