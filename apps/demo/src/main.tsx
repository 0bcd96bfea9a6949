// First: zod is told not to compile parsers before core builds a schema.
import './app/zod-jitless.js';
import '@samverkan/ui/styles.css';
import './demo.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';

// A transition: React renders the first frame in slices, so a slow phone can still take input.
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
