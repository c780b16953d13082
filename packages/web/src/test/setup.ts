// The web project's test environment (vitest.config.ts, project `web`): jsdom plus what antd needs from a browser
// that jsdom lacks (media queries, resize observers), the app's i18n (Chinese), and a clean DOM after each test.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../app/i18n/index.js';

// Media queries answered for the window's width (jsdom's 1024 px: antd's md and lg breakpoints match, so screens lay
// out as on a desktop, not as on a phone as they would if every query answered false).
// Any other query (colour scheme, reduced motion) answers false.
function widthMatches(query: string): boolean {
  const bounds = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)];
  return (
    bounds.length > 0 &&
    bounds.every(([, side, px]) => (side === 'min' ? window.innerWidth >= Number(px) : window.innerWidth <= Number(px)))
  );
}
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: widthMatches(query),
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
