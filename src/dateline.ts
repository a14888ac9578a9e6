// The standalone entry that dist/dateline.js is built from: registers every element and exports the API.
export * from './index.js';
