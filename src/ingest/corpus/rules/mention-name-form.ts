import { isNameForm } from '../../../domain/name-key';
import type { Episode } from '../../../domain/transcript';
import type { FileRule } from './rule';
import { occurrences } from './text';

/**
 * Lookups answer names and aliases, never surface forms (seed/README.md, rule 13). A mention
 * whose form looks like a name (an inner capital, or a capital away from the start of a
 * sentence) but is none of the entity's names answers no lookup: the annotator lists it among
 * the aliases or marks the mention `mentionOnly` (a warning, once per entity and form). A form
 * marked mentionOnly that is a name contradicts the mark (an error).
 */
export const mentionNameForm: FileRule = {
  name: 'mention-name-form',
  mention(mention, at, { file, episode, context, report }) {
    const i = Number(at[1]);
    const j = Number(at[3]);
    const annotation = file.data.entities?.[i];
    const entity = annotation === undefined ? undefined : context.entity(annotation.id);
    const turn = context.turn(episode, mention.turn);
    if (annotation === undefined || entity === undefined || turn === undefined) return;
    const labels = speakerLabels(context.episodes).get(entity.id) ?? [];
    const name = isNameForm(mention.form, { ...entity, labels });
    if (mention.mentionOnly === true) {
      if (name) {
        report.error(
          [...at, 'mentionOnly'],
          `"${mention.form}" is a name of ${entity.id} (it folds to its name, an alias or a speaker label): drop mentionOnly`,
        );
      }
      return;
    }
    const earlier = (annotation.mentions ?? []).slice(0, j);
    if (name || earlier.some((other) => other.form === mention.form)) return;
    const found = occurrences(turn.text, mention.form);
    const starts =
      mention.occurrence === undefined
        ? found
        : found.slice(mention.occurrence - 1, mention.occurrence);
    const innerCapital = /\p{Lu}/u.test(mention.form.slice(1));
    const capitalInSentence =
      /^\p{Lu}/u.test(mention.form) && starts.some((start) => !sentenceInitial(turn.text, start));
    if (innerCapital || capitalInSentence) {
      report.warn(
        [...at, 'form'],
        `"${mention.form}" looks like a name but is not one of ${entity.id}'s names, so a lookup by it finds nothing: add it to aliases if it is a name, or mark the mention mentionOnly`,
      );
    }
  },
};

/**
 * Every person's speaker labels (first names) across the corpus, in episode order. Built once per
 * validation run and kept with its episodes: looking them up per mention walked every episode for
 * every mention, which made validating 1000 episodes quadratic.
 */
const labelsOfRun = new WeakMap<readonly Episode[], Map<string, string[]>>();

function speakerLabels(episodes: readonly Episode[]): Map<string, string[]> {
  let labels = labelsOfRun.get(episodes);
  if (labels === undefined) {
    labels = new Map();
    for (const episode of episodes) {
      for (const speaker of episode.speakers) {
        labels.set(speaker.id, [...(labels.get(speaker.id) ?? []), speaker.firstName]);
      }
    }
    labelsOfRun.set(episodes, labels);
  }
  return labels;
}

/** Whether the text at `start` begins a sentence, a quotation or an aside. */
function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before === '' || /[.?!:"“—(]$/.test(before);
}
