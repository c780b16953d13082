// The web project's test environment (vitest.config.ts, project `web`): jsdom plus what antd needs from a browser
// that jsdom lacks (media queries, resize observers), the app's i18n (Chinese), and a clean DOM after each test.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../app/i18n/index.js';

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
