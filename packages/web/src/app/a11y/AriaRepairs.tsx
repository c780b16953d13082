import { useEffect } from 'react';

/**
 * Two ARIA mistakes antd 5 makes in its own markup, repaired once for every screen (axe: critical):
 * - Form.Item puts aria-required on a Select's outer div, which has no role that allows it (aria-allowed-attr); the
 *   Select's combobox input carries the same attribute, so removing it from the div loses nothing.
 * - Tabs that overflow show a "more" button inside the element with role=tablist, where only tabs are allowed
 *   (aria-required-children): the tablist role moves to the list of tabs itself.
 * And a table wider than its card scrolls sideways in a box a keyboard could not reach (scrollable-region-focusable):
 * such a box becomes a Tab stop, so the arrow keys scroll it.
 */
export function repairAria(root: ParentNode): void {
  for (const el of root.querySelectorAll('.ant-select[aria-required]')) el.removeAttribute('aria-required');
  for (const nav of root.querySelectorAll('.ant-tabs-nav[role=tablist]')) {
    const list = nav.querySelector(':scope > .ant-tabs-nav-wrap > .ant-tabs-nav-list');
    if (!list) continue;
    list.setAttribute('role', 'tablist');
    const orientation = nav.getAttribute('aria-orientation');
    if (orientation) list.setAttribute('aria-orientation', orientation);
    nav.removeAttribute('role');
    nav.removeAttribute('aria-orientation');
  }
  for (const box of root.querySelectorAll<HTMLElement>('.ant-table-content')) {
    if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) box.tabIndex = 0;
  }
}

export function AriaRepairs() {
  useEffect(() => {
    repairAria(document);
    let scheduled = false;
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        repairAria(document);
      });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      // class: a table's scroll shadows (ant-table-ping-*) change with its width.
      attributeFilter: ['aria-required', 'role', 'class'],
    });
    return () => observer.disconnect();
  }, []);
  return null;
}
