import type { SectionData } from './workbench-data';

/** The sections as a select, with the previous and next ones a key away ([ and ]). */
export function SectionNav({
  sections,
  position,
  go,
}: {
  sections: SectionData[];
  position: number;
  go: (position: number) => void;
}) {
  return (
    <nav className="wb-sections" aria-label="Sections">
      <button
        type="button"
        className="quiet"
        disabled={position <= 1}
        onClick={() => go(position - 1)}
      >
        ← Previous <kbd>[</kbd>
      </button>{' '}
      <label htmlFor="wb-section">Section</label>{' '}
      <select id="wb-section" value={position} onChange={(event) => go(Number(event.target.value))}>
        {sections.map((s) => (
          <option key={s.id} value={s.position}>
            {s.position}. {s.title} ({s.turns.length} turns)
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="quiet"
        disabled={position >= sections.length}
        onClick={() => go(position + 1)}
      >
        Next <kbd>]</kbd> →
      </button>
    </nav>
  );
}
