// Arabic and Hebrew pages (issue 15): time runs from right to left, the zoom toolbar and its buttons are mirrored,
// the card docks at the inline end (the left), and the arrow keys follow the axis: ArrowLeft goes to later events.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { loadedLanguage, loadLanguage } from '../../src/controllers/interface-languages.js';
import type { Phrases } from '../../src/model/interface-phrases.js';
import { rect, settle } from '../helpers/elements.js';

const VISIT = 'putin-visit-2000';
const TREATY = 'treaty-signed';

const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const mark = (el: DatelineTimeline, id: string) => rect(one(el, `.event[data-id="${id}"] .mark`));

/** The seed in a page of that language, right to left, its interface in the language. */
async function rightToLeftPage(language: 'ar' | 'he', selected?: string): Promise<{ el: DatelineTimeline; phrases: Phrases }> {
  await loadLanguage(language);
  const parent = await fixture<HTMLDivElement>(html`<div lang=${language} dir="rtl" style="width:1000px">
    <dateline-timeline lanes="actor" style="height:600px" selected=${selected ?? ''} .events=${koreaRussia2024}></dateline-timeline>
  </div>`);
  const el = parent.querySelector<DatelineTimeline>('dateline-timeline')!;
  await settle(el);
  return { el, phrases: loadedLanguage(language) as Phrases };
}

for (const language of ['ar', 'he'] as const) {
  describe(`<dateline-timeline> in a ${language === 'ar' ? 'Arabic' : 'Hebrew'} page, right to left`, () => {
    beforeEach(async () => {
      await setViewport({ width: 1200, height: 900 });
    });

    it('runs time from right to left: the earliest event on the right, later ones to its left, ticks likewise', async () => {
      const { el } = await rightToLeftPage(language);
      expect(mark(el, VISIT).left, 'the 2000 visit right of the 2024 treaty').to.be.greaterThan(mark(el, TREATY).right);
      const years = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tick-parent')]
        .map((tick) => ({ x: rect(tick).left, year: Number(/\d{4}/.exec(tick.textContent ?? '')?.[0]) }))
        .filter((tick) => Number.isFinite(tick.year) && tick.year > 0);
      expect(years.length, 'labelled years on the axis').to.be.at.least(2);
      for (let index = 1; index < years.length; index++) {
        if (years[index]!.year > years[index - 1]!.year) expect(years[index]!.x, `${years[index]!.year} left of ${years[index - 1]!.year}`).to.be.below(years[index - 1]!.x);
      }
    });

    it('mirrors the zoom toolbar: at the inline end (the left), "+" first from the right, arrows as seen, its words in the language', async () => {
      const { el, phrases } = await rightToLeftPage(language);
      const toolbar = one(el, '[part="controls"]');
      const [zoomIn, zoomOut, fit] = [...toolbar.querySelectorAll('button')];
      expect(rect(toolbar).left - rect(el).left, 'the toolbar at the left edge').to.be.below(rect(el).width / 4);
      expect(rect(zoomIn!).left).to.be.greaterThan(rect(zoomOut!).left);
      expect(rect(zoomOut!).left).to.be.greaterThan(rect(fit!).left);
      expect(fit!.textContent!.trim()).to.equal(phrases.fit);
      expect(toolbar.getAttribute('aria-label')).to.equal(phrases.zoomToolbar);
      expect(zoomIn!.getAttribute('aria-label')).to.equal(phrases.zoomIn);
      // The arrows move along the buttons as they are seen: ArrowLeft from "+" to "−", to its left.
      zoomIn!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.shadowRoot!.activeElement).to.equal(zoomOut);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.activeElement).to.equal(zoomIn);
    });

    it('docks the card at the inline end (the left of the chart), its close button at its own inline end', async () => {
      const { el, phrases } = await rightToLeftPage(language, TREATY);
      const wrapper = one(el, '[part="card"]');
      expect(rect(wrapper).right, 'the card ends where the chart begins').to.be.at.most(rect(one(el, '.chart')).left + 0.5);
      const card = wrapper.querySelector<DatelineEventCard>('dateline-event-card')!;
      await card.updateComplete;
      const close = card.shadowRoot!.querySelector<HTMLElement>('.close')!;
      const title = card.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
      expect(rect(close).right, 'the close button left of the title').to.be.at.most(rect(title).left + 1);
      expect(close.getAttribute('aria-label')).to.equal(phrases.close);
    });

    it('moves to the later event with ArrowLeft and back with ArrowRight, as the axis runs', async () => {
      const { el } = await rightToLeftPage(language);
      const order = el.normalizedEvents.findIndex((event) => event.id === TREATY);
      const next = el.normalizedEvents[order + 1]!.id;
      one(el, `.event[data-id="${TREATY}"]`).focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id).to.equal(next);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id).to.equal(TREATY);
    });
  });
}
