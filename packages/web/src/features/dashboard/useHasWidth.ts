import { useEffect, useState } from 'react';

/**
 * Whether an element has a width yet: a chart is drawn only then (ECharts cannot lay out a chart in a box of no width —
 * a collapsed or hidden container, or a test's DOM without layout, where a canvas has no context either).
 */
export function useHasWidth() {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [wide, setWide] = useState(false);
  useEffect(() => {
    if (!el) return;
    const check = () => setWide(el.clientWidth > 0);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, wide] as const;
}
