import { useEffect, useRef } from 'react';

import { actionOf, type ShortcutAction } from './shortcuts';

export type Handlers = Partial<Record<ShortcutAction, () => void>>;

/** Runs the handler of each shortcut pressed anywhere on the page (shortcuts.ts says which). */
export function useShortcuts(handlers: Handlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionOf(event);
      if (action === null) return;
      const handler = current.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
