// The package entry: the model API, the element classes and the event classes. Registers no elements:
// import 'dateline/define' (or load dist/dateline.js) for that.
export * from './model/index.js';
export { DatelineTimeline } from './components/timeline/timeline.js';
export { DatelineEventCard } from './components/event-card/event-card.js';
export { DatelineEventList } from './components/event-list/event-list.js';
export { setInterfaceStrings } from './controllers/interface-languages.js';
export * from './events.js';
