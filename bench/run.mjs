// Compares the kit's form with react-phone-number-input's react-hook-form
// adapter: gzip size with the same bundler settings, then time and React
// renders per keystroke in Chromium. Prints a table and writes
// BENCHMARKS.md. Run with `pnpm bench`, which builds the packages first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { runnerImport } from 'vite';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.dirname(benchDir);
const outDir = path.join(rootDir, '.test-results/bench');

// Typed after a `+` that is not measured: 12 digits of an Indian mobile
// number, which both forms read as international.
const digits = '919876543210';
const warmupRuns = 3;
const measuredRuns = 30;

const peers = [
  'react',
  'react-dom',
  'react-hook-form',
  '@tanstack/react-query',
];
const subjects = [
  {
    name: '@lsq-otp/react PhoneOtpRequestForm',
    short: 'lsq-otp',
    fixture: 'fixtures/lsq-otp-form.tsx',
    exportName: 'LsqOtpForm',
    page: 'pages/lsq-otp.tsx',
  },
  {
    name: 'react-phone-number-input/react-hook-form-core',
    short: 'react-phone-number-input',
    fixture: 'fixtures/react-phone-number-input-form.tsx',
    exportName: 'ReactPhoneNumberInputForm',
    page: 'pages/react-phone-number-input.tsx',
  },
];

// One set of esbuild options for every bundle, so only the code differs.
const sharedOptions = {
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};

async function gzipSizeOf(entry, external) {
  const result = await build({
    ...sharedOptions,
    stdin: {
      contents: `export { ${entry.exportName} } from './${entry.fixture}';`,
      resolveDir: benchDir,
      loader: 'ts',
    },
    external,
  });
  const code = result.outputFiles[0].contents;
  return gzipSync(code, { level: 9 }).length;
}

async function buildPage(subject) {
  const dir = path.join(outDir, subject.short);
  mkdirSync(dir, { recursive: true });
  await build({
    ...sharedOptions,
    write: true,
    entryPoints: [path.join(benchDir, subject.page)],
    outfile: path.join(dir, 'page.js'),
    // Chromium loads no module scripts from file: URLs.
    format: 'iife',
    // The profiling build of React DOM calls Profiler's onRender, which the
    // production build skips; it is otherwise the production build.
    alias: { 'react-dom/client': 'react-dom/profiling' },
  });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div>' +
      '<script src="page.js"></script></body></html>',
  );
  return pathToFileURL(path.join(dir, 'index.html')).href;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function typeNumber(page) {
  await page.evaluate(() => window.bench.remount());
  const input = page.locator('input[type="tel"]');
  await input.focus();
  await page.keyboard.press('+');
  const samples = [];
  for (const digit of digits) {
    await page.keyboard.press(digit);
    // Renders scheduled after the event, such as react-hook-form's state
    // updates after validation, land within a frame and a task.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => setTimeout(resolve, 20)),
        ),
    );
    samples.push(await page.evaluate(() => window.bench.lastKeystroke()));
  }
  const typed = await input.inputValue();
  if (typed.replace(/\D/g, '') !== digits) {
    throw new Error(
      'bench: the digits in the phone input differ from the typed digits, so the keystrokes did not all reach the form.',
    );
  }
  return samples;
}

