import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layers run one way. From the top: index.ts and server.ts compose everything; http/ (Express
 * handlers) and plugins/ (Apollo plugins) sit around the GraphQL layer; resolvers/ call services
 * (resolutions/, annotations/, suggestions/), loaders and repositories (db/); db/ talks to
 * neo4j-driver; ingest/ (files in, the importer) sits beside the API on top of db/; opendata/
 * (the graph as CSV, JSON lines, Web Annotations, iCalendar and Atom) is a service on db/ that
 * http/ serves; validation/ (the operation limits) and live/ (in-process pub/sub) stand alone;
 * domain/ (the vocabulary and shared shapes) and ids/ (the codecs of global ids and cursors)
 * are beneath all of them. Each entry names what a folder must not import; every folder under
 * src/ has one,
 * and web/ (the dashboard) reaches the server only through GraphQL.
 */
const SRC = [
  '__generated__',
  'server',
  'context',
  'loaders',
  'resolvers',
  'resolutions',
  'opendata',
  'annotations',
  'suggestions',
  'http',
  'plugins',
  'validation',
  'guard',
  'live',
  'ingest',
  'backup',
  'db',
  'config',
  'errors',
  'auth',
];
const PACKAGES = ['graphql', 'neo4j-driver', '@apollo/*', 'express'];
/** Every part of src/ and every listed package, except the ones a layer may use. */
const allBut = (...allowed) => [...SRC, ...PACKAGES].filter((name) => !allowed.includes(name));
const RULES = {
  domain: allBut(),
  ids: allBut(),
  validation: allBut('graphql', '@apollo/*'),
  live: allBut(),
  db: allBut('config', 'neo4j-driver'),
  // npm run export writes the open-data tables beside the corpus files.
  ingest: allBut('db', 'config', 'neo4j-driver', 'opendata'),
  backup: allBut('db', 'ingest', 'config', 'neo4j-driver'),
  // Who may resolve is annotations/access.ts's rule, asked by the service.
  resolutions: allBut('db', 'live', 'errors', 'auth', 'annotations'),
  // The graph in open formats (CSV, JSON lines, Web Annotation, iCalendar, Atom): reads through
  // db/, knows nothing of HTTP; http/ serves what it builds.
  opendata: allBut('db', 'config'),
  annotations: allBut('db', 'live', 'ingest', 'auth', 'config'),
  suggestions: allBut('db'),
  guard: allBut('validation', 'errors', 'graphql'),
  plugins: allBut('context', 'validation', 'guard', 'errors', 'auth', 'graphql', '@apollo/*'),
  resolvers: ['server', 'http', 'plugins', 'validation', 'ingest', 'neo4j-driver', 'express'],
  http: [
    'server',
    'resolvers',
    'resolutions',
    'annotations',
    'suggestions',
    'ingest',
    'loaders',
    'db',
    '__generated__',
    'neo4j-driver',
  ],
};

/**
 * One config per depth below src/, so `../../db` is forbidden exactly where it means src/db and
 * a file of the same name deeper down (say a rule's `./context.ts`) is not caught.
 */
const layer = (folder, forbidden) =>
  [1, 2, 3].map((depth) => {
    const up = '../'.repeat(depth);
    return {
      files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: forbidden.map((name) => ({
              group: SRC.includes(name)
                ? [`${up}${name}`, `${up}${name}/**`]
                : [name, `${name}/**`],
              message: `src/${folder} must not import ${name}: see the layer table in eslint.config.mjs`,
            })),
          },
        ],
      },
    };
  });
/** A top-level file of src/ (depth 0) or a web/ folder, with its own list. */
const restrict = (files, patterns, where) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: patterns.map((pattern) => ({
          group: [pattern],
          message: `${where} must not import ${pattern}: see the layer table in eslint.config.mjs`,
        })),
      },
    ],
  },
});
const topLevel = (file, forbidden) =>
  restrict(
    [`src/${file}.ts`],
    forbidden.flatMap((name) => (SRC.includes(name) ? [`./${name}`, `./${name}/**`] : [name])),
    `src/${file}.ts`,
  );

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
  ...Object.entries(RULES).flatMap(([folder, forbidden]) => layer(folder, forbidden)),
  topLevel('loaders', allBut('db')),
  topLevel(
    'context',
    allBut('db', 'loaders', 'resolutions', 'annotations', 'suggestions', 'auth', 'config'),
  ),
  // The dashboard is a client like any other: it knows the API by its schema, not the server's code.
  restrict(
    ['web/src/**/*.{ts,tsx}'],
    [
      '../../src/**',
      '../../../src/**',
      '../../../../src/**',
      'neo4j-driver',
      'express',
      '@apollo/server',
    ],
    'web/src',
  ),
  restrict(['web/src/components/**/*.{ts,tsx}'], ['**/views/**'], 'web/src/components'),
  // No long rooms: a function over 100 lines is split into named steps.
  {
    files: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 100, IIFEs: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { module: 'readonly', require: 'readonly', __dirname: 'readonly' },
    },
    extends: [tseslint.configs.disableTypeChecked],
  },
);
