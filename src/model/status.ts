import type { EventStatus } from './schema.js';

/** Status words as readers see them, and what each says about how sure the claim is. */
export const STATUS_LABELS: Record<EventStatus, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  alleged: 'Alleged',
  disputed: 'Disputed',
  expected: 'Expected',
};

export const STATUS_MEANINGS: Record<EventStatus, string> = {
  confirmed: 'It happened, on the record',
  reported: 'Published but not independently verified',
  alleged: 'An accusation; the accused may deny it',
  disputed: 'Contested on the record',
  expected: 'A forecast: it has not happened yet',
};

/** The status word for an event, or undefined for an event without a status (it shows no badge). */
export function statusLabel(status: EventStatus | undefined): string | undefined {
  return status ? STATUS_LABELS[status] : undefined;
}
