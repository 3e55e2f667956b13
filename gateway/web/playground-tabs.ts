// The example operations the playground opens with, one tab each: the indicators for analysts (who see aggregates only) and officers, and two person-level lists for officers.
import { TOKEN_PLACEHOLDER } from './bearer-token.js';

/** Headers every tab starts with: the person pastes a token over the placeholder. */
export const PLACEHOLDER_HEADERS = JSON.stringify({ Authorization: `Bearer ${TOKEN_PLACEHOLDER}` }, null, 2);

export interface ExampleTab {
  query: string;
  variables?: string;
  headers: string;
}

const PROVINCE_INDICATORS = `# A province's indicators in 2025 against the action
# plan's targets, and the same for each of its cities.
# Analysts see counts below 5 (and rates computed from
# them) as null, with a SMALL_CELL_SUPPRESSED error.
# Aggregates are all analysts see: every list of people,
# and every person, is FORBIDDEN to them.
query ProvinceIndicators {
  rehabIndicators(regionCode: "440000", year: 2025) {
    ...IndicatorFigures
    children {
      ...IndicatorFigures
    }
  }
}

fragment IndicatorFigures on RehabIndicators {
  regionCode
  countiesTotal
  countiesCovered
  coverageRate
  coverageTarget
  registeredRecipients
  standardizedServiceRate
  standardizedServiceTarget
  meanWaitingDays
  waitingOver90Days
  relapseRate
  employmentRate
}
`;

const JOURNEY = `# One person's journey across the three agencies,
# oldest event first (officers and clinicians; not
# analysts). A registry officer finds pids with:
# { patients(filter: { regionCode: "440000" }, first: 10) {
#     nodes { pid } } }
query Journey($pid: ID!) {
  person(pid: $pid) {
    pid
    journey {
      at
      source
      kind
      summary
    }
  }
}
`;

const WAITING_LIST = `# A county's waiting list: registered and wait-listed
# referrals, longest waiting first (social workers,
# platform and civil-affairs officers; not analysts).
query WaitingList {
  waitingList(countyCode: "440305", first: 20) {
    nodes {
      id
      status
      waitingDays
      needsReReview
      registeredAt
    }
  }
}
`;

export const EXAMPLE_TABS: ExampleTab[] = [
  { query: PROVINCE_INDICATORS, headers: PLACEHOLDER_HEADERS },
  { query: JOURNEY, variables: JSON.stringify({ pid: '<a pid>' }, null, 2), headers: PLACEHOLDER_HEADERS },
  { query: WAITING_LIST, headers: PLACEHOLDER_HEADERS },
];
