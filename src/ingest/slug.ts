/** Lower-case ASCII words joined by dashes: "Is RL + LLMs Enough?" → "is-rl-llms-enough". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
