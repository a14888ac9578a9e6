import '../event-card/define.js';
import { DatelineTimeline } from './timeline.js';
import { warmUpWhenIdle } from './warm-up.js';

if (!customElements.get('dateline-timeline')) {
  customElements.define('dateline-timeline', DatelineTimeline);
  warmUpWhenIdle();
}

export { DatelineTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'dateline-timeline': DatelineTimeline;
  }
}
