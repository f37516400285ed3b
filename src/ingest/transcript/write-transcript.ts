import { formatClock } from '../../domain/media-time';

/**
 * The transcript format (seed/README.md, docs/transcripts.md) written out: what
 * `npm run transcript -- import` and `npm run export` both produce. parseTranscript reads it
 * back; callers check the round trip, since a turn's words could look like markup.
 */
export interface TranscriptDocument {
  title: string;
  /** YYYY-MM-DD. */
  airDate: string;
  mediaUrl: string | null;
  host: SpeakerEntry;
  panelists: SpeakerEntry[];
  /** A section with a null title holds the turns before the first heading. */
  sections: { title: string | null; turns: TurnEntry[] }[];
  editorialNote: string | null;
  notes: { number: number; term: string; text: string }[];
}

export interface SpeakerEntry {
  name: string;
  affiliation: string | null;
  expertise: string | null;
}

export interface TurnEntry {
  label: string;
  /** Paragraphs joined by a blank line, as Turn.text holds them. */
  text: string;
  startTime: number | null;
  endTime: number | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function writeTranscript(doc: TranscriptDocument): string {
  const out: string[] = [`# ${doc.title}`, ''];
  // Two trailing spaces: a markdown line break, so the header reads as lines when rendered.
  const header = [
    `**Host:** ${speakerText(doc.host)}`,
    ...(doc.panelists.length > 0
      ? [`**Panelists:** ${doc.panelists.map(speakerText).join(', ')}`]
      : []),
    `**Original Air Date:** ${spokenDate(doc.airDate)}`,
    ...(doc.mediaUrl === null ? [] : [`**Media:** ${doc.mediaUrl}`]),
  ];
  out.push(...header.map((line, i) => (i < header.length - 1 ? `${line}  ` : line)), '', '---', '');
  doc.sections.forEach((section, i) => {
    if (i > 0) out.push('---', '');
    if (section.title !== null) out.push(`## ${section.title}`, '');
    for (const turn of section.turns) out.push(turnText(turn), '');
  });
  if (doc.editorialNote !== null) {
    out.push('---', '', ...doc.editorialNote.split('\n').map((line) => `*${line}*`), '');
  }
  if (doc.notes.length > 0) {
    out.push('## Verification Notes', '');
    for (const note of doc.notes) {
      const term = note.term === '' ? '' : `**${note.term}**: `;
      out.push(`[^${note.number}]: ${term}${note.text}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function speakerText(speaker: SpeakerEntry): string {
  const details = [speaker.affiliation, speaker.expertise].filter(
    (part): part is string => part !== null && part !== '',
  );
  return details.length > 0 ? `${speaker.name} (${details.join(', ')})` : speaker.name;
}

function turnText(turn: TurnEntry): string {
  const time =
    turn.startTime === null
      ? ''
      : `[${formatClock(turn.startTime)}${turn.endTime === null ? '' : `-${formatClock(turn.endTime)}`}] `;
  return `**${turn.label}:** ${time}${turn.text}`;
}

/** "May 22, 2025", as the bundled transcript writes it. */
export function spokenDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? 1}, ${year ?? ''}`;
}
