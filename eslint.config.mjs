import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layers run one way: resolvers → resolutions (services) and loaders → db → neo4j-driver, with
 * ingest beside them and domain (the vocabulary and shared shapes) beneath all of them. Each
 * entry names what a folder must not import.
 */
const layer = (folder, forbidden) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((name) => ({
          group: [
            name.includes('/') || name.startsWith('@') ? name : `**/${name}`,
            `**/${name}/**`,
          ],
          message: `src/${folder} must not import ${name}: layers run resolvers → services → db → driver, with domain beneath all`,
        })),
      },
    ],
  },
});
const UPPER = [
  'resolvers',
  'resolutions',
  'http',
  'validation',
  '__generated__',
  'server',
  'context',
  'loaders',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'src/__generated__/',
      'neo4j-launcher/',
      'public/',
      'dist/',
      '.claimgraph/',
      'coverage/',
      'web/dist/',
      'web/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  layer('domain', [...UPPER, 'db', 'ingest', 'config', 'graphql', 'neo4j-driver']),
  layer('db', [...UPPER, 'ingest', 'graphql']),
  layer('ingest', [...UPPER, 'graphql']),
  layer('resolutions', ['resolvers', 'http', 'validation', '__generated__', 'server', 'ingest']),
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { module: 'readonly', require: 'readonly', __dirname: 'readonly' },
    },
    extends: [tseslint.configs.disableTypeChecked],
  },
);
