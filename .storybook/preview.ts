/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Registers every element, exactly as dist/dateline.js does.
import '../src/dateline.js';

interface Manifest {
  modules?: { declarations?: { members?: { privacy?: string }[] }[] }[];
}

/** The manifest lists private fields and methods too; the docs tables show only the public API. */
function publicMembersOnly(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected'),
      })),
    })),
  };
}

// The docs tables come from custom-elements.json, which is generated (and gitignored): `npm start` and
// `npm run build-storybook` regenerate it from the sources first. A glob rather than an import, so that
// Storybook still starts without it, only without the tables.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];
if (manifest) setCustomElementsManifest(publicMembersOnly(manifest));
else console.warn('custom-elements.json is missing: run `npm start` to generate it (the docs tables are empty without it).');

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Violations are listed in the Accessibility panel, not treated as failures.
      test: 'todo',
      // Rules about a whole page (its <main>, <h1> and landmarks) judge the story's iframe, not the element.
      config: {
        rules: ['landmark-one-main', 'page-has-heading-one', 'region'].map((id) => ({ id, enabled: false })),
      },
    },
  },
};

export default preview;
