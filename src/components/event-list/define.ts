/** Registers `<dateline-event-list>` (once, however often it is imported) and declares its tag for TypeScript. */
import { DatelineEventList } from './event-list.js';

if (!customElements.get('dateline-event-list')) customElements.define('dateline-event-list', DatelineEventList);

export { DatelineEventList };

declare global {
  interface HTMLElementTagNameMap {
    'dateline-event-list': DatelineEventList;
  }
}
