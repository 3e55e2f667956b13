// The example operations the playground opens with, one tab each: the indicators for analysts (who see aggregates only) and officers, and two person-level lists for officers; their comments in the page's language.
import { TOKEN_PLACEHOLDER } from './bearer-token.js';
import { type MessageKey, tr } from './i18n.js';

/** Headers every tab starts with: the person pastes a token over the placeholder. */
export const PLACEHOLDER_HEADERS = JSON.stringify({ Authorization: `Bearer ${TOKEN_PLACEHOLDER}` }, null, 2);

export interface ExampleTab {
  query: string;
  variables?: string;
  headers: string;
}

/** A catalogue text as GraphQL comment lines. */
const comment = (key: MessageKey): string =>
  tr(key)
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');

const PROVINCE_INDICATORS = `query ProvinceIndicators {
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

const JOURNEY = `query Journey($pid: ID!) {
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

const WAITING_LIST = `query WaitingList {
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

export const exampleTabs = (): ExampleTab[] => [
  { query: `${comment('example.indicators')}\n${PROVINCE_INDICATORS}`, headers: PLACEHOLDER_HEADERS },
  { query: `${comment('example.journey')}\n${JOURNEY}`, variables: JSON.stringify({ pid: '<a pid>' }, null, 2), headers: PLACEHOLDER_HEADERS },
  { query: `${comment('example.waitingList')}\n${WAITING_LIST}`, headers: PLACEHOLDER_HEADERS },
];
