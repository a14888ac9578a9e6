import '../event-card/define.js';
import { DatelineTimeline } from './timeline.js';

if (!customElements.get('dateline-timeline')) customElements.define('dateline-timeline', DatelineTimeline);

export { DatelineTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'dateline-timeline': DatelineTimeline;
  }
}
