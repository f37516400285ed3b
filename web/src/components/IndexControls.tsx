import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The search box and sort of an index page, kept in the address (?q=, ?sort=) so every view of
 * it is a link; any change starts again from the first page.
 */
export function useIndexParams(): {
  params: URLSearchParams;
  set: (key: string, value: string | null) => void;
  page: (cursor: string | null) => void;
} {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    next.delete('after');
    setParams(next);
  };
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor === null) next.delete('after');
    else next.set('after', cursor);
    setParams(next);
  };
  return { params, set, page };
}

export function IndexControls({
  searchLabel,
  sorts,
  index,
  children,
}: {
  searchLabel: string;
  sorts: { value: string; label: string }[];
  index: ReturnType<typeof useIndexParams>;
  children?: ReactNode;
}) {
  const q = index.params.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        index.set('q', text.trim());
      }}
    >
      <label>
        {searchLabel}{' '}
        <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
      </label>{' '}
      <button type="submit">Search</button>{' '}
      <label>
        Sort{' '}
        <select
          name="sort"
          value={index.params.get('sort') ?? sorts[0]?.value ?? ''}
          onChange={(e) => index.set('sort', e.target.value)}
        >
          {sorts.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </label>
      {children}
    </form>
  );
}
