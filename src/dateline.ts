// The standalone entry that dist/dateline.js is built from: registers every element and exports the API.
import './components/event-card/define.js';
import './components/timeline/define.js';
import './components/event-list/define.js';

export * from './index.js';
