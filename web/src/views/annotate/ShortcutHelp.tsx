import { useEffect, useRef } from 'react';

import { SHORTCUTS } from './shortcuts';

/** The `?` overlay: every shortcut, from the same list the key handler uses. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcut-help"
      aria-labelledby="h-shortcuts"
      data-testid="shortcut-help"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="h-shortcuts">Keyboard shortcuts</h2>
      <p className="muted">
        Select words in a turn (with the mouse, or the keyboard with caret browsing, F7), then:
      </p>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
