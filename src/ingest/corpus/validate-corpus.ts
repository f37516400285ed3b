import { CONFIDENCE_BUCKETS } from '../annotations/annotation-types';
import { fieldName, type LocatedAnnotationFile } from '../annotations/read-annotation-file';
import type { Problem } from '../problems';
import type { Episode, Turn } from '../transcript/transcript-types';
import type {
  ClaimRelationRow,
  ClaimRow,
  Corpus,
  DiscrepancyRow,
  EntityRelationRow,
  EntityRow,
  MentionRow,
  NoteLinkRow,
} from './corpus-types';

export type ValidationResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

/**
 * Checks annotation files against the parsed transcripts: every id unique, every reference
 * resolving, every quote, surface form and discrepancy text present verbatim in its turn, every
 * due date consistent with the air date. Returns all problems, or the corpus ready to import.
 */
export function validateCorpus(
  episodes: Episode[],
  files: LocatedAnnotationFile[],
): ValidationResult {
  const problems: Problem[] = [];
  const at = (file: LocatedAnnotationFile, parts: (string | number)[], message: string): void => {
    problems.push({ file: file.file, line: file.lineOf(parts), field: fieldName(parts), message });
  };

  const episodeById = new Map(episodes.map((episode) => [episode.id, episode]));
  const turnIndex = new Map<string, Turn>();
  for (const episode of episodes) {
    for (const turn of episode.turns) turnIndex.set(turn.id, turn);
  }

  // Pass 1: collect every defined id, so references may point forward and across files.
  // `where` is computed only for a problem report: finding a line costs a full YAML parse.
  const entities = new Map<string, EntityRow & { episodeId: string; where: () => string }>();
  const speakerIds = new Set<string>();
  for (const episode of episodes) {
    for (const speaker of episode.speakers) {
      speakerIds.add(speaker.id);
      const known = entities.get(speaker.id);
      if (known) {
        if (!known.definedIn.includes(episode.id)) known.definedIn.push(episode.id);
      } else {
        entities.set(speaker.id, {
          id: speaker.id,
          type: 'person',
          name: speaker.name,
          aliases: [],
          description: null,
          externalIds: [],
          year: null,
          surfaceForms: [],
          definedIn: [episode.id],
          episodeId: episode.id,
          where: () => `${episode.sourceFile} header`,
        });
      }
    }
  }
  const claimIds = new Map<string, () => string>();
  const discrepancyIds = new Map<string, () => string>();
  const definedHere = new Map<string, Set<string>>();
  for (const file of files) {
    const episode = episodeById.get(file.data.episode);
    if (episode === undefined) {
      at(
        file,
        ['episode'],
        `no transcript for episode "${file.data.episode}"; known: ${[...episodeById.keys()].join(', ') || 'none'}`,
      );
      continue;
    }
    const seenInEpisode = definedHere.get(episode.id) ?? new Set<string>();
    definedHere.set(episode.id, seenInEpisode);
    (file.data.entities ?? []).forEach((entity, i) => {
      if (seenInEpisode.has(entity.id)) {
        at(file, ['entities', i, 'id'], `duplicate entity id "${entity.id}" in this episode`);
        return;
      }
      seenInEpisode.add(entity.id);
      const existing = entities.get(entity.id);
      if (existing && existing.type !== entity.type) {
        at(
          file,
          ['entities', i, 'type'],
          `"${entity.id}" is a ${existing.type} in ${existing.where()}, not a ${entity.type}`,
        );
        return;
      }
      entities.set(entity.id, {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        aliases: [...new Set([...(existing?.aliases ?? []), ...(entity.aliases ?? [])])],
        description: entity.description ?? existing?.description ?? null,
        // Episodes add to what is known of a shared entity; none erases another's facts.
        externalIds: [
          ...new Set([
            ...(existing?.externalIds ?? []),
            ...Object.entries(entity.externalIds ?? {}).map(
              ([key, value]) => `${key}=${String(value)}`,
            ),
          ]),
        ],
        year: entity.year ?? existing?.year ?? null,
        surfaceForms: existing?.surfaceForms ?? [],
        definedIn: [...new Set([...(existing?.definedIn ?? []), episode.id])],
        episodeId: episode.id,
        where: () => `${file.file}:${file.lineOf(['entities', i])}`,
      });
    });
    (file.data.claims ?? []).forEach((claim, i) => {
      const previous = claimIds.get(claim.id);
      if (previous !== undefined) {
        at(file, ['claims', i, 'id'], `duplicate claim id "${claim.id}" (first at ${previous()})`);
      } else {
        claimIds.set(claim.id, () => `${file.file}:${file.lineOf(['claims', i])}`);
      }
    });
    (file.data.discrepancies ?? []).forEach((item, i) => {
      const previous = discrepancyIds.get(item.id);
      if (previous !== undefined) {
        at(
          file,
          ['discrepancies', i, 'id'],
          `duplicate discrepancy id "${item.id}" (first at ${previous()})`,
        );
      } else {
        discrepancyIds.set(item.id, () => `${file.file}:${file.lineOf(['discrepancies', i])}`);
      }
    });
  }

  const mentions: MentionRow[] = [];
  const entityRelations: EntityRelationRow[] = [];
  const claims: ClaimRow[] = [];
  const claimRelations: ClaimRelationRow[] = [];
  const noteLinks: NoteLinkRow[] = [];
  const discrepancies: DiscrepancyRow[] = [];
  const topics = new Set<string>();

  const entityExists = (
    file: LocatedAnnotationFile,
    parts: (string | number)[],
    id: string,
  ): boolean => {
    if (entities.has(id)) return true;
    at(file, parts, `unknown entity "${id}"`);
    return false;
  };
  const turnOf = (
    file: LocatedAnnotationFile,
    episode: Episode,
    parts: (string | number)[],
    localId: string,
  ): Turn | undefined => {
    const turn = turnIndex.get(`${episode.id}#${localId}`);
    if (turn === undefined) {
      at(
        file,
        parts,
        `unknown turn "${localId}"; this episode has t001 to t${String(episode.turns.length).padStart(3, '0')}`,
      );
    }
    return turn;
  };

  // Pass 2: check every reference and locate every quote.
  for (const file of files) {
    const episode = episodeById.get(file.data.episode);
    if (episode === undefined) continue;

    (file.data.entities ?? []).forEach((entity, i) => {
      const row = entities.get(entity.id);
      if (speakerIds.has(entity.id) && entity.type !== 'person') {
        at(
          file,
          ['entities', i, 'type'],
          `"${entity.id}" is a speaker, so its type must be person`,
        );
      }
      (entity.mentions ?? []).forEach((mention, j) => {
        const parts = ['entities', i, 'mentions', j];
        const turn = turnOf(file, episode, [...parts, 'turn'], mention.turn);
        if (turn === undefined) return;
        const found = occurrences(turn.text, mention.form);
        if (found.length === 0) {
          at(file, [...parts, 'form'], `"${mention.form}" does not occur in ${mention.turn}`);
          return;
        }
        const chosen =
          mention.occurrence === undefined
            ? found
            : found.slice(mention.occurrence - 1, mention.occurrence);
        if (chosen.length === 0) {
          at(
            file,
            [...parts, 'occurrence'],
            `"${mention.form}" occurs ${found.length} time(s) in ${mention.turn}, not ${mention.occurrence}`,
          );
          return;
        }
        for (const start of chosen) {
          mentions.push({
            episodeId: episode.id,
            turnId: turn.id,
            entityId: entity.id,
            form: mention.form,
            start,
            end: start + mention.form.length,
          });
        }
        if (row && !row.surfaceForms.includes(mention.form)) row.surfaceForms.push(mention.form);
      });
    });

    (file.data.entityRelations ?? []).forEach((relation, i) => {
      const fromOk = entityExists(file, ['entityRelations', i, 'from'], relation.from);
      const toOk = entityExists(file, ['entityRelations', i, 'to'], relation.to);
      if (relation.from === relation.to) {
        at(file, ['entityRelations', i, 'to'], 'an entity cannot relate to itself');
      } else if (fromOk && toOk) {
        entityRelations.push({
          from: relation.from,
          type: relation.type,
          to: relation.to,
          role: relation.role ?? null,
          definedIn: [episode.id],
        });
      }
    });

    (file.data.claims ?? []).forEach((claim, i) => {
      const parts = ['claims', i];
      const turn = turnOf(file, episode, [...parts, 'turn'], claim.turn);
      const speakerId = claim.speaker ?? turn?.speakerId;
      if (claim.speaker !== undefined) {
        const speaker = entities.get(claim.speaker);
        if (speaker === undefined)
          at(file, [...parts, 'speaker'], `unknown person "${claim.speaker}"`);
        else if (speaker.type !== 'person') {
          at(file, [...parts, 'speaker'], `"${claim.speaker}" is a ${speaker.type}, not a person`);
        }
      }
      let start = -1;
      if (turn) {
        start = turn.text.indexOf(claim.quote);
        if (start < 0) {
          at(
            file,
            [...parts, 'quote'],
            `quote does not occur verbatim in ${claim.turn}: "${clip(claim.quote)}"`,
          );
        }
      }
      (claim.about ?? []).forEach((id, j) => entityExists(file, [...parts, 'about', j], id));
      (claim.relations ?? []).forEach((relation, j) => {
        if (!claimIds.has(relation.target)) {
          at(file, [...parts, 'relations', j, 'target'], `unknown claim "${relation.target}"`);
        } else if (relation.target === claim.id) {
          at(file, [...parts, 'relations', j, 'target'], 'a claim cannot relate to itself');
        } else {
          claimRelations.push({ from: claim.id, type: relation.type, to: relation.target });
        }
      });
      const prediction = claim.prediction;
      if (prediction && turn) {
        checkPrediction(file, [...parts, 'prediction'], episode.airDate, turn, prediction, at);
      }
      for (const topic of claim.topics ?? []) topics.add(topic);
      if (turn && speakerId !== undefined && start >= 0) {
        claims.push({
          id: claim.id,
          episodeId: episode.id,
          turnId: turn.id,
          speakerId,
          quote: claim.quote,
          start,
          end: start + claim.quote.length,
          paraphrase: claim.paraphrase ?? null,
          kind: claim.kind,
          topics: claim.topics ?? [],
          about: claim.about ?? [],
          prediction: prediction
            ? {
                horizon: prediction.horizon ?? null,
                dueDate: prediction.due ?? null,
                windowStart: prediction.window?.from ?? null,
                windowEnd: prediction.window?.to ?? null,
                conditional: prediction.conditional ?? (prediction.conditions ?? []).length > 0,
                conditions: prediction.conditions ?? [],
                hedges: prediction.confidence.hedges ?? [],
                bucket: prediction.confidence.bucket,
                probability: CONFIDENCE_BUCKETS[prediction.confidence.bucket],
              }
            : null,
        });
      }
    });

    (file.data.notes ?? []).forEach((link, i) => {
      const note = episode.notes.find((candidate) => candidate.number === link.note);
      if (note === undefined) {
        at(file, ['notes', i, 'note'], `the transcript has no verification note [^${link.note}]`);
        return;
      }
      link.explains.forEach((id, j) => {
        if (entityExists(file, ['notes', i, 'explains', j], id)) {
          noteLinks.push({ noteId: note.id, entityId: id });
        }
      });
    });

    (file.data.discrepancies ?? []).forEach((item, i) => {
      const parts = ['discrepancies', i];
      if (item.entity !== undefined) entityExists(file, [...parts, 'entity'], item.entity);
      let turnId: string | null = null;
      let noteId: string | null = null;
      let start: number | null = null;
      if (item.turn !== undefined) {
        const turn = turnOf(file, episode, [...parts, 'turn'], item.turn);
        if (turn === undefined) return;
        turnId = turn.id;
        start = turn.text.indexOf(item.text);
        if (start < 0) {
          at(file, [...parts, 'text'], `"${clip(item.text)}" does not occur in ${item.turn}`);
          return;
        }
      } else if (item.note !== undefined) {
        const note = episode.notes.find((candidate) => candidate.number === item.note);
        if (note === undefined) {
          at(file, [...parts, 'note'], `the transcript has no verification note [^${item.note}]`);
          return;
        }
        noteId = note.id;
        if (!`${note.term}: ${note.text}`.includes(item.text)) {
          at(
            file,
            [...parts, 'text'],
            `"${clip(item.text)}" does not occur in note [^${item.note}]`,
          );
          return;
        }
      }
      discrepancies.push({
        id: item.id,
        episodeId: episode.id,
        turnId,
        noteId,
        text: item.text,
        start,
        end: start === null ? null : start + item.text.length,
        correct: item.correct,
        entityId: item.entity ?? null,
        kind: item.kind,
        explanation: item.explanation,
      });
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    corpus: {
      episodes,
      entities: [...entities.values()].map(({ episodeId: _e, where: _w, ...row }) => row),
      mentions,
      entityRelations: mergeRelations(entityRelations),
      claims,
      claimRelations: dedupe(claimRelations, (r) => `${r.from}|${r.type}|${r.to}`),
      noteLinks: dedupe(noteLinks, (r) => `${r.noteId}|${r.entityId}`),
      discrepancies,
      topics: [...topics].sort(),
    },
  };
}

type At = (file: LocatedAnnotationFile, parts: (string | number)[], message: string) => void;

/** Dates never precede the air date, windows run forward, and spoken horizons agree with them. */
function checkPrediction(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  airDate: string,
  turn: Turn,
  prediction: NonNullable<import('../annotations/annotation-types').ClaimAnnotation['prediction']>,
  at: At,
): void {
  const dates: [string, string][] = [];
  if (prediction.due !== undefined) dates.push(['due', prediction.due]);
  if (prediction.window) {
    dates.push(['window.from', prediction.window.from], ['window.to', prediction.window.to]);
  }
  for (const [name, value] of dates) {
    if (!isRealDate(value))
      at(file, [...parts, ...name.split('.')], `"${value}" is not a calendar date`);
    else if (value < airDate) {
      at(file, [...parts, ...name.split('.')], `${value} is before the air date ${airDate}`);
    }
  }
  if (prediction.window && prediction.window.from > prediction.window.to) {
    at(
      file,
      [...parts, 'window'],
      `window runs backwards: ${prediction.window.from} > ${prediction.window.to}`,
    );
  }
  const horizon = (prediction.horizon ?? '').toLowerCase();
  const year = Number(airDate.slice(0, 4));
  const first = prediction.due ?? prediction.window?.from;
  const last = prediction.due ?? prediction.window?.to;
  if (/end of (this|the) year/.test(horizon) && first !== undefined && first !== `${year}-12-31`) {
    at(
      file,
      [...parts, prediction.due ? 'due' : 'window'],
      `"${prediction.horizon}" said on ${airDate} means ${year}-12-31, not ${first}`,
    );
  }
  if (
    /this time next year/.test(horizon) &&
    last !== undefined &&
    last !== `${year + 1}${airDate.slice(4)}`
  ) {
    at(
      file,
      [...parts, prediction.due ? 'due' : 'window'],
      `"${prediction.horizon}" said on ${airDate} means ${year + 1}${airDate.slice(4)}, not ${last}`,
    );
  }
  if (/^eventually\b/.test(horizon) && first !== undefined) {
    at(file, [...parts, 'horizon'], '"eventually" gives no due date; remove due/window');
  }
  if (prediction.conditional === false && (prediction.conditions ?? []).length > 0) {
    at(file, [...parts, 'conditional'], 'conditions are given, so the prediction is conditional');
  }
  if (prediction.conditional === true && (prediction.conditions ?? []).length === 0) {
    at(file, [...parts, 'conditions'], 'a conditional prediction needs its conditions');
  }
  const lower = turn.text.toLowerCase();
  (prediction.confidence.hedges ?? []).forEach((hedge, j) => {
    if (!lower.includes(hedge.toLowerCase())) {
      at(
        file,
        [...parts, 'confidence', 'hedges', j],
        `hedge "${hedge}" is not spoken in ${turn.localId}`,
      );
    }
  });
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
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

/** One row per relation, with every episode that states it. */
function mergeRelations(rows: EntityRelationRow[]): EntityRelationRow[] {
  const merged = new Map<string, EntityRelationRow>();
  for (const row of rows) {
    const key = `${row.from}|${row.type}|${row.to}`;
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { ...row, definedIn: [...row.definedIn] });
    else {
      seen.role = row.role ?? seen.role;
      for (const episodeId of row.definedIn) {
        if (!seen.definedIn.includes(episodeId)) seen.definedIn.push(episodeId);
      }
    }
  }
  return [...merged.values()];
}

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(key(row))) seen.set(key(row), row);
  return [...seen.values()];
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
