/**
 * dist/dateline.js's entry (src/dateline.ts) defines the card and the list from chunks of their own, asked for at
 * once: a test that imports the entry and draws either waits, in its `before`, until both are there.
 */
export const onDemandElementsDefined = () => Promise.all(['dateline-event-card', 'dateline-event-list'].map((tag) => customElements.whenDefined(tag)));
