// Start-up of the employment subgraph: `npm run start:employment`, with its rounds with the platform (hand-offs in, answers out).
import { main } from '#platform/config/config.js';
import { runSubgraph } from '#platform/server/run-subgraph.js';
import { readEmploymentSettings } from './settings.js';
import { employmentSubgraph } from './subgraph.js';

main(() => runSubgraph({ ...employmentSubgraph, settings: readEmploymentSettings() }));
