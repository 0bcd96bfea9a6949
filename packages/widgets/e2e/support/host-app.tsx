/**
 * An intranet page built with React of its own (19): it renders its part of the page and puts
 * a `<samverkan-meeting>` in it, from the ES module build that uses the page's React. Bundled
 * by the E2E global setup with esbuild, as a host's own build would.
 */
import '@samverkan/widgets/meeting';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function HostApp({ network, meeting }: { network: string; meeting: string }) {
  const [count, setCount] = useState(0);
  return (
    <section>
      <p>
        <button type="button" id="host-counter" onClick={() => setCount(count + 1)}>
          Värdsidans räknare: {count}
        </button>
      </p>
      <samverkan-meeting network={network} meeting={meeting} />
    </section>
  );
}

const root = document.getElementById('host-root')!;
createRoot(root).render(<HostApp network={root.dataset.network ?? ''} meeting={root.dataset.meeting ?? ''} />);

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'samverkan-meeting': { network: string; meeting: string; lang?: string; server?: string };
    }
  }
}
