import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Built into web/dist, which `vigil serve` serves at / (same origin as the API, so no CORS and
// no base URL to configure). `npm run build:web` runs this from the repository root.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape is loaded only on entity pages, as its own chunk; the warning limit guards the rest.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `vite web` during development: proxy the API to a running `vigil serve`.
    proxy: Object.fromEntries(['/v1', '/readyz', '/healthz', '/openapi.json', '/docs'].map((p) => [p, process.env.VIGIL_API ?? 'http://127.0.0.1:8080'])),
  },
});
