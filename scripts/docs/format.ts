import { format, resolveConfig } from 'prettier';

/** Markdown as `prettier --check` wants it, so generated text passes the lint as written. */
export async function formatMarkdown(filepath: string, text: string): Promise<string> {
  const options = (await resolveConfig(filepath)) ?? {};
  return format(text, { ...options, parser: 'markdown', filepath });
}
