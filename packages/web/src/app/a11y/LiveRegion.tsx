import { useEffect, useState } from 'react';

/**
 * One polite live region for the whole app, so a screen reader hears what happened without moving focus: save results,
 * import progress. `announce(text)` from anywhere; antd's message toasts (which carry no role) are repeated here too,
 * so every `message.success('已保存')` is heard without each page doing anything.
 */
let setText: ((text: string) => void) | null = null;

export function announce(text: string): void {
  // Clear first: the same text twice in a row (two saves) is announced twice.
  setText?.('');
  window.setTimeout(() => setText?.(text), 50);
}

function messageText(node: Node): string | null {
  if (!(node instanceof HTMLElement)) return null;
  const content = node.matches('.ant-message-notice') ? node : node.querySelector('.ant-message-notice');
  return content?.textContent?.trim() || null;
}

export function LiveRegion() {
  const [text, setState] = useState('');
  useEffect(() => {
    setText = setState;
    const observer = new MutationObserver((mutations) => {
      for (const m of mutations)
        for (const node of m.addedNodes) {
          const t = messageText(node);
          if (t) announce(t);
        }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      setText = null;
    };
  }, []);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-region" style={VISUALLY_HIDDEN}>
      {text}
    </div>
  );
}

/** Hidden from sight, not from assistive technology. */
export const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Announces `text` whenever it changes to a new non-empty value (a stage, a progress step), once per change. */
export function useAnnounce(text: string): void {
  useEffect(() => {
    if (text) announce(text);
  }, [text]);
}
