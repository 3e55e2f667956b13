// The GraphQL playground at the gateway's root: GraphiQL, bundled with its Monaco workers, talking to this gateway's /graphql only; the person signs in above it, in their language.
/// <reference lib="dom" />
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';
import 'graphiql/style.css';
import './playground.css';
import type { Fetcher } from '@graphiql/toolkit';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, type ReactElement, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { authorizationToken, bearerToken, signedInAs } from './bearer-token.js';
import { languageSwitch, pageLanguage, tr } from './i18n.js';
import { installMonacoWorkers } from './monaco-workers.js';
import { exampleTabs, PLACEHOLDER_HEADERS } from './playground-tabs.js';
import { completeSignIn, currentSession, type Session, sessionOrRenew, signIn, signOut } from './sign-in.js';

installMonacoWorkers(import.meta.url);

/**
 * GraphiQL's fetcher for this gateway, asking for answers in the page's language. Headers are per
 * tab; a tab whose Authorization header still holds the placeholder borrows the signed-in
 * session's token, or the last token pasted in any tab (kept in memory only, never stored).
 */
function gatewayFetcher(fallbackToken: () => Promise<string | null>): Fetcher {
  const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
  return async (params, options) => {
    const headers: Record<string, unknown> = { 'Accept-Language': pageLanguage(), ...options?.headers };
    const header = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization') ?? 'Authorization';
    const own = headers[header];
    const fallback = bearerToken(typeof own === 'string' ? own : null) ? null : await fallbackToken();
    if (fallback) headers[header] = `Bearer ${fallback}`;
    return fetcher(params, { ...options, headers });
  };
}

/** The language switch, the sign-in (or who is signed in, and sign-out) and the way to the dashboard, in GraphiQL's logo corner. */
function Account({ session }: { session: Session | null }): ReactElement {
  const languageSlot = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    languageSlot.current?.replaceChildren(languageSwitch());
  }, []);
  return createElement(
    'span',
    { className: 'playground-account' },
    createElement('span', { ref: languageSlot }),
    session
      ? createElement('span', { id: 'who' }, signedInAs(session.accessToken))
      : createElement('button', { type: 'button', id: 'sign-in-button', onClick: () => void signIn(null) }, tr('web.signIn')),
    session
      ? createElement(
          'button',
          { type: 'button', id: 'sign-out', onClick: () => void signOut().then((leaving) => leaving || window.location.reload()) },
          tr('web.signOut'),
        )
      : null,
    createElement('a', { href: '/dashboard', className: 'playground-dashboard-link' }, tr('web.dashboardLink')),
  );
}

function Playground({ initialSession }: { initialSession: Session | null }): ReactElement {
  const [pasted, setPasted] = useState<string | null>(null);
  const [session] = useState<Session | null>(initialSession);
  // A new fetcher makes GraphiQL introspect again: the schema loads once a token is there.
  const fetcher = useMemo(() => gatewayFetcher(async () => (await sessionOrRenew())?.accessToken ?? pasted), [pasted]);
  return createElement(
    GraphiQL,
    {
      fetcher,
      defaultTabs: exampleTabs(),
      defaultHeaders: PLACEHOLDER_HEADERS,
      defaultEditorToolsVisibility: 'headers',
      // Tokens stay out of localStorage: headers are never persisted, and the setting is hidden.
      shouldPersistHeaders: false,
      showPersistHeadersSettings: false,
      onEditHeaders: (headers: string) => {
        const token = authorizationToken(headers);
        if (token) setPasted(token);
      },
    },
    createElement(GraphiQL.Logo, null, createElement(Account, { session })),
  );
}

async function start(): Promise<void> {
  document.documentElement.lang = pageLanguage();
  document.title = tr('web.playgroundTitle');
  const container = document.getElementById('graphiql');
  if (!container) return;
  container.textContent = tr('web.loading');
  const session = (await completeSignIn().catch(() => null)) ?? currentSession();
  createRoot(container).render(createElement(Playground, { initialSession: session }));
}

void start();
