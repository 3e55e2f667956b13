// Start-up of the welfare subgraph: `npm run start:welfare`, with the importer of the registry's consented uploads.
import { main } from '#platform/config/config.js';
import { runSubgraph } from '#platform/server/run-subgraph.js';
import { readWelfareSettings } from './settings.js';
import { welfareSubgraph } from './subgraph.js';

main(() => runSubgraph({ ...welfareSubgraph, settings: readWelfareSettings() }));
