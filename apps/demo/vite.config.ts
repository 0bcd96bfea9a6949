// The demo is a plain single-page app: Vite serves index.html for every path (history routing),
// and the build keeps each page in its own chunk so the first page loads only what it shows.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The sample loader worker (src/app/sample-loader.worker.ts) imports core as ES modules.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
