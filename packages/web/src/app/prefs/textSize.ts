import { useSyncExternalStore } from 'react';
import type { TextSize } from '../theme.js';

/**
 * The larger-text mode (适老化) is a per-user setting: kept in this browser's localStorage under the user's id, so two
 * people sharing a computer each keep their own, and it survives a reload. (No per-user preference endpoint exists on
 * the server yet; when one does, this module is the one place to change.)
 */
const KEY_PREFIX = 'shuangjiang.textSize.';
const listeners = new Set<() => void>();

export function textSizeKey(userId: string): string {
  return `${KEY_PREFIX}${userId}`;
}

export function loadTextSize(userId: string | null | undefined): TextSize {
  if (!userId) return 'normal';
  try {
    return localStorage.getItem(textSizeKey(userId)) === 'large' ? 'large' : 'normal';
  } catch {
    return 'normal'; // storage unavailable (private mode)
  }
}

export function saveTextSize(userId: string, size: TextSize): void {
  try {
    if (size === 'large') localStorage.setItem(textSizeKey(userId), 'large');
    else localStorage.removeItem(textSizeKey(userId));
  } catch {
    // Not persisted; the change still applies until the page is left.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith(KEY_PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The signed-in user's text size (normal before sign-in), following changes from any tab. */
export function useTextSize(userId: string | null | undefined): TextSize {
  return useSyncExternalStore(subscribe, () => loadTextSize(userId));
}
