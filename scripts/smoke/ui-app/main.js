// Smoke test (c): a small Vite app that renders one @samverkan/ui component with its
// stylesheet, built from the packed tarballs (scripts/check-packages.mjs runs `vite build`, then
// checks the output has a script and a stylesheet with `.sv-` rules).
//
// Written before @samverkan/ui existed, after CONVENTIONS.md (packages/ui/src/meeting-lifecycle/):
// when the package lands, make the component, its props and the stylesheet's export below match
// the real ones. Plain JS with createElement, so the build needs no JSX plugin.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MeetingLifecycle } from '@samverkan/ui';
import '@samverkan/ui/styles.css';

createRoot(document.getElementById('root')).render(
  createElement(MeetingLifecycle, {
    title: 'Nätverksmöte',
    status: 'agendaPublished',
    actions: [{ type: 'sendInvitations', label: 'Skicka kallelse', allowed: true }],
  }),
);
