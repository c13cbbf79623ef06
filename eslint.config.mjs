// Lint holds the architecture's lines: pure folders import no host, React, Node API or Office;
// only src/hosts/excel touches Office.js.
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib', 'http', 'https'];
const nodeBans = NODE_MODULES.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);
const PURE = [
  'plan',
  'progress',
  'extract',
  'template',
  'check',
  'summary',
  'workbook',
  'collect',
  'actions',
  'report',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'test-output/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Office.js is used only in src/hosts/excel/.' },
        { name: 'Office', message: 'Office.js is used only in src/hosts/excel/.' },
      ],
    },
  },
  {
    files: PURE.map((d) => `src/${d}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBans.map((name) => ({ name, message: 'Pure folders use no Node API: pass data in.' })),
          patterns: [
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'Pure folders import no React.' },
            {
              group: ['exceljs', '**/hosts/**', '**/taskpane/**', '**/cli/**'],
              message: 'Pure folders import no host, UI or CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/hosts/excel/**/*.{ts,tsx}',
      'src/taskpane/index.tsx',
      'src/taskpane/main.tsx',
      'test/**/*.{ts,tsx}',
      'scripts/**',
      'bench/**',
    ],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/hosts/excel/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs', '**/taskpane/**', '**/cli/**', 'react', '@fluentui/*'],
              message: 'The Excel host is Office.js only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBans.map((name) => ({ name, message: 'The task pane runs in a browser: no Node API.' })),
          patterns: [
            {
              group: ['exceljs', '**/cli/**', '**/hosts/xlsx/**'],
              message: 'The task pane talks to a Host, never to files or the CLI.',
            },
          ],
        },
      ],
    },
  },
);
