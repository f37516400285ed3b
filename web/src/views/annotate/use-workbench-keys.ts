import { ClaimKind } from '../../gql/graphql';
import type { Panel } from './panel';
import type { TurnSelection } from './selection';
import { suggestionId } from './TurnView';
import { useShortcuts } from './use-shortcuts';
import type { SuggestionContext } from './use-suggestions';
import type { WorkbenchState } from './use-workbench';
import type { ViewerData } from './use-viewer';

/** The suggestion the keyboard has focused, with its turn, from what the turns loaded. */
function focusedSuggestion(state: WorkbenchState): SuggestionContext | null {
  const { focus, loaded, textOf } = state;
  if (focus?.type !== 'suggestion') return null;
  for (const turn of loaded.current.values()) {
    const suggestion = (turn.suggestions ?? []).find((s) => suggestionId(turn.id, s) === focus.id);
    if (suggestion) return { turnId: turn.id, text: textOf(turn.id) ?? '', suggestion };
  }
  return null;
}

/** Every shortcut of shortcuts.ts, bound to what it does in the workbench. */
export function useWorkbenchKeys({
  state,
  viewer,
  selection,
  clearSelection,
  section,
  goSection,
  acceptSuggestion,
}: {
  state: WorkbenchState;
  viewer: ViewerData | null;
  selection: TurnSelection | null;
  clearSelection: () => void;
  section: number;
  goSection: (position: number) => void;
  acceptSuggestion: (found: SuggestionContext) => Promise<boolean>;
}): void {
  const { setPanel, setHelp, setMessage, focus, setFocus, step, hide, give } = state;
  const canWrite = viewer?.canAnnotate === true;
  const open = (make: (selection: TurnSelection) => Panel) => () => {
    if (!canWrite) return setMessage('Sign in with an editor or reviewer token to annotate.');
    if (!selection) return setMessage('Select words in a turn first.');
    setPanel(make(selection));
  };
  const onSuggestion = (accept: boolean) => {
    const found = focusedSuggestion(state);
    if (!found || !canWrite) return false;
    hide(focus?.id ?? '');
    // A known name is linked at once: on to the next. Anything else opens a form to finish.
    if (!accept || found.suggestion.kind === 'KNOWN_ENTITY') step('suggestion', 1);
    else setFocus(null);
    if (accept) void acceptSuggestion(found);
    else setMessage(`Suggestion “${found.suggestion.text}” set aside for this session.`);
    return true;
  };
  const onClaim = (action: 'accept' | 'reject' | 'retract') => {
    if (focus?.type === 'claim') give(action, focus.id);
  };
  useShortcuts({
    help: () => setHelp((h) => !h),
    claim: open((s) => ({ mode: 'claim', selection: s, kind: ClaimKind.Assertion, prefill: {} })),
    prediction: open((s) => ({
      mode: 'claim',
      selection: s,
      kind: ClaimKind.Prediction,
      prefill: {},
    })),
    mention: open((s) => ({ mode: 'mention', selection: s, newName: null })),
    exclusion: open((s) => ({ mode: 'exclusion', selection: s })),
    nextSuggestion: () => step('suggestion', 1),
    previousSuggestion: () => step('suggestion', -1),
    nextClaim: () => step('claim', 1),
    previousClaim: () => step('claim', -1),
    accept: () => onSuggestion(true) || onClaim('accept'),
    reject: () => onSuggestion(false) || onClaim('reject'),
    edit: () => {
      if (focus?.type === 'claim' && canWrite) setPanel({ mode: 'edit', claimId: focus.id });
    },
    retract: () => onClaim('retract'),
    nextSection: () => goSection(section + 1),
    previousSection: () => goSection(section - 1),
    close: () => {
      setHelp(false);
      setPanel({ mode: 'none' });
      clearSelection();
    },
    save: () => document.querySelector<HTMLFormElement>('form[data-panel-form]')?.requestSubmit(),
  });
}
