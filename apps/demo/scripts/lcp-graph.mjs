#!/usr/bin/env node
/* global process, console */
// What Lighthouse's simulated largest paint of a page waited on: runs Lighthouse 12 once (mobile,
// as scripts/lighthouse.mjs does) on `path` of the built demo and prints the requests and the
// main-thread tasks of its pessimistic LCP graph (the one that counts every request started
// before the observed paint) as the simulation placed them — start, end, size, priority — and
// how many requests were in flight beside each. The simulation shares the bandwidth out among
// the requests in flight, so a page's largest paint can wait on many small files as much as on
// its bytes (apps/demo/README.md, *Lighthouse*). A diagnostic, not a test.
//
//   pnpm --filter @samverkan/demo build && node apps/demo/scripts/lcp-graph.mjs [path]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { preview } from 'vite';
import { chromiumFlags, chromiumPath, freePort } from './local-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/fyrbodal/meetings/mote-2019-12-05';

const port = await freePort();
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
});
try {
  const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error('Lighthouse returned nothing');
  const { artifacts, lhr } = result;
  const settings = lhr.configSettings;
  const data = { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings, simulator: null, URL: artifacts.URL, SourceMaps: artifacts.SourceMaps };
  const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map(), settings });
  const rows = [...lcp.pessimisticEstimate.nodeTimings.entries()].map(([node, timing]) => ({ node, ...timing })).sort((a, b) => a.startTime - b.startTime);
  const network = rows.filter((r) => r.node.type === 'network');
  const inFlight = (r) => network.filter((o) => o !== r && o.startTime < r.endTime && o.endTime > r.startTime).length;
  console.log(`${path}: simulated LCP ${Math.round(lcp.timing)} ms (optimistic ${Math.round(lcp.optimisticEstimate.timeInMs)}, pessimistic ${Math.round(lcp.pessimisticEstimate.timeInMs)}); score ${Math.round(lhr.categories.performance.score * 100)}`);
  console.log(' start    end  kB     beside  what');
  for (const r of rows) {
    const span = `${String(Math.round(r.startTime)).padStart(6)} ${String(Math.round(r.endTime)).padStart(6)}`;
    if (r.node.type === 'network') {
      const { request } = r.node;
      console.log(`${span} ${String(Math.round(request.transferSize / 1024)).padStart(4)}  ${String(inFlight(r)).padStart(6)}  ${request.url.replace(/^https?:\/\/[^/]+/, '')} (${request.priority})`);
    } else {
      console.log(`${span}    –       –  main-thread task, ${(r.node.duration / 1000).toFixed(1)} ms measured`);
    }
  }
  const bytes = network.reduce((sum, r) => sum + r.node.request.transferSize, 0);
  console.log(`${network.length} requests, ${Math.round(bytes / 1024)} kB`);
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(() => resolve()));
}
