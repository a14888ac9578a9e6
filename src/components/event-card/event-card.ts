import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { DatelineCloseEvent } from '../../events.js';
import { attributionText } from '../../model/attribution-text.js';
import { formatEventDate } from '../../model/format-date.js';
import { isValidDate } from '../../model/dataset-issues.js';
import { parsingDataset } from '../../model/parsing-dataset.js';
import { finishReadingNowOrSoon } from '../../model/reading-events.js';
import type { EventStatus, TimelineEvent } from '../../model/schema.js';
import { statusMeaning } from '../../model/status.js';
import { InterfacePhrasesController } from '../../controllers/interface-phrases-controller.js';
import { stringsAttribute } from '../shared/strings-attribute.js';
import type { MediaView } from '../../model/media.js';
import { mediaCode } from '../../model/code-on-demand.js';
import type { NormalizedEvent, ParseResult, Precision } from '../../model/types.js';
import { themeStyles } from '../theme.styles.js';
import { eventMedia, eventMediaStyles } from '../shared/event-media.js';
import { richText } from '../shared/rich-text.js';
import { richTextStyles } from '../shared/rich-text.styles.js';
import { statusGlyphStyles } from '../shared/status-glyph.styles.js';
import { claimStepList, factList, sourceItem, eventDetailsStyles } from '../shared/event-details.js';
import { claimSteps, type ClaimStepView } from '../shared/claim-views.js';
import { cardStyles } from './event-card.styles.js';
import { textOf, isRecord, isStatus, machineDate, inheritedAttribute, sourceViews, type SourceView } from '../shared/event-text.js';

/** Everything the card shows, worked out in `willUpdate` so that `render` cannot fail. */
interface CardView {
  title: string;
  dateText: string;
  datetime?: string;
  status?: EventStatus;
  /** The badge's words: the status, who claims it and how others answered ("Alleged by the United States; denied by Russia"). */
  attribution?: string;
  /** What was known when: the history's steps and the responses that give a date or a source. */
  steps: ClaimStepView[];
  actors?: string;
  category?: string;
  location?: string;
  /** Plain text, or the simple HTML authors write (shown sanitised). */
  summary?: string;
  media?: MediaView;
  sources: SourceView[];
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];
const HEADING_TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};
const MAX_SHOWN_PROBLEMS = 5;

const isPrecision = (value: unknown): value is Precision => PRECISIONS.includes(value as Precision);

/**
 * Checks an event that arrived already normalized (its `start` is a `Date`), since it may have been
 * built by hand. Returns a clean copy of the date fields, or what is wrong with them.
 */
function checkNormalizedEvent(raw: Record<string, unknown>): { event?: NormalizedEvent; problems: string[] } {
  const problems: string[] = [];
  const title = textOf(raw.title);
  if (!title) problems.push('title must be text');
  if (!isValidDate(raw.start)) problems.push('start is not a valid date');
  if (!isPrecision(raw.startPrecision)) problems.push(`startPrecision must be one of ${PRECISIONS.join(', ')}`);
  const isRange = raw.isRange === true;
  if (isRange) {
    if (!isValidDate(raw.end)) problems.push('end is not a valid date');
    else if (isValidDate(raw.start) && raw.end.getTime() <= raw.start.getTime()) problems.push('end is before start');
    if (!isPrecision(raw.endPrecision)) problems.push(`endPrecision must be one of ${PRECISIONS.join(', ')}`);
  }
  if (problems.length) return { problems };
  const start = raw.start as Date;
  const startPrecision = raw.startPrecision as Precision;
  const end = isRange ? (raw.end as Date) : isValidDate(raw.end) ? raw.end : start;
  const endPrecision = isRange ? (raw.endPrecision as Precision) : startPrecision;
  const event: NormalizedEvent = {
    ...(raw as unknown as NormalizedEvent),
    title: title!,
    start,
    end,
    precision: isPrecision(raw.precision) ? raw.precision : startPrecision,
    startPrecision,
    endPrecision,
    isRange,
    startText: typeof raw.startText === 'string' ? raw.startText : '',
  };
  if (typeof raw.utcOffsetMinutes === 'number' && Number.isFinite(raw.utcOffsetMinutes)) {
    event.utcOffsetMinutes = raw.utcOffsetMinutes;
  } else {
    delete event.utcOffsetMinutes;
  }
  return { event, problems };
}

