// Size budgets of the published entries, measured minified and gzipped by
// esbuild after `pnpm build`. React and the other peers are the page's own,
// so every entry ignores them. The kit's code and libphonenumber-js (nearly
// all of it metadata) are budgeted apart, so growth in either shows up.
const peers = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'react-hook-form',
];
const libphonenumber = ['libphonenumber-js'];

// Measures what a production build ships: the development-only warnings
// behind `process.env.NODE_ENV` are left out, as a page's bundler does.
const modifyEsbuildConfig = (config) => ({
  ...config,
  define: { 'process.env.NODE_ENV': '"production"' },
});

module.exports = [
  // The login example's own build, after `pnpm example:build`: what a page
  // that renders LazyPhoneOtpRequestForm loads first (React included), and
  // the chunk with the form and libphonenumber-js metadata it loads after.
  {
    name: 'examples/login, script loaded first',
    path: 'examples/login/dist/assets/index-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '90 kB',
  },
  {
    name: 'examples/login, form chunk loaded after',
    path: 'examples/login/dist/assets/PhoneOtpRequestForm-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '82 kB',
  },
  {
    name: '@lsq-otp/core, own code',
    path: 'packages/core/dist/index.js',
    ignore: libphonenumber,
    gzip: true,
    modifyEsbuildConfig,
    limit: '8 kB',
  },
  {
    // Every export, the Arabic and Hindi catalogues included; a page ships
    // only what it imports.
    name: '@lsq-otp/react, own code',
    path: 'packages/react/dist/index.js',
    ignore: [...peers, '@lsq-otp/core', ...libphonenumber],
    gzip: true,
    modifyEsbuildConfig,
    limit: '12 kB',
  },
  {
    name: 'PhoneOtpRequestForm, kit code without libphonenumber-js',
    path: 'packages/react/dist/index.js',
    import: '{ PhoneOtpRequestForm }',
    ignore: [...peers, ...libphonenumber],
    gzip: true,
    modifyEsbuildConfig,
    limit: '8 kB',
  },
  {
    name: 'PhoneOtpSignIn, kit code without libphonenumber-js',
    path: 'packages/react/dist/index.js',
    import: '{ PhoneOtpSignIn }',
    ignore: [...peers, ...libphonenumber],
    gzip: true,
    modifyEsbuildConfig,
    limit: '12 kB',
  },
  {
    name: 'PhoneOtpRequestForm with libphonenumber-js max metadata',
    path: 'packages/react/dist/index.js',
    import: '{ PhoneOtpRequestForm }',
    ignore: peers,
    gzip: true,
    modifyEsbuildConfig,
    limit: '66 kB',
  },
];
