import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// The mock portal is a private workspace package that is not published, so
// the example loads its source. Vite bundles this config, TypeScript included.
import { mockPortalPlugin } from '../../packages/mock-portal/src/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), mockPortalPlugin()],
});
