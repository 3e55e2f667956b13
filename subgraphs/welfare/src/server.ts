// Start-up of the welfare subgraph: `npm run start:welfare`.
import { main } from '../../shared/src/config.js';
import { runSubgraph } from '../../shared/src/run-subgraph.js';
import { welfareSubgraph } from './subgraph.js';

main(() => runSubgraph(welfareSubgraph));
