// Which page of docs/ holds each generated table: read by `npm run docs` and by the scaffold, which restores the pages on failure.
export const GENERATED_TABLE_PAGES = {
  'referral-workflow': 'README.md',
  subgraphs: 'docs/architecture.md',
  indicators: 'docs/analysts.md',
  'error-codes': 'docs/dashboard-developers.md',
  environment: 'docs/operators.md',
  'access-matrix': 'docs/access-matrix.md',
} as const;

/** The pages, each once. */
export const GENERATED_PAGES: readonly string[] = [...new Set(Object.values(GENERATED_TABLE_PAGES))];
