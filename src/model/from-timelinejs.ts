import { describeValue, isPlainObject, pointer, quoteText } from './dataset-issues.js';
import { iframeSource } from './media.js';
import { formatYear } from './partial-date.js';
import { parsingDataset, readAtOnce, type Reading } from './parse-dataset.js';
import { markupToText } from './rich-text.js';
import type { DatasetIssue, ParseResult } from './types.js';

// Reading TimelineJS3 stories as a drop-in: every slide becomes an event in our format (a blank headline gets
// a title from the text or the media, with a warning), the title slide the header, eras eras, groups lanes; BC
// years are converted (TimelineJS writes 300 BCE as -300), times without a zone stay wall-clock times, HTML
// in texts and captions is kept for the sanitiser. Fields we cannot use are warned about once each. The story
// is then read as a dataset of ours, its issues pointed back into the story. The Google Sheets template's rows
// come here too (from-csv.ts), with places that name a row and column.

/** TimelineJS headlines are HTML; a title is plain text. */
export { markupToText as htmlToText } from './rich-text.js';

type JsonObject = Record<string, unknown>;
/** A place in a TimelineJS story: `['events', 3, 'start_date', 'year']`, `['title', 'media', 'url']`. */
export type StoryPath = readonly (string | number)[];
/** Where a place in the story was written: a JSON Pointer into the JSON, or a row and column of a sheet. */
export type LocateInStory = (path: StoryPath) => string;

/** How long a title taken from a slide's text may be before it is cut. */
const TITLE_LENGTH = 80;

/**
 * Reads TimelineJS3 JSON (`{ title, events: [slide…], eras, scale }`; a slide has `start_date` and `end_date`
 * objects of year, month, day, hour, minute, second and millisecond, `text` with `headline` and `text`, `media`,
 * `group`, `display_date` and `unique_id`). Issues point into the JSON: `/events/3/start_date`.
 */
export function fromTimelineJS(json: unknown): ParseResult {
  return readAtOnce(readingTimelineJS(json));
}

/** `fromTimelineJS` as a `Reading`, a step at a time. */
export function readingTimelineJS(json: unknown): Reading {
  return readingTimelineStory(json, (path) => pointer(...path));
}

/** Reads a TimelineJS story whose places are located by `locate`, a step at a time. */
export function* readingTimelineStory(json: unknown, locate: LocateInStory): Reading {
  if (!isPlainObject(json) || !Array.isArray(json.events)) {
    const issue: DatasetIssue = {
      path: isPlainObject(json) ? locate(['events']) : '',
      message: `expected TimelineJS JSON ({ "events": [ … ] }), but got ${isPlainObject(json) ? 'no events list' : describeValue(json)}`,
      severity: 'error',
    };
    return { dataset: { title: '' }, events: [], issues: [issue] };
  }
  const story = new StoryReader(locate);
  const dataset = story.dataset(json);
  const result = yield* parsingDataset(dataset, (path) => locate(storyPathOf(path)));
  if (result.events.some((event) => event.category !== undefined)) result.dataset.lanes = 'category';
  return { ...result, issues: story.issues.concat(result.issues) };
}

/** Where our event fields were written in a slide. */
const SLIDE_FIELDS: Record<string, StoryPath> = {
  id: ['unique_id'],
  title: ['text', 'headline'],
  summary: ['text', 'text'],
  start: ['start_date'],
  end: ['end_date'],
  category: ['group'],
  displayDate: ['display_date'],
};
/** Where our header fields were written in the title slide. */
const HEADER_FIELDS: Record<string, StoryPath> = {
  title: ['title', 'text', 'headline'],
  description: ['title', 'text', 'text'],
  media: ['title', 'media'],
};

/** The place in the story of a place in the dataset it was read into. */
function storyPathOf(path: readonly (string | number)[]): StoryPath {
  const [list, index, field, ...rest] = path;
  if ((list === 'events' || list === 'eras') && typeof index === 'number') {
    if (field === undefined) return [list, index];
    const mapped = typeof field === 'string' ? SLIDE_FIELDS[field] : undefined;
    return [list, index, ...(mapped ?? [field]), ...rest];
  }
  const header = typeof list === 'string' ? HEADER_FIELDS[list] : undefined;
  return header ? [...header, ...path.slice(1)] : path;
}

/** The fields of each part of a story that are read. Any other field is warned about, once per name. */
const SLIDE_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id']);
const TEXT_KEYS = new Set(['headline', 'text']);
const MEDIA_KEYS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'link']);
const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date']);
const STORY_KEYS = new Set(['events', 'title', 'eras', 'scale']);
const ERA_KEYS = new Set(['start_date', 'end_date', 'text']);
/** What we tell authors about the fields we cannot use. */
const UNUSED_BECAUSE: Record<string, string> = {
  background: 'backgrounds (colours and images) are not drawn',
  autolink: 'addresses in text are not made into links; write links as <a href="…">',
  format: 'dates are formatted in the reader\'s language; use display_date to write one as you want it',
  link_target: 'links always open in a new tab',
  title: 'the alt text names the media',
  type: 'slide types are not read',
};

