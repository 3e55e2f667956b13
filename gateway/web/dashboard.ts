// The indicators dashboard at /dashboard: paste a token, pick a region and a year, see its child divisions against the action plan's targets, click one to drill down.
/// <reference lib="dom" />
import './dashboard.css';
import { RegionIndicatorsDocument, type RegionIndicatorsQuery } from '../../schema/generated/graphql.js';
import { bearerToken, tokenRegion } from './bearer-token.js';
import { regionView, renderSummary, renderTable, renderTrail, renderViewCharts } from './dashboard-view.js';
import { byId } from './dom.js';
import { type AnswerError, runOperation } from './graphql-client.js';
import { SMALL_CELL_SUPPRESSED } from './indicator-cells.js';
import { COUNTRY_CODE } from './region-names.js';
import { forgetToken, savedToken, saveToken } from './session-token.js';

/** Years of the action plan (精康融合行动 2023-2025), whose targets the charts draw. */
const YEARS = [2023, 2024, 2025];
const DEFAULT_YEAR = 2025;

interface Selection {
  region: string;
  year: number;
}

const form = byId<HTMLFormElement>('selection');
const tokenInput = byId<HTMLInputElement>('token');
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
    `${view.region.name}, ${view.year}: ${view.children.length} divisions below.`,
    suppressed > 0 ? `${suppressed} figures are suppressed (counts below 5 people, or rates computed from them).` : '',
    ...view.problems,
  ];
  say(notes.filter(Boolean).join(' '), view.problems.length > 0 ? 'error' : 'info');
}

async function load(selection: Selection): Promise<void> {
  regionInput.value = selection.region;
  yearSelect.value = String(selection.year);
  const token = savedToken();
  if (!token) return say('Paste a bearer token first (npm start prints one per role).', 'error');
  const request = ++latestRequest;
  say(`Loading ${selection.region}, ${selection.year}…`);
  const answer = await runOperation(RegionIndicatorsDocument, { regionCode: selection.region, year: selection.year }, token).catch((error: unknown) => {
    say(`The gateway could not be reached: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return null;
  });
  // A later selection may have been made while this one was on its way.
  if (!answer || request !== latestRequest) return;
  if (answer.status === 401) return say('The gateway refused the token (expired, or not from its issuer): paste a new one.', 'error');
  if (!answer.data) return say(answer.errors.map((error) => error.message).join('; ') || `The gateway answered HTTP ${answer.status}.`, 'error');
  present(selection, answer.data, answer.errors);
}

function onSubmit(event: SubmitEvent): void {
  event.preventDefault();
  const pasted = bearerToken(tokenInput.value);
  if (!pasted) {
    say('That is not a bearer token: paste the whole token, three parts separated by dots.', 'error');
    return;
  }
  saveToken(pasted);
  const region = regionInput.value.trim();
  if (!/^\d{6}$/.test(region)) {
    say('A region is a 6-digit GB/T 2260 code, e.g. 440000, or 000000 for the whole country.', 'error');
    return;
  }
  show({ region, year: Number(yearSelect.value) });
}

/** A pasted token's own region becomes the region asked for, unless the person typed one. */
function followTokenRegion(): void {
  let regionTyped = false;
  regionInput.addEventListener('input', () => (regionTyped = true));
  tokenInput.addEventListener('change', () => {
    const pasted = bearerToken(tokenInput.value);
    const region = pasted && tokenRegion(pasted);
    if (region && !regionTyped) regionInput.value = region;
  });
}

function start(): void {
  yearSelect.replaceChildren(...YEARS.map((year) => new Option(String(year), String(year), year === DEFAULT_YEAR, year === DEFAULT_YEAR)));
  const token = savedToken();
  if (token) tokenInput.value = token;
  regionInput.value = (token && tokenRegion(token)) || COUNTRY_CODE;
  form.addEventListener('submit', onSubmit);
  followTokenRegion();
  byId<HTMLButtonElement>('forget').addEventListener('click', () => {
    forgetToken();
    tokenInput.value = '';
    say('The token is forgotten.');
  });
  window.addEventListener('hashchange', () => {
    const selection = selectionFromHash();
    if (selection) void load(selection);
  });
  const selection = selectionFromHash();
  if (selection && token) void load(selection);
}

start();
