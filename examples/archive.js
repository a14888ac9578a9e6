// The list under the archive's timeline shows the items of the window the server answered with: the timeline
// fires `dateline-load` for each window, with its events (none when the window was answered with counts).
const timeline = document.getElementById('wire');
const list = document.querySelector('dateline-event-list[for="wire"]');
const note = document.getElementById('wire-note');

/** An event as the timeline read it, back in the authoring format the list reads. */
function authored(event) {
  const { start: _start, end: _end, precision: _p, startPrecision: _sp, endPrecision: _ep, isRange: _r, utcOffsetMinutes: _o, floatingTime: _f, secondsWritten: _s, history: _h, startText, endText, ...fields } = event;
  return { ...fields, start: startText, ...(endText ? { end: endText } : {}) };
}

timeline.addEventListener('dateline-load', (event) => {
  const events = event.detail.events;
  list.events = { title: 'In view', events: events.map(authored) };
  list.hidden = events.length === 0;
  note.textContent = events.length ? `${events.length.toLocaleString('en')} items in the window the server sent.` : 'Too many items in view to list: zoom in on the timeline (a column zooms into its stretch).';
});
