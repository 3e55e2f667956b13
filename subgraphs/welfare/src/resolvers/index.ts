// The welfare subgraph's resolver map, one file per type.
import { DateScalar, DateTimeScalar } from '../../../shared/src/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { Referral } from './Referral.js';
import { Region } from './Region.js';
import { RehabInstitution } from './RehabInstitution.js';

export const resolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Person, Referral, RehabInstitution, Region };
