// Builds examples/login the way a user's app would get the kit: packs the
// built packages into tarballs, installs them with their peers into the
// example alone, then type-checks and bundles it. Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const exampleDir = path.resolve('examples/login');
const packDir = path.join(exampleDir, '.packages');
const packageDirs = ['packages/core', 'packages/react'];

function run(command, args, cwd) {
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (status !== 0) {
    console.error(
      `example-build: \`${command} ${args.join(' ')}\` failed in ${cwd}.`,
    );
    process.exit(status ?? 1);
  }
}

rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir);

// pnpm pack rewrites `workspace:*` ranges to the packed version, as
// `pnpm publish` does. The example's package.json names each tarball
// without its version, e.g. `lsq-otp-core.tgz`, so a version bump needs no
// change there.
for (const packageDir of packageDirs) {
  const { name, version } = JSON.parse(
    readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
  );
  const baseName = name.replace('@', '').replace('/', '-');
  run('pnpm', ['pack', '--pack-destination', packDir], packageDir);
  renameSync(
    path.join(packDir, `${baseName}-${version}.tgz`),
    path.join(packDir, `${baseName}.tgz`),
  );
}

// The example is not a workspace package, so it installs like an app of its
// own. Every other package comes from pnpm's store when the workspace install
// already fetched it, and from the npm registry otherwise.
rmSync(path.join(exampleDir, 'node_modules'), { recursive: true, force: true });
run(
  'pnpm',
  [
    'install',
    '--ignore-workspace',
    '--prefer-offline',
    '--config.lockfile=false',
    '--reporter=append-only',
  ],
  exampleDir,
);
run('pnpm', ['run', 'build'], exampleDir);
checkMetadataSplit();
console.log(
  'example-build: examples/login/dist built from the packed packages.',
);

// The page renders LazyPhoneOtpRequestForm, so libphonenumber-js metadata
// must be in a chunk loaded later and not in the script index.html loads.
function checkMetadataSplit() {
  const distDir = path.join(exampleDir, 'dist');
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]* src="\/([^"]+)"/)?.[1];
  if (!entry) {
    console.error('example-build: dist/index.html loads no module script.');
    process.exit(1);
  }
  const chunks = readdirSync(path.join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  // A key of every libphonenumber-js metadata set.
  const hasMetadata = (chunk) =>
    readFileSync(path.join(distDir, chunk), 'utf8').includes(
      'country_calling_codes',
    );

  for (const chunk of chunks) {
    const gzipBytes = gzipSync(readFileSync(path.join(distDir, chunk))).length;
    const role = chunk === entry ? 'loaded first' : 'loaded later';
    console.log(
      `example-build: ${chunk} (${role}): ${(gzipBytes / 1000).toFixed(2)} kB gzip`,
    );
  }
  if (hasMetadata(entry)) {
    console.error(
      `example-build: ${entry}, which index.html loads, contains libphonenumber-js metadata. LazyPhoneOtpRequestForm must leave it to a chunk loaded later.`,
    );
    process.exit(1);
  }
  if (!chunks.some(hasMetadata)) {
    console.error(
      'example-build: no chunk contains libphonenumber-js metadata.',
    );
    process.exit(1);
  }
}
