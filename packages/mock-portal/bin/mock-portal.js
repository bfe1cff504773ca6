#!/usr/bin/env node
// Starts the mock portal on its own port, mounted at the root. Node 20
// cannot run TypeScript, so Vite's module runner loads the source.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const defaultPort = 4010;
const port = Number(process.env.MOCK_PORTAL_PORT ?? defaultPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `mock-portal: MOCK_PORTAL_PORT must be a port number from 0 to 65535, not "${process.env.MOCK_PORTAL_PORT}".`,
  );
  process.exit(1);
}

const indexPath = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const { module: mockPortal } = await runnerImport(indexPath);

let server;
try {
  server = await mockPortal.startMockPortalServer({ port, basePath: '' });
} catch (error) {
  console.error(
    `mock-portal: failed to listen on port ${port}. Set MOCK_PORTAL_PORT to a free port.`,
    error,
  );
  process.exit(1);
}
console.log(
  `mock-portal: listening at ${server.url}, accepting the public auth key "${mockPortal.defaultPublicAuthKey}"`,
);

const stop = async (signal) => {
  console.log(`mock-portal: stopping on ${signal}`);
  await server.close();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
