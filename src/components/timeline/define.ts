import { DatelineTimeline } from './timeline.js';
import { warmUpWhenIdle } from './warm-up.js';

if (!customElements.get('dateline-timeline')) {
  customElements.define('dateline-timeline', DatelineTimeline);
  // The card a timeline opens is a chunk of its own, asked for at once: a story needs it only once the reader
  // selects an event, and a card drawn before it arrives fills in when it does (`updateComplete` waits for it).
  DatelineTimeline.cardDefinition = import('../event-card/define.js').then(
    () => undefined,
    (error: unknown) => console.error('Dateline: <dateline-event-card> could not be defined, its code did not load.', error),
  );
  warmUpWhenIdle();
}

export { DatelineTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'dateline-timeline': DatelineTimeline;
  }
}
