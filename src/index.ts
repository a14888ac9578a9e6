// The package entry: the model API and types. Registers no elements by itself.
export * from './model/index.js';