async function openPage(browser, subject, url) {
  const page = await browser.newPage();
  // Nothing in these pages needs the network: stop any request that is not
  // for a local file.
  await page.route(/^(?!file:)/, (route) => route.abort());
  page.on('pageerror', (error) => {
    throw new Error(
      `bench: the ${subject.short} page failed: ${error.message}`,
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

function summarize(samples) {
  const renders = samples.map((sample) => sample.renders);
  return {
    medianMs: median(samples.map((sample) => sample.durationMs)),
    medianRenders: median(renders),
    maxRenders: Math.max(...renders),
    meanRenders: renders.reduce((sum, n) => sum + n, 0) / renders.length,
    keystrokes: samples.length,
  };
}

// Runs alternate between the forms, so a slow spell of the machine slows
// both alike instead of only the form measured at the time.
async function measureTyping(browser, urls) {
  const pages = [];
  for (const [index, subject] of subjects.entries()) {
    pages.push(await openPage(browser, subject, urls[index]));
  }
  const samples = pages.map(() => []);

  for (let run = 0; run < warmupRuns + measuredRuns; run++) {
    for (const [index, page] of pages.entries()) {
      const runSamples = await typeNumber(page);
      if (run >= warmupRuns) samples[index].push(...runSamples);
    }
  }
  for (const page of pages) await page.close();
  return samples.map(summarize);
}

function machineFacts(browserVersion) {
  const cpus = os.cpus();
  return {
    nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    chromium: browserVersion,
    os: `${os.type()} ${os.release()}`,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const ratio = (ours, theirs) => `${(ours / theirs).toFixed(2)}×`;

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const sizes = [];
for (const subject of subjects) {
  sizes.push({
    withMetadata: await gzipSizeOf(subject, peers),
    withoutLibphonenumber: await gzipSizeOf(subject, [
      ...peers,
      'libphonenumber-js',
    ]),
  });
}

const { module: chromiumModule } = await runnerImport(
  path.join(rootDir, 'scripts/chromium.ts'),
);
const browser = await chromium.launch(chromiumModule.chromiumLaunchOptions());
const urls = [];
for (const subject of subjects) urls.push(await buildPage(subject));
const typing = await measureTyping(browser, urls);
const machine = machineFacts(browser.version());
await browser.close();

const [ours, theirs] = [0, 1];
const rows = [
  [
    'gzip size, with libphonenumber-js max',
    kB(sizes[ours].withMetadata),
    kB(sizes[theirs].withMetadata),
    ratio(sizes[ours].withMetadata, sizes[theirs].withMetadata),
  ],
  [
    'gzip size, libphonenumber-js external',
    kB(sizes[ours].withoutLibphonenumber),
    kB(sizes[theirs].withoutLibphonenumber),
    ratio(
      sizes[ours].withoutLibphonenumber,
      sizes[theirs].withoutLibphonenumber,
    ),
  ],
  [
    'median time per keystroke',
    `${typing[ours].medianMs.toFixed(2)} ms`,
    `${typing[theirs].medianMs.toFixed(2)} ms`,
    ratio(typing[ours].medianMs, typing[theirs].medianMs),
  ],
  [
    'React commits per keystroke, median',
    String(typing[ours].medianRenders),
    String(typing[theirs].medianRenders),
    ratio(typing[ours].medianRenders, typing[theirs].medianRenders),
  ],
  [
    'React commits per keystroke, mean',
    typing[ours].meanRenders.toFixed(2),
    typing[theirs].meanRenders.toFixed(2),
    ratio(typing[ours].meanRenders, typing[theirs].meanRenders),
  ],
  [
    'React commits per keystroke, max',
    String(typing[ours].maxRenders),
    String(typing[theirs].maxRenders),
    ratio(typing[ours].maxRenders, typing[theirs].maxRenders),
  ],
];
const header = [
  'measure',
  'lsq-otp',
  'react-phone-number-input',
  'ratio (lsq-otp / other)',
];

console.table(
  rows.map(([measure, a, b, r]) => ({
    measure,
    'lsq-otp': a,
    'react-phone-number-input': b,
    ratio: r,
  })),
);

const markdownTable = [header, header.map(() => '---'), ...rows]
  .map((cells) => `| ${cells.join(' | ')} |`)
  .join('\n');
const template = readFileSync(
  path.join(benchDir, 'BENCHMARKS.template.md'),
  'utf8',
);
const report = template
  .replace('{{table}}', markdownTable)
  .replace('{{date}}', new Date().toISOString().slice(0, 10))
  .replace('{{nproc}}', machine.nproc)
  .replace('{{cpu}}', machine.cpuModel)
  .replace('{{memory}}', `${machine.memoryGiB} GiB`)
  .replace('{{os}}', machine.os)
  .replace('{{node}}', machine.node)
  .replace('{{chromium}}', machine.chromium)
  .replace('{{keystrokes}}', String(typing[ours].keystrokes))
  .replace('{{runs}}', String(measuredRuns))
  .replace('{{warmup}}', String(warmupRuns));
const reportPath = path.join(rootDir, 'BENCHMARKS.md');
const prettierOptions = await prettier.resolveConfig(reportPath);
writeFileSync(
  reportPath,
  await prettier.format(report, { ...prettierOptions, parser: 'markdown' }),
);
console.log('bench: results written to BENCHMARKS.md');
