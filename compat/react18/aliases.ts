import path from 'node:path';
import { fileURLToPath } from 'node:url';

const modulesDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'node_modules',
);

/**
 * Vite aliases that point React, React DOM and the libraries with React as a
 * peer at this package's copies, which pnpm links against React 18. Modules
 * loaded from node_modules resolve their own `react` import through those
 * links, so every module of a test run imports the same React.
 */
export const react18Aliases = [
  {
    find: /^(react|react-dom|react-hook-form|@tanstack\/react-query|@testing-library\/react)(\/.*)?$/,
    replacement: `${modulesDir}/$1$2`,
  },
];
