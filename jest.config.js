// Three Jest projects. `npm run test:fast` runs the first two for the edit loop: the pure core and the
// hosts on the fake Excel and on in-memory files (core), and the pane's React components (components);
// no LibreOffice, Chromium or spawned process. `npm test` runs all three.
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        module: 'commonjs',
        moduleResolution: 'node10',
        jsx: 'react-jsx',
        esModuleInterop: true,
        isolatedModules: true,
        ignoreDeprecations: '6.0',
      },
      diagnostics: false,
    },
  ],
};

const shared = {
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  transform,
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
};

// The full suite's own lane (paths as regexes): tests that start LibreOffice or Chromium, run the
// command line on files (in-process, and once per command as a process: test/cli/smoke.test.ts) or a
// script, run every action end to end through both hosts on written files (parity, collect's
// corrections), or run the add-in at a county's size (1,000 indicators, a full year).
const SLOW = [
  '/test/hosts/excel/scale[^/]*\\.test\\.ts$',
  '/test/browser/.*\\.test\\.ts$',
  '/test/engine/.*\\.test\\.ts$',
  '/test/cli/.*\\.test\\.ts$',
  '/test/scenario/.*\\.test\\.ts$',
  '/libreoffice[^/]*\\.test\\.ts$',
  '/cli\\.test\\.ts$',
  '/test/check/later-months\\.test\\.ts$',
  '/test/collect/months\\.test\\.ts$',
  '/test/template/unit-workbook\\.test\\.ts$',
  '/test/manifest/manifest\\.test\\.ts$',
  '/test/hosts/parity\\.test\\.ts$',
  '/test/collect/corrections\\.test\\.ts$',
];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'core',
      testEnvironment: 'node',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...SLOW],
    },
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['**/*.test.tsx'],
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testRegex: SLOW,
    },
  ],
};
