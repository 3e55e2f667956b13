// Start-up of the guardianship subgraph: `npm run start:guardianship`.
import { main } from '../../shared/src/config.js';
import { runSubgraph } from '../../shared/src/run-subgraph.js';
import { readGuardianshipSettings } from './settings.js';
import { guardianshipSubgraph } from './subgraph.js';

main(() => runSubgraph({ ...guardianshipSubgraph, settings: readGuardianshipSettings() }));
