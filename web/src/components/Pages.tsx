import { useSearchParams } from 'react-router-dom';

/** Moves one of a page's lists (?<key>=<cursor>) to the page after `cursor`, or back to its first. */
export type PageTo = (key: string, cursor: string | null) => void;

/**
 * The address's parameters, and a PageTo that writes a list's cursor into them, so every page of
 * a list is a link. `keepScroll` leaves the window where it is (for lists low on a long page).
 */
export function usePageTo(options: { keepScroll?: boolean } = {}): [URLSearchParams, PageTo] {
  const [params, setParams] = useSearchParams();
  const page: PageTo = (key, cursor) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set(key, cursor);
    else next.delete(key);
    setParams(next, options.keepScroll ? { preventScrollReset: true } : undefined);
  };
  return [params, page];
}

/** First page / Next page under a list read a page at a time; nothing when one page holds it all. */
export function Pages(props: {
  label: string;
  atFirst: boolean;
  hasNext: boolean;
  onFirst: () => void;
  onNext: () => void;
}) {
  if (props.atFirst && !props.hasNext) return null;
  return (
    <nav className="pager" aria-label={props.label}>
      <button type="button" onClick={props.onFirst} disabled={props.atFirst}>
        First page
      </button>
      <button type="button" onClick={props.onNext} disabled={!props.hasNext}>
        Next page
      </button>
    </nav>
  );
}
