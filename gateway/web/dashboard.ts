// The indicators dashboard at /dashboard: sign in, pick a region and a year, see its child divisions against the action plan's targets, click one to drill down.
/// <reference lib="dom" />
import './dashboard.css';
import { CATALOGUES } from '#platform/i18n/messages.js';
import { RegionIndicatorsDocument, type RegionIndicatorsQuery } from '../../schema/generated/graphql.js';
import { signedInAs, tokenRegion } from './bearer-token.js';
import { regionView, renderSummary, renderTable, renderTrail, renderViewCharts } from './dashboard-view.js';
import { byId } from './dom.js';
import { type AnswerError, runOperation } from './graphql-client.js';
import { languageSwitch, type MessageKey, tr, translatePage } from './i18n.js';
import { SMALL_CELL_SUPPRESSED } from './indicator-cells.js';
import { COUNTRY_CODE } from './region-names.js';
import { completeSignIn, currentSession, lastPurpose, type Session, sessionExpired, sessionOrRenew, signIn, signOut } from './sign-in.js';

/** Years of the action plan (精康融合行动 2023-2025), whose targets the charts draw. */
const YEARS = [2023, 2024, 2025];
const DEFAULT_YEAR = 2025;

/** The purposes of use, as the catalogue names them (purpose.TREATMENT …). */
const PURPOSES = Object.keys(CATALOGUES['zh-CN'])
  .filter((key) => key.startsWith('purpose.'))
  .map((key) => key.slice('purpose.'.length));

interface Selection {
  region: string;
  year: number;
}

const signInForm = byId<HTMLFormElement>('sign-in');
const purposeSelect = byId<HTMLSelectElement>('purpose');
const signedIn = byId<HTMLElement>('signed-in');
const who = byId<HTMLElement>('who');
const form = byId<HTMLFormElement>('selection');
const regionInput = byId<HTMLInputElement>('region');
const yearSelect = byId<HTMLSelectElement>('year');
const status = byId<HTMLElement>('status');
const trailNav = byId<HTMLElement>('trail');
const summary = byId<HTMLElement>('summary');
const charts = byId<HTMLElement>('charts');
const table = byId<HTMLElement>('divisions');
let disposeCharts: () => void = () => undefined;
let latestRequest = 0;

/** The selection lives in the URL's fragment, so the browser's Back goes back up too. */
function selectionFromHash(): Selection | null {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const region = params.get('region') ?? '';
  const year = params.get('year') ?? '';
  return /^\d{6}$/.test(region) && /^\d{4}$/.test(year) ? { region, year: Number(year) } : null;
}

function show(selection: Selection): void {
  const hash = `#${new URLSearchParams({ region: selection.region, year: String(selection.year) })}`;
  if (window.location.hash === hash) void load(selection);
  else window.location.hash = hash;
}

function say(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.dataset.kind = kind;
}

function present(selection: Selection, data: RegionIndicatorsQuery, errors: AnswerError[]): void {
  const view = regionView(selection.region, selection.year, data, errors);
  const pick = (code: string) => show({ region: code, year: selection.year });
  disposeCharts();
  renderTrail(trailNav, view, pick);
  renderSummary(summary, view);
  disposeCharts = renderViewCharts(charts, view, pick);
  renderTable(table, view, pick);
  const suppressed = errors.filter((error) => error.extensions?.code === SMALL_CELL_SUPPRESSED).length;
  const notes = [
    tr('web.divisionsBelow', { region: view.region.name, year: view.year, count: view.children.length }),
    suppressed > 0 ? tr('web.suppressedNote', { count: suppressed }) : '',
    ...view.problems,
  ];
  say(notes.filter(Boolean).join(' '), view.problems.length > 0 ? 'error' : 'info');
}

async function load(selection: Selection): Promise<void> {
  regionInput.value = selection.region;
  yearSelect.value = String(selection.year);
  const session = await sessionOrRenew();
  if (!session) return say(tr('web.signInFirst'), 'error');
  const request = ++latestRequest;
  say(tr('web.loadingRegion', { region: selection.region, year: selection.year }));
  const answer = await runOperation(RegionIndicatorsDocument, { regionCode: selection.region, year: selection.year }, session.accessToken).catch(
    (error: unknown) => {
      say(tr('web.unreachable', { reason: error instanceof Error ? error.message : String(error) }), 'error');
      return null;
    },
  );
  // A later selection may have been made while this one was on its way.
  if (!answer || request !== latestRequest) return;
  if (answer.status === 401) return say(tr('web.tokenRefused'), 'error');
  if (!answer.data) return say(answer.errors.map((error) => error.message).join('; ') || tr('web.httpStatus', { status: answer.status }), 'error');
  present(selection, answer.data, answer.errors);
}

function onSubmit(event: SubmitEvent): void {
  event.preventDefault();
  const region = regionInput.value.trim();
  if (!/^\d{6}$/.test(region)) {
    say(tr('web.regionShape'), 'error');
    return;
  }
  show({ region, year: Number(yearSelect.value) });
}

/** Signed in: who, where and why; signed out: the purpose to ask for and the sign-in button. */
function showAccount(session: Session | null): void {
  signInForm.hidden = session !== null;
  signedIn.hidden = session === null;
  if (!session) return;
  who.textContent = signedInAs(session.accessToken);
}

async function start(): Promise<void> {
  translatePage('web.dashboardTitle');
  byId<HTMLElement>('tools').append(languageSwitch());
  purposeSelect.replaceChildren(new Option('—', ''), ...PURPOSES.map((purpose) => new Option(tr(`purpose.${purpose}` as MessageKey), purpose)));
  purposeSelect.value = lastPurpose() ?? '';
  yearSelect.replaceChildren(...YEARS.map((year) => new Option(String(year), String(year), year === DEFAULT_YEAR, year === DEFAULT_YEAR)));
  signInForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void signIn(purposeSelect.value || null).catch((error: unknown) => say(tr('web.signInFailed', { reason: String(error) }), 'error'));
  });
  byId<HTMLButtonElement>('sign-out').addEventListener('click', () => {
    void signOut().then((leaving) => {
      if (leaving) return;
      showAccount(null);
      say(tr('web.signedOut'));
    });
  });
  const arrived = await completeSignIn().catch((error: unknown) => {
    say(tr('web.signInFailed', { reason: error instanceof Error ? error.message : String(error) }), 'error');
    return null;
  });
  const session = arrived ?? currentSession();
  showAccount(session);
  if (!session && sessionExpired()) {
    // The token expired: ask the issuer for a new one, for the same purpose (a real identity provider's single sign-on answers without asking).
    say(tr('web.sessionExpired'), 'error');
    await signIn(lastPurpose());
    return;
  }
  regionInput.value = (session && tokenRegion(session.accessToken)) || COUNTRY_CODE;
  form.addEventListener('submit', onSubmit);
  window.addEventListener('hashchange', () => {
    const selection = selectionFromHash();
    if (selection) void load(selection);
  });
  const selection = selectionFromHash();
  if (selection && session) void load(selection);
}

void start();
