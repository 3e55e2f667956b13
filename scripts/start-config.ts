// The environment `npm start` reads itself; each process it starts reads its own variables too.
import { z } from 'zod';
import { variable } from '#platform/config/config.js';

export const startVariables = {
  seedPeople: variable(
    'SEED_PEOPLE',
    'People in the demo data that npm start writes into empty databases',
    z.coerce.number().int().min(1).default(2000),
    '2000',
  ),
  seed: variable('SEED', 'Seed of the demo data generator', z.coerce.number().int().default(1), '1'),
};
