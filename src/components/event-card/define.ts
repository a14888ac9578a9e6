import { DatelineEventCard } from './event-card.js';

if (!customElements.get('dateline-event-card')) customElements.define('dateline-event-card', DatelineEventCard);

export { DatelineEventCard };

declare global {
  interface HTMLElementTagNameMap {
    'dateline-event-card': DatelineEventCard;
  }
}
