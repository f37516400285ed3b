import { ClaimKind } from '../../gql/graphql';
import { ClaimDetails } from './ClaimDetails';
import { ClaimForm } from './ClaimForm';
import { DraftList } from './DraftList';
import { ExclusionForm } from './ExclusionForm';
import { MentionForm } from './MentionForm';
import type { Panel } from './panel';
import type { TurnSelection } from './selection';
import type { ViewerData } from './use-viewer';
import type { WorkbenchState } from './use-workbench';
import type { EpisodeData } from './workbench-data';

/** The words selected, and buttons for what can be made of them (each a key away). */
function SelectionBar({
  selection,
  open,
  turnPosition,
}: {
  selection: TurnSelection;
  open: (panel: Panel) => void;
  turnPosition: number | undefined;
}) {
  return (
    <div className="wb-selection" data-testid="wb-selection">
      <p>
        Selected in turn {turnPosition}: <q>{selection.quote}</q>
        {selection.occurrence > 1 ? ` (occurrence ${selection.occurrence})` : ''}
      </p>
      <p className="wb-actions">
        <button
          type="button"
          onClick={() => open({ mode: 'claim', selection, kind: ClaimKind.Assertion, prefill: {} })}
        >
          Claim <kbd>c</kbd>
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            open({ mode: 'claim', selection, kind: ClaimKind.Prediction, prefill: {} })
          }
        >
          Prediction <kbd>p</kbd>
        </button>{' '}
        <button type="button" onClick={() => open({ mode: 'mention', selection, newName: null })}>
          Mention <kbd>m</kbd>
        </button>{' '}
        <button type="button" onClick={() => open({ mode: 'exclusion', selection })}>
          Exclude <kbd>x</kbd>
        </button>
      </p>
    </div>
  );
}

/** Beside the transcript: the open form, or the focused claim, and the drafts of the episode. */
export function SidePanel({
  episode,
  viewer,
  state,
  selection,
  clearSelection,
  goToTurn,
}: {
  goToTurn: (position: number) => void;
  episode: EpisodeData;
  viewer: ViewerData | null;
  state: WorkbenchState;
  selection: TurnSelection | null;
  clearSelection: () => void;
}) {
  const { panel, setPanel, focus, setFocus, changed, setMessage, command } = state;
  const positionOf = (turnId: string) =>
    episode.sections.flatMap((s) => s.turns).find((t) => t.id === turnId)?.position;
  const close = () => {
    setPanel({ mode: 'none' });
    clearSelection();
  };
  const done = (turnId: string, text: string, claimId?: string) => {
    changed(turnId);
    setMessage(text);
    close();
    if (claimId) setFocus({ type: 'claim', id: claimId });
  };
  const common = { episode, onCancel: close, onDone: done };
  const annotator = viewer?.canAnnotate === true;
  return (
    <aside className="wb-panel" aria-label="Annotation" data-testid="wb-panel">
      {panel.mode === 'none' && selection && annotator ? (
        <SelectionBar
          selection={selection}
          open={setPanel}
          turnPosition={positionOf(selection.turnId)}
        />
      ) : null}
      {panel.mode === 'claim' ? (
        <ClaimForm
          key={`${panel.selection.turnId}|${panel.selection.start}`}
          {...common}
          mode={{ create: panel }}
        />
      ) : null}
      {panel.mode === 'edit' ? (
        <ClaimForm key={panel.claimId} {...common} mode={{ edit: panel.claimId }} />
      ) : null}
      {panel.mode === 'mention' ? (
        <MentionForm {...common} selection={panel.selection} newName={panel.newName} />
      ) : null}
      {panel.mode === 'exclusion' ? (
        <ExclusionForm {...common} selection={panel.selection} />
      ) : null}
      {panel.mode === 'none' && focus?.type === 'claim' ? (
        <ClaimDetails
          id={focus.id}
          viewer={viewer}
          command={command}
          onEdit={() => setPanel({ mode: 'edit', claimId: focus.id })}
          onChanged={(turnId, text) => {
            changed(turnId);
            setMessage(text);
          }}
        />
      ) : null}
      {panel.mode === 'none' && !focus && !selection ? (
        <p className="muted">
          {annotator
            ? 'Select words in a turn to annotate them, or press j to walk through the claims and n through the suggestions.'
            : 'Sign in above to annotate. Click a highlight to read its claim.'}
        </p>
      ) : null}
      {annotator ? (
        <DraftList
          episodeId={episode.id}
          viewer={viewer}
          version={state.draftsVersion}
          onPick={(id, turnPosition) => {
            goToTurn(turnPosition);
            setFocus({ type: 'claim', id });
          }}
        />
      ) : null}
    </aside>
  );
}
