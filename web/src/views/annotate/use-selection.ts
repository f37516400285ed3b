import { useCallback, useEffect, useState } from 'react';

import { readDomSelection, type TurnSelection } from './selection';

/**
 * The words last selected in a turn. A selection that collapses (focus moved into a form) keeps
 * the words, so the form still knows them; a click elsewhere with no form open lets them go.
 */
export function useSelectionCapture(
  textOf: (turnId: string) => string | undefined,
  formOpen: boolean,
): { selection: TurnSelection | null; problem: string; clear: () => void } {
  const [selection, setSelection] = useState<TurnSelection | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    const onChange = () => {
      const read = readDomSelection(document.getSelection(), textOf);
      if (read === 'across') {
        setProblem('A quote stays within one turn: select words of a single turn.');
      } else if (read !== null) {
        setSelection(read);
        setProblem('');
      } else if (!formOpen && document.getSelection()?.isCollapsed) {
        setSelection(null);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textOf, formOpen]);
  const clear = useCallback(() => {
    setSelection(null);
    setProblem('');
    document.getSelection()?.removeAllRanges();
  }, []);
  return { selection, problem, clear };
}
