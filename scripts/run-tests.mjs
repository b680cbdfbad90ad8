// npm test: every check a change must pass, in the order that fails fastest, then one summary
// line `N passed, N failed` that counts unit and end-to-end tests together.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

// The end-to-end server answers on this origin; the build bakes it into static pages' links.
const e2ePort = process.env.E2E_PORT ?? '3210';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${e2ePort}` };
const results = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`◀ ${label}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) broken = true;
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
rmSync('test-results/unit-postgres.json', { force: true });
rmSync('test-results/e2e-postgres.json', { force: true });

function countPlaywright(file) {
  const report = readJson(file);
  if (!report?.stats) {
    broken = true;
    return;
  }
  results.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
  results.failed += report.stats.unexpected ?? 0;
  results.skipped += report.stats.skipped ?? 0;
}

function countVitest(file) {
  const report = readJson(file);
  if (!report) return;
  results.passed += report.numPassedTests ?? 0;
  results.failed += report.numFailedTests ?? 0;
  results.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

const contentOk = run('content', 'npm', ['run', '--silent', 'content']);
if (contentOk) {
  run('lint', 'npx', ['eslint', '.']);
  run('typecheck', 'npx', ['tsc', '--noEmit']);
}
// The database tests run on embedded PGlite here, and again on PostgreSQL when a server is given.
run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], { TEST_DATABASE_URL: '' });
countVitest('test-results/unit.json');
if (process.env.TEST_DATABASE_URL) {
  run('database tests on PostgreSQL', 'npx', ['vitest', 'run', '.db.test.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit-postgres.json']);
  countVitest('test-results/unit-postgres.json');
}

const built = contentOk && run('build', 'npx', ['next', 'build']);
if (built && run('browser', 'bash', ['scripts/ensure-chromium.sh'])) {
  run('e2e', 'npx', ['playwright', 'test']);
  countPlaywright('test-results/e2e.json');
  // The live exercise journey again on PostgreSQL, with participants on a second app instance.
  if (process.env.E2E_POSTGRES_URL) {
    run('e2e on PostgreSQL, two instances', 'npx', ['playwright', 'test', 'e2e/exercise.spec.ts'], {
      E2E_DATABASE_URL: process.env.E2E_POSTGRES_URL,
      E2E_JSON_REPORT: 'test-results/e2e-postgres.json',
    });
    countPlaywright('test-results/e2e-postgres.json');
  }
}
// A crash mid-exercise loses nothing acknowledged: kill -9 the server during writes, restart it
// on the same data directory, verify the log and the streams. It counts as one test.
if (built) {
  if (run('durability', 'npx', ['tsx', 'scripts/check-durability.ts'])) results.passed += 1;
  else results.failed += 1;
}

if (broken && results.failed === 0) console.log('\nA step other than the tests failed (see ◀ lines above).');
console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(broken || results.failed > 0 ? 1 : 0);
