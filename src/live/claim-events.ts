import { EventEmitter, on } from 'node:events';

/**
 * In-process publish/subscribe for claims written, edited, reviewed or retracted in the
 * workbench (see prediction-events.ts for why one process needs no broker). Subscribers read
 * the claim afresh; the event says enough to decide who may hear of it.
 */
export interface ClaimEvent {
  id: string;
  episodeId: string;
  action: 'CREATE' | 'UPDATE' | 'ACCEPT' | 'REJECT' | 'RETRACT';
  state: 'DRAFT' | 'ACCEPTED' | 'REJECTED';
  /** Public before or after the change: anonymous subscribers hear only of these. */
  publicBefore: boolean;
  publicAfter: boolean;
}

const emitter = new EventEmitter();
emitter.setMaxListeners(0);

const ALL = 'claim:*';
const inEpisode = (id: string): string => `claim:episode:${id}`;

export function publishClaimChanged(event: ClaimEvent): void {
  emitter.emit(ALL, event);
  emitter.emit(inEpisode(event.episodeId), event);
}

/** Events as they happen: one episode's, or all. `return()` removes the listener. */
export function claimChanges(episodeId?: string | null): AsyncIterableIterator<unknown[]> {
  return on(emitter, episodeId ? inEpisode(episodeId) : ALL);
}

export function claimListenerCount(): number {
  return emitter
    .eventNames()
    .filter((name) => typeof name === 'string' && name.startsWith('claim:'))
    .reduce((sum, name) => sum + emitter.listenerCount(name), 0);
}
