/**
 * `<dateline-event-list>`: the element, its properties and public API, its lifecycle (reading data, grouping
 * what is drawn, firing events) and its top-level template. The outline and the items' templates, keyboard
 * movement, paging, the link with a timeline and the grouping by year and month live in their own files.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { InterfacePhrasesController } from '../../controllers/interface-phrases-controller.js';
import { ENGLISH_PHRASES } from '../../model/interface-phrases.js';
import { stringsAttribute } from '../shared/strings-attribute.js';
import { property, state } from 'lit/decorators.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { ListKeyboardController } from '../../controllers/list-keyboard-controller.js';
import { ListPagingController } from '../../controllers/list-paging-controller.js';
import { TimelineLinkController } from '../../controllers/timeline-link-controller.js';
import { DatelineDeselectEvent, DatelineSelectEvent } from '../../events.js';
import { asOfText, eventsAsOf, readAsOf, sameAsOf, type AsOf } from '../../layout/as-of.js';
import { groupEvents, type YearGroup } from '../../layout/event-list-groups.js';
import { eraHolds, eraSpanText } from '../../layout/eras.js';
import type { DatasetInput, DatasetIssue, NormalizedEra, NormalizedEvent, ParseResult } from '../../model/types.js';
import { announceData, dataStateStyles, loadingState, problemsPanel } from '../shared/data-states.js';
import { datasetHeader, datasetHeaderStyles, type HeaderMode } from '../shared/dataset-header.js';
import { heading } from '../shared/heading.js';
import { eventDetailsStyles } from '../shared/event-details.js';
import { eventMediaStyles } from '../shared/event-media.js';
import { richTextStyles } from '../shared/rich-text.styles.js';
import { inheritedAttribute } from '../shared/event-text.js';
import { readLightDomData } from '../shared/light-dom-data.js';
import { statusGlyphStyles } from '../shared/status-glyph.styles.js';
import { themeStyles } from '../theme.styles.js';
import { listItemStyles, listItemView, type ListItemView } from './event-list-item.js';
import { showMoreButton, yearSection, type ListOutlineContext } from './event-list-outline.js';
import { eventListStyles } from './event-list.styles.js';
import { revealListItem } from './reveal-list-item.js';

const EMPTY_RESULT: ParseResult = { dataset: { title: '' }, events: [], issues: [] };

/** What the error summary says failed when no event is valid. */

/**
 * The events as a document: a list in time order under year headings (and month headings in a busy year),
 * each with its title, date, status in words, who says so and summary; selecting one unfolds its actors, what
 * was known when and sources. With `as-of` it lists the events as they stood on that date.
 * Reads the same inputs as `<dateline-timeline>`, prints well, and works without a pointer. With
 * `for="<timeline id>"` it follows and drives that timeline's selection.
 *
 * Keyboard: each event's title is a button (Tab moves through them); Up and Down arrows move between
 * events, Home and End to the first and last; Enter or Space shows or hides the event's details.
 *
 * @summary The events of a timeline as an accessible, printable list.
 *
 * @fires {DatelineSelectEvent} dateline-select - The user selected an event (`detail.event`).
 * @fires {DatelineDeselectEvent} dateline-deselect - The user folded the selected event's details (`detail.event`).
 * @fires {DatelineLoadEvent} dateline-load - Data is in (`detail.events`, `detail.issues`).
 * @fires {DatelineErrorEvent} dateline-error - The data had errors or could not be loaded (`detail.message`, `detail.issues`).
 *
 * @csspart header - The dataset's headline above the list: its title, dek, "Updated …" and credit line, and its media.
 * @csspart list - The scrolling box around the year groups.
 * @csspart era - An era's heading ("Full-scale war in Ukraine · since 24 February 2022"), before the year it opens in.
 * @csspart year - A year's heading.
 * @csspart month - A month's heading, in a year split by month.
 * @csspart item - Each event's list item; also has `selected` when selected.
 * @csspart title - An event's title (a button inside the heading).
 * @csspart date - An event's date.
 * @csspart status - An event's status: a mark and the status word.
 * @csspart attribution - Who claims an event and how others answered, under its status: "Alleged by the United States; denied by Russia".
 * @csspart summary - An event's summary.
 * @csspart details - The media, actors, what was known when and sources shown under the selected event.
 * @csspart media - The selected event's media (in its details): a figure with the image, player or frame (or the button that loads it), its caption, credit and link.
 * @csspart as-of - The line that says which date the list stands as of ("As of 5 October 2024").
 * @csspart error - The list of problems in the data.
 * @csspart show-more - The button that draws more events, in a list of more than a thousand.
 * @csspart progress - The progress bar while a large dataset is read.
 * @csspart selected - With `item`, on the selected event's list item: `::part(item selected)`.
 *
 * @cssprop [--dateline-list-max-height=none] - The list's greatest height; past it the list scrolls inside itself.
 * @cssprop [--dateline-font=inherit] - Font family.
 * @cssprop [--dateline-color=#1f1f1f] - Text colour.
 * @cssprop [--dateline-muted=#5c5c5c] - Secondary text: dates, headings of months, labels.
 * @cssprop [--dateline-background=#ffffff] - Background.
 * @cssprop [--dateline-accent=#b3261e] - Selection and focus.
 * @cssprop [--dateline-grid=#e3e3e3] - Rules between events.
 * @cssprop [--dateline-axis=#767676] - The outline of the status badge.
 * @cssprop [--dateline-mark=#3d3d3d] - The status mark.
 * @cssprop [--dateline-surface=#f6f6f4] - Background of the problems panel and of the selected event's details.
 */
