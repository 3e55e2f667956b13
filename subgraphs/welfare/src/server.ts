// Start-up of the welfare subgraph: `npm run start:welfare`, with the importer of the registry's consented uploads.
import { main } from '../../shared/src/config.js';
import { runSubgraph } from '../../shared/src/run-subgraph.js';
import { readWelfareSettings } from './settings.js';
import { welfareSubgraph } from './subgraph.js';

main(() => runSubgraph({ ...welfareSubgraph, settings: readWelfareSettings() }));
