import { Link } from 'react-router-dom';

import { selectionOfPanel } from './panel';
import { SectionNav } from './SectionNav';
import { ShortcutHelp } from './ShortcutHelp';
import { SidePanel } from './SidePanel';
import { TurnView } from './TurnView';
import { useSelectionCapture } from './use-selection';
import { useAcceptSuggestion } from './use-suggestions';
import type { ViewerData } from './use-viewer';
import { useSection, useWorkbenchState } from './use-workbench';
import { useWorkbenchKeys } from './use-workbench-keys';
import type { EpisodeData } from './workbench-data';

/** The transcript of one section, turn by turn, beside the panel where annotations are made. */
export function Workbench({
  episode,
  viewer,
}: {
  episode: EpisodeData;
  viewer: ViewerData | null;
}) {
  const state = useWorkbenchState(episode);
  const { panel, setPanel, focus, setFocus, versions, hidden, message, setMessage } = state;
  const [position, goSection] = useSection(episode.sections.length);
  const section = episode.sections[position - 1];
  const capture = useSelectionCapture(state.textOf, panel.mode !== 'none');
  const acceptSuggestion = useAcceptSuggestion(setPanel, state.changed, setMessage);
  useWorkbenchKeys({
    state,
    viewer,
    selection: capture.selection,
    clearSelection: capture.clear,
    section: position,
    goSection,
    acceptSuggestion,
  });
  const annotator = viewer?.canAnnotate === true;
  // Outlined only once a form holds the words: redrawing the text while the mouse is still
  // selecting would replace the nodes the browser's selection is anchored in, and lose it.
  const pending = selectionOfPanel(panel);
  return (
    <div className="workbench" data-testid="workbench">
      <header className="wb-head">
        <h1>
          Annotate: <Link to={`/episodes/${encodeURIComponent(episode.id)}`}>{episode.title}</Link>
        </h1>
        <p className="muted">
          Aired <time dateTime={episode.airDate}>{episode.airDate}</time>. Select words in a turn,
          then press <kbd>c</kbd> for a claim or <kbd>p</kbd> for a prediction; <kbd>?</kbd> lists
          every shortcut.{' '}
          <button type="button" className="quiet" onClick={() => state.setHelp(true)}>
            Shortcuts
          </button>
        </p>
        <SectionNav sections={episode.sections} position={position} go={goSection} />
        <p role="status" aria-live="polite" className="wb-message" data-testid="wb-message">
          {capture.problem || message}
        </p>
      </header>
      <div className="wb-body">
        <section
          className="wb-transcript"
          aria-label={`Section ${position}: ${section?.title ?? ''}`}
          data-testid="workbench-transcript"
        >
          <h2>
            {position}. {section?.title}
          </h2>
          {section?.turns.map((turn) => (
            <TurnView
              key={turn.id}
              turn={turn}
              drafts={annotator}
              suggest={annotator}
              version={versions[turn.id] ?? 0}
              hidden={hidden}
              pending={pending?.turnId === turn.id ? pending : null}
              focus={focus}
              onFocus={setFocus}
              onLoaded={state.onLoaded}
              mediaUrl={episode.mediaUrl ?? null}
            />
          ))}
        </section>
        <SidePanel
          episode={episode}
          viewer={viewer}
          state={state}
          selection={capture.selection}
          clearSelection={capture.clear}
          goToTurn={(turnPosition) => {
            const at = episode.sections.find((s) =>
              s.turns.some((t) => t.position === turnPosition),
            );
            if (at) goSection(at.position);
          }}
        />
      </div>
      {state.help ? <ShortcutHelp onClose={() => state.setHelp(false)} /> : null}
    </div>
  );
}