/** Turns a story into a dataset of ours, collecting what it cannot use as issues. */
class StoryReader {
  readonly issues: DatasetIssue[] = [];
  private readonly warned = new Set<string>();

  constructor(private readonly locate: LocateInStory) {}

  private warn(path: StoryPath, message: string): void {
    this.issues.push({ path: this.locate(path), message, severity: 'warning' });
  }

  /** Warns about a field that is not read, the first time a field of that name is met anywhere in the story. */
  private unused(path: StoryPath): void {
    const name = String(path.at(-1));
    if (this.warned.has(name)) return;
    this.warned.add(name);
    const because = UNUSED_BECAUSE[name];
    this.warn(path, `${quoteText(name)} is not used${because ? `: ${because}` : ''} (said once for the whole story)`);
  }

  private unusedIn(value: JsonObject, known: ReadonlySet<string>, at: StoryPath): void {
    for (const key of Object.keys(value)) if (!known.has(key)) this.unused([...at, key]);
  }

  dataset(json: JsonObject): JsonObject {
    this.unusedIn(json, STORY_KEYS, []);
    if (json.scale !== undefined && json.scale !== 'human') {
      this.warn(['scale'], json.scale === 'cosmological'
        ? 'scale "cosmological" is not supported: dates are placed as on the human scale, and years beyond the range of a JavaScript date (271,821 BC to AD 275,759) are left out'
        : `scale ${describeValue(json.scale)} is not one TimelineJS knows; dates are placed as on the human scale`);
    }
    const dataset: JsonObject = { title: '' };
    if (isPlainObject(json.title)) this.header(json.title, dataset);
    if (Array.isArray(json.eras)) dataset.eras = json.eras.map((era: unknown, index) => this.era(era, index));
    else if (json.eras !== undefined) dataset.eras = json.eras;
    dataset.events = (json.events as unknown[]).map((slide, index) => this.slide(slide, index));
    return dataset;
  }

  /** The title slide: the header's title, its description (HTML kept) and media. */
  private header(slide: JsonObject, dataset: JsonObject): void {
    this.unusedIn(slide, SLIDE_KEYS, ['title']);
    const text = isPlainObject(slide.text) ? slide.text : {};
    if (typeof text.headline === 'string') dataset.title = markupToText(text.headline);
    if (typeof text.text === 'string' && text.text.trim() !== '') dataset.description = text.text;
    const media = this.media(slide.media, ['title', 'media']);
    if (media !== undefined) dataset.media = media;
  }

  private era(era: unknown, index: number): unknown {
    if (!isPlainObject(era)) return era;
    this.unusedIn(era, ERA_KEYS, ['eras', index]);
    const text = isPlainObject(era.text) ? era.text : {};
    let title = typeof text.headline === 'string' ? markupToText(text.headline) : '';
    if (title === '') {
      title = 'Untitled era';
      this.warn(['eras', index, 'text', 'headline'], 'the era has no headline: it is labelled "Untitled era"');
    }
    const read: JsonObject = { title };
    const start = this.date(era.start_date, ['eras', index, 'start_date']);
    if (start !== undefined) read.start = start;
    const end = this.date(era.end_date, ['eras', index, 'end_date']);
    if (end !== undefined) read.end = end;
    return read;
  }

  private slide(slide: unknown, index: number): unknown {
    if (!isPlainObject(slide)) return slide;
    const at = ['events', index];
    this.unusedIn(slide, SLIDE_KEYS, at);
    const text = isPlainObject(slide.text) ? slide.text : {};
    if (isPlainObject(slide.text)) this.unusedIn(slide.text, TEXT_KEYS, [...at, 'text']);
    const event: JsonObject = {
      id: typeof slide.unique_id === 'string' && slide.unique_id.trim() !== '' ? slide.unique_id : `event-${index + 1}`,
    };
    const start = this.date(slide.start_date, [...at, 'start_date']);
    if (start !== undefined) event.start = start;
    const end = this.date(slide.end_date, [...at, 'end_date']);
    if (end !== undefined) event.end = end;
    const displayDate = this.displayDate(slide, at);
    if (displayDate !== undefined) event.displayDate = displayDate;
    const summary = typeof text.text === 'string' && text.text.trim() !== '' ? text.text : undefined;
    if (summary !== undefined) event.summary = summary;
    const media = this.media(slide.media, [...at, 'media']);
    if (media !== undefined) event.media = media;
    if (typeof slide.group === 'string' && slide.group.trim() !== '') event.category = slide.group.trim();
    event.title = this.title(text.headline, summary, media, at);
    return event;
  }

