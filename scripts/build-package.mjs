// Builds the workspace package in the current directory for publishing: ESM
// modules from src/index.ts in Vite library mode, then type declarations
// from tsc. Dependencies and peer dependencies stay external, so consumers'
// bundlers share one copy of React, TanStack Query and libphonenumber-js.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const packageDir = process.cwd();
const manifest = JSON.parse(
  readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
);
const externalNames = Object.keys({
  ...manifest.dependencies,
  ...manifest.peerDependencies,
});

// Matches each external package and its subpaths, e.g. `react/jsx-runtime`.
const isExternal = (id) =>
  externalNames.some((name) => id === name || id.startsWith(`${name}/`));

rmSync(path.join(packageDir, 'dist'), { recursive: true, force: true });

await build({
  configFile: false,
  root: packageDir,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: path.join(packageDir, 'src/index.ts'),
      formats: ['es'],
      fileName: 'index',
    },
    rolldownOptions: {
      external: isExternal,
      // One output file per source module, so a page's bundler can leave
      // out modules it never imports and split off those it imports lazily.
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});

// Stylesheets ship as written, for imports such as
// `@lsq-otp/react/styles.css`.
const sourceDir = path.join(packageDir, 'src');
for (const file of readdirSync(sourceDir)) {
  if (file.endsWith('.css')) {
    copyFileSync(
      path.join(sourceDir, file),
      path.join(packageDir, 'dist', file),
    );
  }
}

const tsc = spawnSync('tsc', ['-p', 'tsconfig.build.json'], {
  cwd: packageDir,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error(`build: tsc failed for ${manifest.name}.`);
  process.exit(tsc.status ?? 1);
}
console.log(`build: ${manifest.name} written to dist/`);
