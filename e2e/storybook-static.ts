import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const storybookStaticDir = path.resolve('storybook-static');

/**
 * Builds Storybook when no build exists, so the end-to-end tests also run on
 * their own; the test command builds it before them.
 */
export function ensureStorybookBuild(): string {
  if (!existsSync(path.join(storybookStaticDir, 'iframe.html'))) {
    execFileSync(
      'pnpm',
      ['exec', 'storybook', 'build', '--quiet', '-o', storybookStaticDir],
      {
        stdio: 'inherit',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
  }
  return storybookStaticDir;
}
