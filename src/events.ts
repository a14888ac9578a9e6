import type { DatasetIssue, NormalizedEvent } from './model/types.js';

/** Fired when the user selects an event (click, tap, Enter or Space). Not fired for `selected` set from code. */
export class DatelineSelectEvent extends Event {
  static readonly eventName = 'dateline-select';
  readonly detail: { event: NormalizedEvent };
  constructor(event: NormalizedEvent) {
    super(DatelineSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = { event };
  }
}

/**
 * Fired when the user clears the selection (closes the card, presses Escape, or collapses the selected item in a
 * list). Not fired for `selected` cleared from code, nor when the user selects another event instead.
 */
export class DatelineDeselectEvent extends Event {
  static readonly eventName = 'dateline-deselect';
  readonly detail: { event: NormalizedEvent };
  constructor(event: NormalizedEvent) {
    super(DatelineDeselectEvent.eventName, { bubbles: true, composed: true });
    this.detail = { event };
  }
}

/** Fired when the user changes the visible window (zoom or pan). Not fired for `zoomTo()`/`fit()` from code. */
export class DatelineRangeChangeEvent extends Event {
  static readonly eventName = 'dateline-range-change';
  readonly detail: { start: Date; end: Date };
  constructor(start: Date, end: Date) {
    super(DatelineRangeChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { start, end };
  }
}

/** Fired when data is in: parsed, validated and ready to draw. */
export class DatelineLoadEvent extends Event {
  static readonly eventName = 'dateline-load';
  readonly detail: { events: NormalizedEvent[]; issues: DatasetIssue[] };
  constructor(events: NormalizedEvent[], issues: DatasetIssue[]) {
    super(DatelineLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = { events, issues };
  }
}

/** Fired when data has errors or could not be loaded; valid events are still drawn. */
export class DatelineErrorEvent extends Event {
  static readonly eventName = 'dateline-error';
  readonly detail: { message: string; issues: DatasetIssue[] };
  constructor(message: string, issues: DatasetIssue[]) {
    super(DatelineErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = { message, issues };
  }
}

/** Fired by `<dateline-event-card>` when its close button is pressed. */
export class DatelineCloseEvent extends Event {
  static readonly eventName = 'dateline-close';
  constructor() {
    super(DatelineCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dateline-select': DatelineSelectEvent;
    'dateline-deselect': DatelineDeselectEvent;
    'dateline-range-change': DatelineRangeChangeEvent;
    'dateline-load': DatelineLoadEvent;
    'dateline-error': DatelineErrorEvent;
    'dateline-close': DatelineCloseEvent;
  }
}
