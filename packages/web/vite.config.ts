import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Build output goes to packages/web/dist; the server serves it at / with an SPA fallback.
// In development `vite` proxies the API to the server on port 3000.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The domain library is pure TypeScript: bundle it from source (case-number parsing and outcome preview in forms).
    alias: { '@shuangjiang/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3000}`, changeOrigin: false },
      '/healthz': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3000}` },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The domain library is pure (no I/O, no global effects): let unused parts of it (the bundled holiday
      // schedule, deadline rules) drop out even though they compute module-level constants.
      treeshake: { moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        // The framework gets its own long-cached chunk; antd components are left to automatic splitting so a
        // component used only by a lazy feature page is not loaded up front.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/ },
          ],
        },
      },
    },
  },
});