  /** The headline as plain text; a blank one is made from the text, the media's caption or credit, or "Untitled". */
  private title(headline: unknown, summary: string | undefined, media: unknown, at: StoryPath): string {
    if (typeof headline === 'string' && markupToText(headline) !== '') return markupToText(headline);
    const { caption, credit } = isPlainObject(media) ? media : {};
    const sources: [string, unknown][] = [['text', summary], ['media caption', caption], ['media credit', credit]];
    for (const [name, value] of sources) {
      const words = typeof value === 'string' ? markupToText(value) : '';
      if (words === '') continue;
      const title = shorten(words);
      this.warn([...at, 'text', 'headline'], `headline is blank: the title "${title}" is taken from the ${name}`);
      return title;
    }
    this.warn([...at, 'text', 'headline'], 'headline is blank and there is no text or media caption to take a title from: the event is titled "Untitled"');
    return 'Untitled';
  }

  /** The slide's display_date, else the start's and end's together. */
  private displayDate(slide: JsonObject, at: StoryPath): string | undefined {
    const written = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
    const own = written(slide.display_date);
    if (own !== undefined) return own;
    const start = isPlainObject(slide.start_date) ? written(slide.start_date.display_date) : undefined;
    const end = isPlainObject(slide.end_date) ? written(slide.end_date.display_date) : undefined;
    if (start !== undefined && end !== undefined) return `${start} – ${end}`;
    if (start !== undefined && slide.end_date === undefined) return start;
    if (start !== undefined || end !== undefined) {
      const side = start !== undefined ? 'start_date' : 'end_date';
      this.warn([...at, side, 'display_date'], 'display_date on only one end of a range is not used: give both ends one, or give the slide one');
    }
    return undefined;
  }

  /** Media in our format, or undefined when there is none; iframe markup gives its address, a quote is not shown. */
  private media(media: unknown, at: StoryPath): unknown {
    if (!isPlainObject(media)) return media === undefined || media === null || media === '' ? undefined : media;
    this.unusedIn(media, MEDIA_KEYS, at);
    if (typeof media.url !== 'string' || media.url.trim() === '') return undefined;
    let url = media.url.trim();
    const framed = iframeSource(url);
    if (framed !== undefined) url = framed;
    else if (/^<blockquote\b/i.test(url)) {
      this.warn([...at, 'url'], 'a quote given as media is not shown: put it in the slide\'s text');
      return undefined;
    }
    const read: JsonObject = { url };
    if (framed !== undefined) read.kind = 'embed';
    for (const field of ['alt', 'caption', 'credit', 'link', 'thumbnail'] as const) {
      const value = media[field];
      if (typeof value === 'string' && value.trim() !== '') read[field] = value;
      else if (value !== undefined && value !== null && value !== '') read[field] = value;
    }
    return read;
  }

  /** A TimelineJS date object as a partial date of ours; the fields present set the precision. */
  private date(date: unknown, at: StoryPath): unknown {
    if (date === undefined || date === null) return undefined;
    // Anything but a date object goes on as it is, for the schema to say what is wrong with it.
    if (!isPlainObject(date)) return date;
    this.unusedIn(date, DATE_KEYS, at);
    const year = part(date.year);
    if (year === undefined) return undefined;
    if (typeof year === 'string') return year;
    if (year === 0) this.warn([...at, 'year'], 'year 0 is not a year TimelineJS counts (1 BCE is -1): it is read as 1 BC');
    // TimelineJS writes years as they are said: -300 is 300 BCE, which astronomical numbering calls -299.
    let text = formatYear(year < 0 ? year + 1 : year);
    const fields = [part(date.month), part(date.day)];
    for (const value of fields) {
      if (value === undefined) return text;
      text += `-${typeof value === 'string' ? value : pad(value)}`;
    }
    const hour = part(date.hour);
    if (hour === undefined) return text;
    const minute = part(date.minute) ?? 0;
    const second = part(date.second);
    const millisecond = part(date.millisecond);
    text += `T${typeof hour === 'string' ? hour : pad(hour)}:${typeof minute === 'string' ? minute : pad(minute)}`;
    if (second === undefined) return text;
    text += `:${typeof second === 'string' ? second : pad(second)}`;
    if (millisecond === undefined) return text;
    return `${text}.${typeof millisecond === 'string' ? millisecond : String(millisecond).padStart(3, '0')}`;
  }
}

/** A field of a date: a whole number (TimelineJS writes them as numbers or text), the text when it is none, or undefined. */
function part(value: unknown): number | string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : String(value);
}

const pad = (value: number) => (value < 0 ? String(value) : String(value).padStart(2, '0'));

/** Words cut at a word's end near `TITLE_LENGTH` characters, with an ellipsis when cut. */
function shorten(words: string): string {
  if (words.length <= TITLE_LENGTH) return words;
  const cut = words.slice(0, TITLE_LENGTH + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > TITLE_LENGTH / 2 ? cut.slice(0, end) : cut.slice(0, TITLE_LENGTH)).replace(/[\s,;:.–-]+$/, '')}…`;
}
