/** Long quotes shortened for a message. */
export function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** Start offsets of every occurrence of `form` in `text`. */
export function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  if (form === '') return found;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    found.push(at);
  }
  return found;
}
