import { expect } from '@open-wc/testing';
import { render, nothing } from 'lit';
import type { ReactiveElement } from 'lit';
// Types only: Storybook's runtime does not run outside Storybook.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// What the Storybook preview registers, and what dist/dateline.js is built from.
import '../src/dateline.js';
import { onDemandElementsDefined } from './on-demand-elements.js';
import * as eventCardStories from '../stories/event-card.stories.js';
import * as timelineStories from '../stories/timeline.stories.js';
import * as eventListStories from '../stories/event-list.stories.js';

before(onDemandElementsDefined);

type Args = Record<string, unknown>;
/** Our stories' render functions read only their args, so the test can call them without a Storybook context. */
type RenderFromArgs = (args: Args) => unknown;
type StoriesModule = { default: Meta<Args> } & Record<string, unknown>;

/** Every story a CSF module exports, as Storybook would list them (named exports other than the meta). */
function storiesOf(module: StoriesModule): [string, StoryObj<Args>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, StoryObj<Args>] => entry[0] !== 'default' && entry[0] !== '__namedExportsOrder' && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

/** Waits until an element has no update pending, allowing for updates that schedule one more (a resize, a fetch). */
async function settle(element: ReactiveElement): Promise<void> {
  for (let round = 0; round < 10; round++) {
    if (await element.updateComplete) return;
  }
  throw new Error(`<${element.localName}> kept scheduling updates after 10 rounds`);
}

const LOAD_OUTCOMES = ['dateline-load', 'dateline-error'] as const;

function checkModule(title: string, module: StoriesModule) {
  const meta = module.default;
  describe(`stories: ${title}`, () => {
    let container: HTMLElement;
    let consoleErrors: unknown[][];
    const originalConsoleError = console.error;

    beforeEach(() => {
      consoleErrors = [];
      console.error = (...args: unknown[]) => {
        consoleErrors.push(args);
      };
      container = document.createElement('div');
      container.style.width = '1000px';
      document.body.append(container);
    });

    afterEach(() => {
      console.error = originalConsoleError;
      render(nothing, container);
      container.remove();
    });

    for (const [name, story] of storiesOf(module)) {
      it(`${name} renders without throwing or logging an error`, async () => {
        const args: Args = { ...meta.args, ...story.args };
        const renderStory = (story.render ?? meta.render) as RenderFromArgs | undefined;
        expect(renderStory, `${name} has no render function and neither has its meta`).to.be.a('function');

        // A `src` story is done when its data is in (or has failed); listen before rendering so nothing is missed.
        const loaded =
          typeof args.src === 'string'
            ? new Promise<Event>((resolve) => {
                for (const type of LOAD_OUTCOMES) container.addEventListener(type, resolve, { once: true });
              })
            : undefined;

        render(renderStory!(args), container);

        const elements = [...container.querySelectorAll('*')].filter((element) => element.localName.startsWith('dateline-'));
        expect(elements, `${name} draws no dateline element`).not.to.be.empty;
        for (const element of elements) {
          const tag = element.localName;
          expect(customElements.get(tag), `<${tag}> is not registered: src/dateline.ts must import its define file`).to.exist;
          await settle(element as ReactiveElement);
        }
        if (loaded) {
          const outcome = await loaded;
          const detail = (outcome as CustomEvent<{ message?: string }>).detail;
          expect(outcome.type, `${name} could not load ${String(args.src)}: ${detail?.message ?? ''}`).to.equal('dateline-load');
          for (const element of elements) await settle(element as ReactiveElement);
        }

        expect(consoleErrors, `console.error during ${name}: ${consoleErrors.map((call) => call.map(String).join(' ')).join('\n')}`).to.be.empty;
        // What the Storybook accessibility panel checks: no axe violations in what the story draws.
        for (const element of elements) await expect(element).to.be.accessible();
      });
    }
  });
}

checkModule('dateline-event-card', eventCardStories as unknown as StoriesModule);
checkModule('dateline-timeline', timelineStories as unknown as StoriesModule);
checkModule('dateline-event-list', eventListStories as unknown as StoriesModule);
