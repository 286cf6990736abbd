// Fields the store derives from an event, for its indexes only: never part of the domain event,
// never exported in a backup, always recomputed on write (see the middleware in schema.ts).
import type { ActivityEvent } from '../domain/activity';

export type StoredEvent = ActivityEvent & {
  /** Only on invites with a note (= `at`): a sparse index, so the notes meter reads just those. */
  noteAt?: number;
};

/** The record as stored: the event plus its derived fields (a new object; the input is untouched). */
export function withDerived(e: ActivityEvent): StoredEvent {
  const { noteAt: _, ...event } = e as StoredEvent;
  return event.kind === 'invite' && event.withNote === true ? { ...event, noteAt: event.at } : event;
}

/** The domain event, without the store's derived fields. */
export function withoutDerived(e: StoredEvent): ActivityEvent {
  const { noteAt: _, ...event } = e;
  return event;
}
