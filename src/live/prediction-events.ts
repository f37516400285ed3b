import { EventEmitter, on } from 'node:events';

/**
 * In-process publish/subscribe for prediction changes. One service instance needs no broker: the
 * mutation that changed a prediction publishes here and every graphql-ws subscription on this
 * process hears it. Several instances would each publish to a shared channel instead (Redis
 * pub/sub, Postgres NOTIFY, NATS...) and relay what they hear to their own subscribers; only
 * this file would change (see the README's dashboard section).
 */
const emitter = new EventEmitter();
// Every open dashboard holds a listener; the count is bounded by the sockets the server accepts.
emitter.setMaxListeners(0);

const ALL = 'prediction:*';
const one = (id: string): string => `prediction:${id}`;

/** Announces that a prediction changed; subscribers read it afresh from the graph. */
export function publishPredictionChanged(id: string): void {
  emitter.emit(ALL, id);
  emitter.emit(one(id), id);
}

/**
 * The ids of predictions as they change: one prediction's, or all of them. `return()` on the
 * iterator (a client unsubscribing or hanging up) removes the listener at once.
 */
export function predictionChanges(id?: string | null): AsyncIterableIterator<unknown[]> {
  // Each event is the list of arguments given to emit(): here, the id alone.
  return on(emitter, id ? one(id) : ALL);
}

/** Subscriptions now listening, for tests that check unsubscribing cleans up. */
export function predictionListenerCount(): number {
  // on() also listens for 'error'; count only the prediction channels.
  return emitter
    .eventNames()
    .filter((name) => typeof name === 'string' && name.startsWith('prediction:'))
    .reduce((sum, name) => sum + emitter.listenerCount(name), 0);
}
