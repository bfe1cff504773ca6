import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { react18Aliases } from './compat/react18/aliases.ts';
import { mockPortalPlugin } from './packages/mock-portal/src/vite-plugin.ts';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const sourceCondition = '@lsq-otp/source';

export default defineConfig({
  plugins: [react(), mockPortalPlugin()],
  resolve: {
    conditions: [sourceCondition, ...defaultClientConditions],
  },
  ssr: {
    resolve: {
      conditions: [sourceCondition, ...defaultServerConditions],
    },
  },
  // The Login story reads these when Storybook starts. Listed by exact name so
  // no other variable, such as an admin key, reaches browser code.
  envPrefix: [
    'LSQ_PORTAL_BASE_URL',
    'LSQ_PUBLIC_AUTH_KEY',
    'LSQ_REGISTER_TOKEN',
    'LSQ_PORTAL_ID',
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/{core,mock-portal}/src/**/*.test.ts',
            'packages/react/src/**/*.server.test.tsx',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, '**/*.server.test.tsx'],
          setupFiles: ['./packages/react/test/setup.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: react18Aliases },
        test: {
          name: 'jsdom-react18',
          environment: 'jsdom',
          include: [
            'packages/react/src/**/*.test.{ts,tsx}',
            'compat/react18/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, '**/*.server.test.tsx'],
          setupFiles: ['./packages/react/test/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [
          storybookTest({ configDir: path.join(rootDir, '.storybook') }),
        ],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