export class DatelineEventList extends LitElement {
  static override styles = [themeStyles, statusGlyphStyles, eventDetailsStyles, richTextStyles, eventMediaStyles, datasetHeaderStyles, dataStateStyles, eventListStyles, listItemStyles];

  /** The events: a list in the authoring format (`TimelineEvent[]`), a whole dataset, or TimelineJS JSON (told by its shape). */
  @property({ attribute: false }) events?: DatasetInput;

  /** URL of a JSON dataset, JSON array of events, TimelineJS JSON, or CSV. */
  @property() src?: string;

  /**
   * How a CSV `src` writes its dates, as a date-fns pattern (`dd/MM/yyyy`, `MMM yyyy`, `dd.MM.yyyy HH:mm`):
   * needed when they are not ISO dates. The pattern's finest field is the dates' precision.
   */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /**
   * Locale for dates, headings and the interface's words; defaults to the nearest `lang` (crossing shadow roots),
   * then the browser's. The interface speaks the nearest shipped language, else English.
   */
  @property() locale?: string;

  /** A newsroom's own words for interface strings, by phrase id: `strings='{"statusReported": "Unverified"}'`. */
  @property({ converter: stringsAttribute }) strings?: Record<string, string>;

  /** Id of the selected event, whose details are shown; selecting in the list sets it. */
  @property({ reflect: true }) selected?: string;

  /** Force the light or dark look; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Heading level of each event's title, 2 to 6 (default 3). Year headings are one level above. In a year
   * split by month, the month headings take this level and the titles in it go one below.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Id of a `<dateline-timeline>` in the same document or shadow root. Selecting an event in either one
   * selects and reveals it in the other.
   */
  @property({ attribute: 'for' }) for?: string;

  /**
   * Lists the events as they stood on a date (a partial date, `2024-10-05`, to the end of that day): events not
   * yet reported then are left out, each other shows the status it had then (from its `history`), and a line
   * above the list says "As of 5 October 2024". Text that is not a date is ignored.
   */
  @property({ attribute: 'as-of' }) asOf?: string;

  /**
   * `auto` (default) shows the dataset's header above the list when it has one: its title (a heading at the
   * years' level, one above `heading-level`), dek, "Updated …" and credit line, and its media (loaded only when
   * the reader presses its button); `none` hides it.
   */
  @property({ reflect: true }) header: HeaderMode = 'auto';

