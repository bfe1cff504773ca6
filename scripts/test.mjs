// The test command: every check and every test, ending with one line
// "N passed, N failed" counted from Vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportFile = '.test-results/vitest.json';
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

// pnpm arguments that run a command in each package published to npm.
const publishedPackages = [
  '--filter',
  '@lsq-otp/core',
  '--filter',
  '@lsq-otp/react',
];

const steps = [
  ['chromium', 'bash', ['.ci/install-chromium.sh']],
  ['lint', 'pnpm', ['exec', 'eslint', '.']],
  ['format', 'pnpm', ['exec', 'prettier', '--check', '.']],
  ['types', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.json']],
  ['package build', 'pnpm', ['build']],
  ['publint', 'pnpm', [...publishedPackages, 'exec', 'publint', '--strict']],
  [
    'attw',
    'pnpm',
    [
      ...publishedPackages,
      'exec',
      'attw',
      '--pack',
      '.',
      '--profile',
      'esm-only',
      // A stylesheet has no types to check.
      '--exclude-entrypoints',
      './styles.css',
    ],
  ],
  ['api report', 'node', ['scripts/api-report.mjs']],
  ['example build', 'node', ['scripts/example-build.mjs']],
  ['size', 'pnpm', ['exec', 'size-limit']],
  [
    'storybook build',
    'pnpm',
    ['exec', 'storybook', 'build', '--quiet', '-o', 'storybook-static'],
  ],
  [
    'tests',
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
    ],
  ],
];

const failedSteps = [];
rmSync(reportFile, { force: true });
mkdirSync('.test-results', { recursive: true });

for (const [name, command, args] of steps) {
  console.log(`\n> ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) failedSteps.push(name);
}

const { passed, failed } = countTests();
if (failedSteps.length > 0) {
  console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);

function countTests() {
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + countFailedFiles(report),
    };
  } catch {
    // No report means the test step could not run at all.
    return { passed: 0, failed: 1 };
  }
}

// A file that fails to load reports no tests, so it counts as one failure.
function countFailedFiles(report) {
  return report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
}
