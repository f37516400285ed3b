/** What the keyboard acts on: a claim's highlight or a suggestion's ghost. */
export type Focus = { type: 'claim'; id: string } | { type: 'suggestion'; id: string };

/** The element drawn for a focus, in document order among its kind. */
export function focusSelector(focus: Focus): string {
  return focus.type === 'claim'
    ? `mark[data-claim="${CSS.escape(focus.id)}"]`
    : `[data-suggestion="${CSS.escape(focus.id)}"]`;
}

/**
 * The next (step 1) or previous (step -1) item of a kind after the focused one, in reading
 * order, as drawn on the page: the highlights in the DOM are the order a reader sees.
 */
export function stepFocus(
  root: ParentNode,
  type: Focus['type'],
  current: Focus | null,
  step: 1 | -1,
): Focus | null {
  const attribute = type === 'claim' ? 'data-claim' : 'data-suggestion';
  const ids: string[] = [];
  for (const element of Array.from(root.querySelectorAll(`[${attribute}]`))) {
    const id = element.getAttribute(attribute) ?? '';
    if (ids[ids.length - 1] !== id && !ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return null;
  const at = current && current.type === type ? ids.indexOf(current.id) : -1;
  const next = at < 0 ? (step === 1 ? 0 : ids.length - 1) : (at + step + ids.length) % ids.length;
  const id = ids[next];
  return id === undefined ? null : { type, id };
}
