import { stringify } from 'yaml';

import type { Database } from '../../db/database';
import { exportRepository, type EpisodeExport } from '../../db/export/export-repository';
import { parseAnnotationText } from '../annotations/read-annotation-file';
import { validateCorpus } from '../corpus/validate-corpus';
import { formatProblem, type Problem } from '../problems';
import { slugify } from '../slug';
import { parseTranscript } from '../transcript/parse-transcript';
import { writeTranscript, type TranscriptDocument } from '../transcript/write-transcript';
import { annotationFiles } from './annotations-from-graph';

/** One file of an exported episode folder. */
export interface ExportedFile {
  name: string;
  text: string;
}

export interface EpisodeFiles {
  episodeId: string;
  files: ExportedFile[];
  counts: Record<string, number>;
}

/** The episode is not in the graph. */
export class EpisodeNotFoundError extends Error {
  override name = 'EpisodeNotFoundError';
}

/**
 * One episode of the graph as corpus files: transcript.md (with turn times and the media URL),
 * entities.yaml, claims.yaml and excluded.yaml. The files are checked as the importer checks
 * them (parsed, validated against each other) before they are returned, so what comes out
 * imports; anything the format cannot say throws. The library half of `npm run export`, for
 * other outputs (CSV, JSONL, a logical backup) to build on.
 */
export async function exportEpisode(db: Database, episodeKey: string): Promise<EpisodeFiles> {
  const data = await exportRepository.episode(db, episodeKey);
  if (data === null) throw new EpisodeNotFoundError(`no episode "${episodeKey}" in the graph`);
  const transcript = writeTranscript(transcriptDocument(data));
  const annotations = annotationFiles(data);
  const files: ExportedFile[] = [
    { name: 'transcript.md', text: transcript },
    ...Object.entries(annotations).map(([name, content]) => ({
      name,
      text: stringify(content, { lineWidth: 0 }),
    })),
  ];
  checkFiles(data.episode.id, files);
  return {
    episodeId: data.episode.id,
    files,
    counts: {
      turns: data.turns.length,
      claims: data.claims.length,
      entities: data.entities.length,
      exclusions: data.exclusions.length,
      discrepancies: data.discrepancies.length,
    },
  };
}

function transcriptDocument(data: EpisodeExport): TranscriptDocument {
  const problems: string[] = [];
  const hosts = data.speakers.filter((speaker) => speaker.role === 'host');
  for (const speaker of data.speakers) {
    // Speaker ids are slugs of the header's names: a renamed person would become another one.
    if (slugify(speaker.name) !== speaker.id) {
      problems.push(`speaker ${speaker.id} is named "${speaker.name}", which is not its id's name`);
    }
  }
  if (hosts.length !== 1) problems.push(`${hosts.length} hosts; the transcript header names one`);
  const host = hosts[0];
  if (problems.length > 0 || host === undefined) {
    throw new Error(`episode ${data.episode.id} cannot be written: ${problems.join('; ')}`);
  }
  return {
    title: data.episode.title,
    airDate: data.episode.airDate,
    mediaUrl: data.episode.mediaUrl,
    host: { name: host.name, affiliation: null, expertise: null },
    panelists: data.speakers
      .filter((speaker) => speaker.role !== 'host')
      .map(({ name, affiliation, expertise }) => ({ name, affiliation, expertise })),
    sections: data.sections.map((section) => ({
      title: section.position === 0 ? null : section.title,
      turns: data.turns
        .filter((turn) => turn.sectionId === section.id)
        .map(({ label, text, startTime, endTime }) => ({ label, text, startTime, endTime })),
    })),
    editorialNote: data.episode.editorialNote,
    notes: data.notes.map(({ number, term, text }) => ({ number, term, text })),
  };
}

/** The files parse and validate together, as npm run validate would check them. */
function checkFiles(episodeId: string, files: ExportedFile[]): void {
  const problems: Problem[] = [];
  const [transcript, ...rest] = files;
  const parsed = parseTranscript(`${episodeId}/transcript.md`, transcript?.text ?? '');
  if (!parsed.ok) problems.push(...parsed.problems);
  const located = rest.flatMap((file) => {
    const read = parseAnnotationText(`${episodeId}/${file.name}`, file.text);
    if (!read.ok) problems.push(...read.problems);
    return read.ok ? [read.file] : [];
  });
  if (parsed.ok && problems.length === 0) {
    const validated = validateCorpus([parsed.episode], located);
    if (!validated.ok) problems.push(...validated.problems);
  }
  if (problems.length > 0) {
    throw new Error(
      `the export of ${episodeId} would not import as it stands:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
}