/**
 * A compact panel that tells one event in full: its date as precisely as it is known (or as the author wrote it,
 * `displayDate`; "c. 1200" when approximate), title, status in words with who claims it and how others answered
 * ("Alleged by the United States; denied by Russia and North Korea"), its media with caption and credit, who and
 * where, summary, what was known when (its history and dated responses) and sources. Summaries, captions and
 * credits may hold simple HTML (links, emphasis, paragraphs, lists, quotes), shown sanitised. Accepts a normalized
 * event or the authoring form, and never throws on bad data: it says what is wrong instead. Set `theme="dark"` or
 * `theme="light"` to pick a look; otherwise it follows `prefers-color-scheme`.
 *
 * Media: an image loads when the card is drawn (a timeline draws the card only when the reader opens it), in a
 * box of fixed shape so that nothing moves when it arrives; audio and video are players that fetch nothing until
 * played; a service's frame (YouTube, Vimeo, …) loads only when the reader presses "Load video from
 * youtube.com". An image without `alt` has `alt=""`, its caption being what a screen reader hears of it.
 *
 * @summary A panel with the full details of one timeline event.
 * @fires {DatelineCloseEvent} dateline-close - The user pressed the close button.
 * @csspart card - The panel around everything.
 * @csspart title - The event's title (a heading, level set by `heading-level`).
 * @csspart date - The date line above the title.
 * @csspart media - The event's media: a figure with the image, player or frame (or the button that loads it), its caption, credit and link.
 * @csspart status - The status badge: a mark and the status in words, with who claims it and how others answered.
 * @csspart history - The "What was known when" section, its heading and list: the event's history and dated responses.
 * @csspart sources - The sources section, its heading and list.
 * @csspart close-button - The close button, shown when `closable` is set.
 * @csspart error - The message shown instead of the event when the event is invalid.
 * @cssprop [--dateline-card-max-width=360px] - The card's greatest width; set `none` to fill the container.
 * @cssprop [--dateline-font=inherit] - Font family.
 * @cssprop [--dateline-color=#1f1f1f] - Text colour.
 * @cssprop [--dateline-muted=#5c5c5c] - Colour of secondary text: the date line, labels, source dates.
 * @cssprop [--dateline-surface=#f6f6f4] - The card's background.
 * @cssprop [--dateline-background=#ffffff] - The inside of hollow status marks (reported, expected).
 * @cssprop [--dateline-grid=#e3e3e3] - Colour of the card's border and the rule above the sources.
 * @cssprop [--dateline-axis=#767676] - Colour of the status badge's outline.
 * @cssprop [--dateline-mark=#3d3d3d] - Colour of the status mark.
 * @cssprop [--dateline-accent=#b3261e] - Colour of the focus ring.
 */
export class DatelineEventCard extends LitElement {
  static override styles = [themeStyles, statusGlyphStyles, eventDetailsStyles, richTextStyles, eventMediaStyles, cardStyles];

  /** The event to show: a `NormalizedEvent`, or the authoring form with text dates (it is normalized). */
  @property({ attribute: false }) event?: NormalizedEvent | TimelineEvent | null;

  /**
   * The locale for dates and the interface's words, e.g. `en-GB`. Defaults to the nearest `lang` attribute, then
   * the reader's. The interface speaks the nearest shipped language, else English.
   */
  @property() locale?: string;

  /** A newsroom's own words for interface strings, by phrase id: `strings='{"statusReported": "Unverified"}'`. */
  @property({ converter: stringsAttribute }) strings?: Record<string, string>;

  /** Shows a close button that fires `dateline-close`. */
  @property({ type: Boolean, reflect: true }) closable = false;

  /** The heading level of the title, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Force the light or dark look; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private normalized?: NormalizedEvent;
  private problems: string[] = [];
  /** The reading of an authored event that waits for the schema's validation, while it does. */
  private reading?: Promise<void>;
  private view?: CardView;
  private readonly interfaceText = new InterfacePhrasesController(this, () => ({ declaredLocale: this.resolvedLocale(), strings: this.strings }));

