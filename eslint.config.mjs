import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', '.contentlayer/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/.out/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The domain layer stays free of the framework and of storage: it must be testable without a
    // server, and the exercise engine also runs in the browser.
    files: ['lib/library/**', 'lib/search/**', 'lib/exercise/**', 'lib/report/**', 'lib/dashboard/**', 'lib/improvement/**', 'lib/threat-model/**', 'lib/learning/**'],
    // Tests may read fixtures from disk and the generated content.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*', 'next-auth', 'next-auth/*', 'react', 'react-dom', '@/components/*', '@/app/*'], message: 'The domain layer does not import the framework.' },
            { group: ['@/lib/db/*', '@/lib/server/*', '../db/*', '../server/*', '../content/*'], message: 'The domain layer takes data as arguments; only lib/server reads storage.' },
            { regex: '^node:', message: 'The domain layer runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // lib/server is the only code that touches the database; pages and components go through it.
    files: ['app/**', 'components/**', 'lib/auth/**', 'lib/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/db/*', '../db/*', '../../db/*', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/pglite', 'pg'], message: 'Go through lib/server.' }] }],
    },
  },
  {
    // Full-page navigation after sign-in, sign-out and team changes is deliberate: the header and
    // server components must re-read the session.
    files: ['components/account/**', 'components/site/sign-out.ts', 'components/exercise/**'],
    rules: { '@next/next/no-location-assign-relative-destination': 'off' },
  },
];

export default config;
