import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { schemaValidation } from '../../src/model/code-on-demand.js';

/*
 * A card given an authored event (text dates) reads it itself. This file runs in a page of its own, where the
 * schema's validation has not loaded: an event of the common shape is shown at once, without it; one the fast
 * path leaves to the schema is shown once it has loaded, and one it cannot keep says why.
 */

const text = (card: DatelineEventCard) => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('the event card, with the schema’s validation on demand', () => {
  it('shows an authored event of the common shape in its first update, without the validation', async () => {
    const card = await fixture<DatelineEventCard>(html`<dateline-event-card locale="en-GB" .event=${{ id: 'a', title: 'Treaty signed', start: '2024-06-19' }}></dateline-event-card>`);
    expect(text(card)).to.contain('Treaty signed');
    expect(text(card)).to.contain('19 June 2024');
    expect(schemaValidation.provided).to.equal(undefined);
  });

  it('shows an authored event of another shape once the validation has loaded, and says why one cannot be kept', async () => {
    const card = await fixture<DatelineEventCard>(html`<dateline-event-card locale="en-GB" .event=${{ id: 'b', title: 'Troops reported', start: '2024-10-18', date: '2024-10-18' }}></dateline-event-card>`);
    await card.updateComplete;
    expect(schemaValidation.provided).to.not.equal(undefined);
    expect(text(card)).to.contain('Troops reported');
    expect(text(card)).to.contain('18 October 2024');
    card.event = { id: 'c', title: 'Troops reported', start: 'last week' };
    await card.updateComplete;
    expect(text(card)).to.not.contain('Troops reported');
    expect(text(card)).to.contain('last week');
  });
});
