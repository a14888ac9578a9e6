// How custom-elements.json is made from the sources: which files the analyzer reads, and what it keeps. The
// analyzer (`custom-elements-manifest analyze`, run by `npm start`, `npm run build` and `npm run build-storybook`)
// reads this file from the project root. test/node/manifest.test.js holds the result to what the elements
// really render and fire.

/** The events an element may fire: the house rule is `dateline-*` (see src/events.ts). */
const PUBLIC_EVENT = /^dateline-[a-z]+(?:-[a-z]+)*$/;

/**
 * Keeps only the events a class documents with `@fires`. Besides those, the analyzer infers an event from
 * every `this.dispatchEvent(new SomeEvent(arg))` and names it after the constructor's argument, which gives
 * phantom entries such as `event`, `deselected` or one without a name. Every public event is documented with
 * `@fires` under its `dateline-*` name, so the inferred ones add nothing true.
 */
function documentedEventsOnly() {
  return {
    name: 'dateline-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            if (!PUBLIC_EVENT.test(event.name ?? '')) continue;
            // An event both inferred and documented under the same name keeps its documented form.
            if (!byName.has(event.name) || event.description) byName.set(event.name, event);
          }
          declaration.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // package.json already names custom-elements.json; a run with another --outdir must not rewrite it.
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
