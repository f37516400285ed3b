/** Everything the keyboard does in the workbench: the handler and the `?` overlay read this list. */
export const SHORTCUTS = [
  { action: 'help', keys: ['?'], label: 'Show or hide these shortcuts' },
  { action: 'claim', keys: ['c'], label: 'Claim from the selected words' },
  { action: 'prediction', keys: ['p'], label: 'Prediction from the selected words' },
  { action: 'mention', keys: ['m'], label: 'Link the selected words to an entity (mention)' },
  { action: 'exclusion', keys: ['x'], label: 'Exclude the selected words from the predictions' },
  { action: 'nextSuggestion', keys: ['n'], label: 'Next suggestion' },
  { action: 'previousSuggestion', keys: ['N'], label: 'Previous suggestion' },
  { action: 'nextClaim', keys: ['j'], label: 'Next claim' },
  { action: 'previousClaim', keys: ['k'], label: 'Previous claim' },
  { action: 'accept', keys: ['a'], label: 'Accept the focused suggestion or draft' },
  { action: 'reject', keys: ['r'], label: 'Reject the focused suggestion or draft' },
  { action: 'edit', keys: ['e'], label: 'Edit the focused claim' },
  { action: 'retract', keys: ['Delete'], label: 'Retract the focused claim' },
  { action: 'nextSection', keys: [']'], label: 'Next section' },
  { action: 'previousSection', keys: ['['], label: 'Previous section' },
  { action: 'close', keys: ['Escape'], label: 'Close the form or this list' },
  { action: 'save', keys: ['Ctrl+Enter'], label: 'Save the open form (in any field)' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** Keys that act even while typing in a field. */
const IN_FIELDS: readonly ShortcutAction[] = ['close', 'save'];

function keyName(event: KeyboardEvent): string {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'Ctrl+Enter';
  return event.key;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'combobox'
  );
}

/** The action a key press asks for, or null (typing in a field, a browser shortcut...). */
export function actionOf(event: KeyboardEvent): ShortcutAction | null {
  const name = keyName(event);
  if (name !== 'Ctrl+Enter' && (event.ctrlKey || event.metaKey || event.altKey)) return null;
  const found = SHORTCUTS.find((s) => (s.keys as readonly string[]).includes(name));
  if (!found) return null;
  if (typing(event.target) && !IN_FIELDS.includes(found.action)) return null;
  return found.action;
}