  @state() private result: ParseResult = EMPTY_RESULT;
  /** The events listed: all of them, or with `as-of`, those known then, each as it stood then. */
  private shown: readonly NormalizedEvent[] = [];
  private shownAsOf?: AsOf;

  private groups: YearGroup<ListItemView>[] = [];
  /** The eras whose first listed event is in a year, by the year's key: their headings stand before its section. */
  private erasOpening = new Map<string, NormalizedEra[]>();
  private resolvedLocale?: string;
  private readonly interfaceText = new InterfacePhrasesController(this, () => ({ declaredLocale: this.locale || inheritedAttribute(this, 'lang'), strings: this.strings }));
  private pendingDataEvents = false;
  /** The selected event is to be drawn and scrolled into view (it changed, or new data came). */
  private revealPending = false;
  private readonly dataSource = new DataSourceController(this, (result) => this.useResult(result));
  private readonly keyboard = new ListKeyboardController(() => this.renderRoot);
  private readonly paging = new ListPagingController(this, (order) => this.keyboard.focusEvent(this.shown[order]?.id));
  private readonly timelineLink = new TimelineLinkController(this);

  /** The events as parsed and validated, in time order; with `as-of`, those listed, each as it stood then. */
  get normalizedEvents(): readonly NormalizedEvent[] {
    return this.shown;
  }

