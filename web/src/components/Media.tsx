/**
 * The episode's audio and the times of its turns. A media URL is used only when it is an
 * absolute http(s) URL (the importer refuses any other, and this checks again: a
 * `javascript:` URL in the graph renders as plain text, never as a link or a source).
 */

const AUDIO_ID = 'episode-audio';

export function safeMediaUrl(url: string | null | undefined): string | null {
  // Whitespace or control characters: browsers strip some of them before reading the scheme.
  // eslint-disable-next-line no-control-regex
  if (!url || /[\s\u0000-\u001f\u007f]/.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** 754.9 → "12:34"; 3723 → "1:02:03". */
export function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The media URL with a media fragment: the browser starts playing from `seconds`. */
function at(url: string, seconds: number): string {
  return `${url.replace(/#.*$/, '')}#t=${Math.round(seconds * 1000) / 1000}`;
}

/** The page's one audio player (preload none: nothing is fetched until someone plays). */
export function EpisodeAudio({ mediaUrl }: { mediaUrl: string | null | undefined }) {
  const url = safeMediaUrl(mediaUrl);
  if (url === null) return null;
  return (
    <audio id={AUDIO_ID} className="episode-audio" controls preload="none" src={url}>
      <a href={url}>The episode&apos;s audio</a>
    </audio>
  );
}

/** Plays the page's audio from `seconds`, through a `#t=` fragment on its source. */
function playFrom(url: string, seconds: number): boolean {
  const audio = document.getElementById(AUDIO_ID);
  if (!(audio instanceof HTMLAudioElement)) return false;
  audio.src = at(url, seconds);
  audio.play().catch(() => undefined);
  return true;
}

/**
 * A turn's time: with a usable media URL, a link that plays the episode from there (and, with
 * no player on the page, opens the audio at that time); without one, the time as text.
 */
export function TimeLink({
  mediaUrl,
  seconds,
  children,
  testId,
}: {
  mediaUrl: string | null | undefined;
  seconds: number | null | undefined;
  children?: string;
  testId?: string;
}) {
  if (seconds === null || seconds === undefined) return null;
  const text = children ?? clock(seconds);
  const url = safeMediaUrl(mediaUrl);
  if (url === null) {
    return (
      <time className="turn-time muted" data-testid={testId} dateTime={`PT${seconds}S`}>
        {text}
      </time>
    );
  }
  return (
    <a
      className="turn-time"
      data-testid={testId}
      href={at(url, seconds)}
      onClick={(event) => {
        if (playFrom(url, seconds)) event.preventDefault();
      }}
    >
      {text}
    </a>
  );
}

/** "Hear it at 12:34" under a claim or prediction; nothing when its turn has no time. */
export function HearIt({
  mediaUrl,
  seconds,
}: {
  mediaUrl: string | null | undefined;
  seconds: number | null | undefined;
}) {
  if (seconds === null || seconds === undefined) return null;
  if (safeMediaUrl(mediaUrl) === null) {
    return <p className="muted">Said at {clock(seconds)}</p>;
  }
  return (
    <p className="hear-it">
      <TimeLink mediaUrl={mediaUrl} seconds={seconds} testId="hear-it">
        {`hear it at ${clock(seconds)}`}
      </TimeLink>
    </p>
  );
}
