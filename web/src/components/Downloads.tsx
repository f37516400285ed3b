/** A filter value as the open-data routes take it: lists comma-separated, booleans true/false. */
type FilterValue = string | number | boolean | readonly string[] | null | undefined;

/** The query string of a download: the list's GraphQL filter and order, as query parameters. */
export function downloadQuery(params: Record<string, FilterValue>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) query.set(name, value.join(','));
    } else {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Links to download what a list shows, with its current filters and order: CSV (RFC 4180) and
 * JSON lines from /export/<list>, and any further feeds the list has (docs/open-data.md).
 */
export function Downloads({
  list,
  params,
  extra = [],
}: {
  list: 'predictions' | 'claims' | 'people' | 'entities' | 'episodes';
  params: Record<string, FilterValue>;
  extra?: { label: string; href: string }[];
}) {
  const query = downloadQuery(params);
  return (
    <p className="downloads" data-testid="downloads">
      Download this list:{' '}
      <a href={`/export/${list}.csv${query}`} download>
        CSV
      </a>
      {' · '}
      <a href={`/export/${list}.json${query}`} download>
        JSON lines
      </a>
      {extra.map((link) => (
        <span key={link.href}>
          {' · '}
          <a href={link.href}>{link.label}</a>
        </span>
      ))}
    </p>
  );
}
