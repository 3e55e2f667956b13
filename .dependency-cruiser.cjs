// The import rules of the house, checked in CI by `npm run lint` (dependency-cruiser).
// Agencies are the folders of subgraphs/ other than the platform library (subgraphs/platform, imported as #platform/…).
const AGENCY = '^subgraphs/(?!platform/)([^/]+)/';
const IO_MODULES =
  '^(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|worker_threads)$|node_modules/(knex|knex-pglite|pg|@electric-sql/pglite|undici|express|dataloader|pino)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'agencies-never-import-each-other',
      comment: 'An agency talks to another only over its API (the outbox and the typed client), never through its code.',
      severity: 'error',
      from: { path: AGENCY },
      to: { path: '^subgraphs/(?!platform/)([^/]+)/', pathNot: ['^subgraphs/$1/'] },
    },
    {
      name: 'platform-imports-no-agency',
      comment: 'The platform library serves every agency; it knows none of them.',
      severity: 'error',
      from: { path: '^subgraphs/platform/' },
      to: { path: [AGENCY, '^(gateway|scripts|bench|tests)/'] },
    },
    {
      name: 'gateway-imports-only-the-platform',
      comment: 'The gateway composes agencies over HTTP; of the project it imports the platform library alone.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: [AGENCY, '^(scripts|bench|tests)/'] },
    },
    {
      name: 'domain-does-no-io',
      comment: 'domain/ holds pure rules: no database, no network, no files, no data/ or resolvers/.',
      severity: 'error',
      from: { path: '/domain/' },
      to: { path: ['/(data|resolvers)/', IO_MODULES, '^subgraphs/platform/(database|server|audit)/'] },
    },
    {
      name: 'bench-and-scripts-use-public-data-functions',
      comment:
        'Bench and scripts reach an agency only through its data functions (and its pure rules, among them its access policy table), never its resolvers or generated code.',
      severity: 'error',
      from: { path: '^(bench|scripts)/' },
      to: { path: '^subgraphs/(?!platform/)[^/]+/src/', pathNot: '^subgraphs/[^/]+/src/((data|domain)/|access-policy\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)generated/', '^gateway/web/dist/', '\\.test\\.ts$'] },
    tsConfig: { fileName: 'tsconfig.json' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