  /** Problems found in the data. */
  get issues(): readonly DatasetIssue[] {
    return this.result.issues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.events === undefined && !this.src) {
      const written = readLightDomData(this);
      if (written) this.dataSource.readWritten(written);
    }
    // The nearest `lang` may differ where the list was re-attached.
    this.requestUpdate();
  }

  /**
   * Also waits for `events` set from code to be read and drawn: a large dataset is read a slice at a time,
   * so `await element.updateComplete` means the same for 10 events and for 100,000.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataSource.afterReading(async () => {
      // The update decides the interface language; its words may still be on their way, then drawn once more.
      await super.getUpdateComplete();
      await this.interfaceText.whenReady();
      return super.getUpdateComplete();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.events !== undefined) this.dataSource.read(this.events);
    if (changed.has('src') || (changed.has('dateFormat') && this.src)) this.dataSource.follow(this.src, { dateFormat: this.dateFormat });
    if (changed.has('asOf') || (changed as PropertyValues).has('result')) this.showAsOf(changed.has('asOf'));
    if (changed.has('selected') && this.selected !== undefined) this.revealPending = true;
    if (this.revealPending) this.paging.showThrough(this.shown, this.selected);
    const locale = this.locale || inheritedAttribute(this, 'lang') || undefined;
    this.resolvedLocale = locale;
    this.interfaceText.update();
    const { phrases } = this.interfaceText;
    try {
      this.groups = groupEvents(this.shown, this.paging.shownCount, locale, (event, order) => listItemView(event, order, locale, phrases));
      this.erasOpening = erasOpening(this.result.dataset.eras, this.groups);
    } catch {
      // Formatting cannot fail on parsed events, but a page must never see an exception from here.
      this.groups = [];
      this.erasOpening = new Map();
    }
  }

  protected override updated(): void {
    if (this.pendingDataEvents) {
      this.pendingDataEvents = false;
      announceData(this, this.result, ENGLISH_PHRASES.listNotShown);
    }
    if (this.revealPending) {
      this.revealPending = false;
      if (this.selected !== undefined) revealListItem(this, this.renderRoot, this.selected);
    }
    this.paging.focusNewlyShown();
  }

  /** The events as of `as-of` (or as they are); text that is not a date is ignored, with a warning when it is set. */
  private showAsOf(asOfChanged: boolean): void {
    const asOf = readAsOf(this.asOf);
    if (asOfChanged && this.asOf && !asOf) console.warn(`<dateline-event-list>: as-of="${this.asOf}" is not a date like 2024-10-05; it is ignored`);
    if (asOfChanged && !sameAsOf(asOf, this.shownAsOf)) this.paging.reset();
    this.shownAsOf = asOf;
    this.shown = asOf ? eventsAsOf(this.result.events, asOf.time) : this.result.events;
  }

  private useResult(result: ParseResult): void {
    this.result = result;
    this.paging.reset();
    this.pendingDataEvents = true;
    if (this.selected !== undefined) this.revealPending = true;
  }

  /** The reader clicked an event's title: it is selected, or folded when it was (here and on a linked timeline). */
  private onItemClick(event: NormalizedEvent): void {
    if (this.selected === event.id) {
      this.selected = undefined;
      this.timelineLink.mirrorSelection(event.id, undefined);
      this.dispatchEvent(new DatelineDeselectEvent(event));
      return;
    }
    this.selected = event.id;
    this.timelineLink.mirrorSelection(undefined, event.id);
    this.dispatchEvent(new DatelineSelectEvent(event));
  }

  /** The heading level of the events' titles: `heading-level` when it is 2 to 6, else 3. */
  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
  }

  protected override render(): TemplateResult {
    const { phrases } = this.interfaceText;
    const loading = this.dataSource.state === 'loading';
    const hasEvents = this.shown.length > 0;
    const hasErrors = this.result.issues.some((issue) => issue.severity === 'error');
    return html`<div class=${this.interfaceText.waiting ? 'frame awaits-language' : 'frame'} aria-busy=${loading || this.interfaceText.waiting ? 'true' : 'false'} @keydown=${this.keyboard.onKeyDown}>
      ${datasetHeader(this.result.dataset, { mode: this.header, level: this.level - 1, locale: this.resolvedLocale, phrases, loadMedia: false })}
      ${problemsPanel(this.result, phrases.listNotShown, phrases, this.resolvedLocale)}
      ${this.shownAsOf ? html`<p class="as-of" part="as-of">${asOfText(this.shownAsOf, this.resolvedLocale, phrases)}</p>` : nothing}
      ${loading
        ? loadingState(phrases.loadingEvents, this.dataSource.progress, this.resolvedLocale, phrases)
        : hasEvents
          ? html`<div class="scroller" part="list">${this.groups.map((group) => html`${this.eraHeadings(group)}${yearSection(this.outline, group)}`)}</div>
              ${this.renderShowMore()}`
          : hasErrors
            ? nothing
            : html`<p class="state" role="status">${phrases.noEvents}</p>`}
    </div>`;
  }

  private get outline(): ListOutlineContext {
    return {
      level: this.level,
      selectedId: this.selected,
      locale: this.resolvedLocale,
      phrases: this.interfaceText.phrases,
      onItemClick: (event) => this.onItemClick(event),
    };
  }

  /** The headings of the eras that open in a year's section, at the years' level: "The Cold War · 1947–1991". */
  private eraHeadings(group: YearGroup<ListItemView>): TemplateResult[] {
    return (this.erasOpening.get(group.key) ?? []).map((era) =>
      heading(this.level - 1, 'era-heading', html`${era.title}<span class="era-dates"> · ${eraSpanText(era, this.resolvedLocale, this.interfaceText.phrases)}</span>`, 'era'),
    );
  }

  private renderShowMore(): TemplateResult | typeof nothing {
    const total = this.shown.length;
    return showMoreButton(this.paging.hiddenCount(total), this.paging.nextPageCount(total), this.resolvedLocale, this.interfaceText.phrases, this.paging.showMore);
  }
}

/**
 * Where the list names each era: before the section of the year its first listed event falls in (by the event's
 * start). An era that holds no listed event is not named.
 */
function erasOpening(eras: readonly NormalizedEra[] | undefined, groups: readonly YearGroup<ListItemView>[]): Map<string, NormalizedEra[]> {
  const opening = new Map<string, NormalizedEra[]>();
  if (!eras?.length) return opening;
  const named = new Set<NormalizedEra>();
  for (const group of groups) {
    for (const item of group.items) {
      const time = item.event.start.getTime();
      for (const era of eras) {
        if (named.has(era) || !eraHolds(era, time)) continue;
        named.add(era);
        opening.set(group.key, [...(opening.get(group.key) ?? []), era]);
      }
    }
  }
  return opening;
}