  /** Also waits for the interface language's words, when they load, and for an event that waits to be read. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.reading;
    await this.interfaceText.whenReady();
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The nearest `lang` may differ where the card was re-attached.
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event')) this.readEvent();
    this.interfaceText.update();
    this.view = undefined;
    if (!this.normalized) return;
    try {
      this.view = this.buildView(this.normalized, this.resolvedLocale());
    } catch {
      this.problems = ['this event could not be read'];
    }
  }

  private resolvedLocale(): string | undefined {
    return this.locale || inheritedAttribute(this, 'lang') || undefined;
  }

  private readEvent(): void {
    this.normalized = undefined;
    this.problems = [];
    this.reading = undefined;
    const value: unknown = this.event;
    if (value === null || value === undefined) return;
    try {
      if (isRecord(value) && value.start instanceof Date) {
        const checked = checkNormalizedEvent(value);
        this.normalized = checked.event;
        this.problems = checked.problems;
        // An event read elsewhere may hold media before this page has loaded the media services: shown once it has.
        if (value.media !== undefined && !mediaCode.provided) this.reading = mediaCode.load().then(() => this.requestUpdate());
        return;
      }
      const read = finishReadingNowOrSoon(parsingDataset([value]));
      if (!(read instanceof Promise)) {
        this.useReading(read);
        return;
      }
      // An event not of the common shape, or with media, waits for the code it needs to load; the card shows it then.
      this.reading = read.then((result) => {
        if (this.event !== value) return;
        this.useReading(result);
        this.requestUpdate();
      });
    } catch {
      this.problems = ['this event could not be read'];
    }
  }

  private useReading(result: ParseResult): void {
    this.normalized = result.events[0];
    if (!this.normalized) {
      this.problems = result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
      if (!this.problems.length) this.problems = ['this event could not be read'];
    }
  }

  private buildView(event: NormalizedEvent, locale: string | undefined): CardView {
    const { phrases } = this.interfaceText;
    const raw = event as unknown as Record<string, unknown>;
    const view: CardView = {
      title: event.title,
      dateText: formatEventDate(event, locale, phrases),
      steps: claimSteps(event, locale, phrases),
      sources: [],
    };
    const datetime = machineDate(event);
    if (datetime) view.datetime = datetime;
    if (isStatus(raw.status)) view.status = raw.status;
    const attribution = attributionText(event, locale, phrases);
    if (attribution) view.attribution = attribution;
    if (Array.isArray(raw.actors)) {
      const actors = raw.actors.filter((actor): actor is string => textOf(actor) !== undefined);
      if (actors.length) view.actors = actors.join(', ');
    }
    const category = textOf(raw.category);
    if (category) view.category = category;
    const location = textOf(raw.location);
    if (location) view.location = location;
    const summary = textOf(raw.summary);
    if (summary) view.summary = summary;
    // Read with the media services at hand (code-on-demand.ts), or waited for in `readEvent`.
    const media = mediaCode.provided?.mediaView(raw.media);
    if (media) view.media = media;
    view.sources = sourceViews(raw.sources, locale);
    return view;
  }

  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
  }

  private handleClose(): void {
    this.dispatchEvent(new DatelineCloseEvent());
  }

  override render() {
    const { view, problems } = this;
    if (!view && !problems.length) return nothing;
    return html`
      <article part="card" class="card ${this.closable ? 'closable' : ''} ${this.interfaceText.waiting ? 'awaits-language' : ''}" aria-labelledby=${view ? 'card-title' : nothing}>
        ${view ? this.renderEvent(view) : this.renderProblems(problems)}
        ${this.closable
          ? html`<button part="close-button" class="close" type="button" aria-label=${this.interfaceText.phrases.close} @click=${this.handleClose}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8"></path>
              </svg>
            </button>`
          : nothing}
      </article>
    `;
  }

  private renderEvent(view: CardView): TemplateResult {
    const { phrases } = this.interfaceText;
    const titleTag = HEADING_TAGS[this.level]!;
    return html`
      <div class="head">
        <p class="date"><time part="date" datetime=${view.datetime ?? nothing}>${view.dateText}</time></p>
        ${staticHtml`<${titleTag} part="title" class="title" id="card-title" dir="auto">${view.title}</${titleTag}>`}
      </div>
      ${view.attribution
        ? html`<p part="status" class="status" title=${view.status ? statusMeaning(view.status, phrases) : nothing}>
            ${view.status ? html`<span class="glyph glyph-${view.status}" aria-hidden="true"></span>` : nothing}<span class="status-text">${view.attribution}</span>
          </p>`
        : nothing}
      ${eventMedia(view.media, { phrases })}
      ${factList(view.actors, view.category, view.location, phrases)}
      ${view.summary ? html`<div class="summary rich" dir="auto">${richText(view.summary)}</div>` : nothing}
      ${view.steps.length ? this.renderHistory(view.steps) : nothing}
      ${view.sources.length ? this.renderSources(view.sources) : nothing}
    `;
  }

  private renderHistory(steps: ClaimStepView[]): TemplateResult {
    const { phrases } = this.interfaceText;
    const headingTag = HEADING_TAGS[Math.min(this.level + 1, 6)]!;
    return html`
      <section part="history" class="history">
        ${staticHtml`<${headingTag} class="history-heading">${phrases.historyHeading}</${headingTag}>`}
        ${claimStepList(steps, phrases)}
      </section>
    `;
  }

  private renderSources(sources: SourceView[]): TemplateResult {
    const { phrases } = this.interfaceText;
    const headingTag = HEADING_TAGS[Math.min(this.level + 1, 6)]!;
    return html`
      <section part="sources" class="sources">
        ${staticHtml`<${headingTag} class="sources-heading">${phrases.sourcesHeading}</${headingTag}>`}
        <ul class="source-list">
          ${sources.map((source) => sourceItem(source, phrases))}
        </ul>
      </section>
    `;
  }

  private renderProblems(problems: string[]): TemplateResult {
    const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
    const more = problems.length - shown.length;
    return html`
      <div part="error" class="error">
        <p>${this.interfaceText.phrases.eventNotShown}</p>
        <ul>
          ${shown.map((problem) => html`<li>${problem}</li>`)}
          ${more > 0 ? html`<li>and ${more} more</li>` : nothing}
        </ul>
      </div>
    `;
  }
}
