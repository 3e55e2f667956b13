// Start-up of the employment subgraph: `npm run start:employment`.
import { main } from '../../shared/src/config.js';
import { runSubgraph } from '../../shared/src/run-subgraph.js';
import { employmentSubgraph } from './subgraph.js';

main(() => runSubgraph(employmentSubgraph));
