// The GraphQL playground at the gateway's root: GraphiQL, bundled with its Monaco workers, talking to this gateway's /graphql only.
/// <reference lib="dom" />
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';
import 'graphiql/style.css';
import './playground.css';
import type { Fetcher } from '@graphiql/toolkit';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, type ReactElement, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { authorizationToken, bearerToken } from './bearer-token.js';
import { installMonacoWorkers } from './monaco-workers.js';
import { EXAMPLE_TABS, PLACEHOLDER_HEADERS } from './playground-tabs.js';

installMonacoWorkers(import.meta.url);

/**
 * GraphiQL's fetcher for this gateway. Headers are per tab; a tab whose Authorization header
 * still holds the placeholder borrows the last token pasted in any tab (kept in memory only,
 * never stored), so one paste serves every example.
 */
function gatewayFetcher(pastedToken: string | null): Fetcher {
  const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
  return (params, options) => {
    const headers: Record<string, unknown> = { ...options?.headers };
    const header = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization') ?? 'Authorization';
    const own = headers[header];
    if (pastedToken && !bearerToken(typeof own === 'string' ? own : null)) headers[header] = `Bearer ${pastedToken}`;
    return fetcher(params, { ...options, headers });
  };
}

function Playground(): ReactElement {
  const [token, setToken] = useState<string | null>(null);
  // A new fetcher makes GraphiQL introspect again: the schema loads once a token is pasted.
  const fetcher = useMemo(() => gatewayFetcher(token), [token]);
  return createElement(
    GraphiQL,
    {
      fetcher,
      defaultTabs: EXAMPLE_TABS,
      defaultHeaders: PLACEHOLDER_HEADERS,
      defaultEditorToolsVisibility: 'headers',
      // Tokens stay out of localStorage: headers are never persisted, and the setting is hidden.
      shouldPersistHeaders: false,
      showPersistHeadersSettings: false,
      onEditHeaders: (headers: string) => {
        const pasted = authorizationToken(headers);
        if (pasted) setToken(pasted);
      },
    },
    createElement(GraphiQL.Logo, null, createElement('a', { href: '/dashboard', className: 'playground-dashboard-link' }, 'Dashboard')),
  );
}

const container = document.getElementById('graphiql');
if (container) createRoot(container).render(createElement(Playground));
