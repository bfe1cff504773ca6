// Builds examples/login the way a user's app would get the kit: packs the
// built packages into tarballs, installs them with their peers into the
// example alone, then type-checks and bundles it. Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

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
console.log(
  'example-build: examples/login/dist built from the packed packages.',
);
