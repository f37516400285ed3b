/** A parsed transcript: the episode, its speakers, sections, turns and notes. */
export interface Episode {
  /** Air date and title slug: `2025-05-22-is-rl-llms-enough-for-agi`. */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  airDate: string;
  /** The episode's audio or video, an absolute http(s) URL; null when the header gives none. */
  mediaUrl: string | null;
  sourceFile: string;
  speakers: Speaker[];
  sections: Section[];
  turns: Turn[];
  notes: VerificationNote[];
  /** The italic closing note, kept as metadata rather than as a turn. */
  editorialNote: string | null;
}

export interface Speaker {
  /** Slug of the full name: `sholto-douglas`. */
  id: string;
  name: string;
  firstName: string;
  role: 'host' | 'panelist';
  affiliation: string | null;
  expertise: string | null;
}

export interface Section {
  /** `<episode>#s03`. */
  id: string;
  localId: string;
  position: number;
  title: string;
  line: number;
}

export interface Turn {
  /** `<episode>#t007`: stable across re-imports as long as turns are not reordered. */
  id: string;
  /** `t007`, as annotation files write it. */
  localId: string;
  position: number;
  sectionId: string;
  speakerId: string;
  /** The label as written (`Sholto`). */
  label: string;
  /** Paragraphs joined by a blank line, without the label; offsets count from here. */
  text: string;
  paragraphCount: number;
  /** Seconds from the start of the media; null when the transcript gives no time. */
  startTime: number | null;
  endTime: number | null;
  line: number;
}

export interface VerificationNote {
  /** `<episode>#n3`. */
  id: string;
  number: number;
  term: string;
  text: string;
  line: number;
}
