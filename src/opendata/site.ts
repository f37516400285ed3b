/**
 * Absolute addresses of the service's own pages and documents, from the address a request came
 * in on (`http://localhost:4000`), so files downloaded from a service link back to it. Keys go
 * through encodeURIComponent: a turn key holds a '#'.
 */
export class Site {
  readonly base: string;

  constructor(base: string) {
    this.base = base.replace(/\/+$/, '');
  }

  private at(path: string): string {
    return `${this.base}${path}`;
  }

  /** The dashboard's prediction page. */
  prediction(key: string): string {
    return this.at(`/predictions/${encodeURIComponent(key)}`);
  }

  episode(key: string): string {
    return this.at(`/episodes/${encodeURIComponent(key)}`);
  }

  person(key: string): string {
    return this.at(`/people/${encodeURIComponent(key)}`);
  }

  entity(key: string): string {
    return this.at(`/entities/${encodeURIComponent(key)}`);
  }

  /** A turn's words as plain text: what the annotations' selectors count in. */
  turn(key: string): string {
    return this.at(`/turns/${encodeURIComponent(key)}`);
  }

  annotation(claimKey: string): string {
    return this.at(`/annotations/${encodeURIComponent(claimKey)}`);
  }

  /** `/annotations?episode=...` plus any further parameters, in order. */
  annotations(episodeKey: string, extra: Record<string, string> = {}): string {
    const query = new URLSearchParams({ episode: episodeKey, ...extra });
    return this.at(`/annotations?${query.toString()}`);
  }

  /** Any path of the service, as given. */
  path(path: string): string {
    return this.at(path);
  }
}
