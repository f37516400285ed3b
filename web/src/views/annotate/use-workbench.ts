import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { stepFocus, focusSelector, type Focus } from './focus';
import type { ClaimCommand, Panel } from './panel';
import type { LoadedTurn } from './TurnView';
import type { EpisodeData } from './workbench-data';

/** The section shown, from ?section= (1-based), so a reload or a shared link keeps it. */
export function useSection(count: number): [number, (position: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('section') ?? '1');
  const position = Number.isInteger(asked) && asked >= 1 && asked <= count ? asked : 1;
  const go = useCallback(
    (next: number) => {
      if (next < 1 || next > count) return;
      const copy = new URLSearchParams(params);
      copy.set('section', String(next));
      setParams(copy, { replace: false });
    },
    [count, params, setParams],
  );
  return [position, go];
}

/** Moves the keyboard's focus to an item and brings it into view. */
function reveal(focus: Focus | null): void {
  if (!focus) return;
  const element = document.querySelector<HTMLElement>(focusSelector(focus));
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

/** The workbench's state apart from the selection: focus, panel, refreshes, what is loaded. */
export function useWorkbenchState(episode: EpisodeData) {
  const [focus, setFocusState] = useState<Focus | null>(null);
  const [panel, setPanel] = useState<Panel>({ mode: 'none' });
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState('');
  const [hidden, setHidden] = useState<Set<string>>(() => new Set());
  const [versions, setVersions] = useState<Record<string, number>>({});
  const [command, setCommand] = useState<ClaimCommand | null>(null);
  const loaded = useRef(new Map<string, LoadedTurn>());
  const texts = useMemo(
    () => new Map(episode.sections.flatMap((s) => s.turns.map((t) => [t.id, t.text] as const))),
    [episode],
  );
  const textOf = useCallback((turnId: string) => texts.get(turnId), [texts]);
  const setFocus = useCallback((next: Focus | null) => {
    setFocusState(next);
    // After React has drawn the focused state.
    requestAnimationFrame(() => reveal(next));
  }, []);
  const step = useCallback(
    (type: Focus['type'], by: 1 | -1) => {
      const root = document.querySelector('[data-testid=workbench-transcript]') ?? document;
      const next = stepFocus(root, type, focus, by);
      if (next) setFocus(next);
      else
        setMessage(
          type === 'claim'
            ? 'No claims in this section yet.'
            : 'No suggestions left in this section.',
        );
    },
    [focus, setFocus],
  );
  const [draftsVersion, setDraftsVersion] = useState(0);
  const changed = useCallback((turnId: string) => {
    setVersions((v) => ({ ...v, [turnId]: (v[turnId] ?? 0) + 1 }));
    setDraftsVersion((v) => v + 1);
  }, []);
  const onLoaded = useCallback((turn: LoadedTurn) => {
    loaded.current.set(turn.id, turn);
  }, []);
  const hide = useCallback((id: string) => setHidden((h) => new Set(h).add(id)), []);
  const give = useCallback(
    (action: ClaimCommand['action'], claimId: string) =>
      setCommand((c) => ({ action, claimId, nonce: (c?.nonce ?? 0) + 1 })),
    [],
  );
  return {
    focus,
    setFocus,
    step,
    panel,
    setPanel,
    help,
    setHelp,
    message,
    setMessage,
    hidden,
    hide,
    versions,
    draftsVersion,
    changed,
    loaded,
    onLoaded,
    textOf,
    command,
    give,
  };
}

export type WorkbenchState = ReturnType<typeof useWorkbenchState>;
