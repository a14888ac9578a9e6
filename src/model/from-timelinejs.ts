import { describeValue, finishReading, normalizingEvents, pointer, type Reading } from './parse-dataset.js';
import type { DatasetIssue, ParseResult } from './types.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** TimelineJS headlines are HTML; a title is plain text. */
export { markupToText as htmlToText } from './rich-text.js';
import { markupToText as htmlToText } from './rich-text.js';

/** Turns a TimelineJS date object into a partial ISO date; the fields present set the precision. */
function partialDateFrom(date: unknown): string | undefined {
  if (!isObject(date)) return undefined;
  const part = (key: string) => {
    const value = date[key];
    if (value === undefined || value === null || value === '') return undefined;
    const number = Number(value);
    return Number.isInteger(number) ? number : NaN;
  };
  const year = part('year');
  if (year === undefined) return undefined;
  if (Number.isNaN(year)) return String(date.year);
  const pad = (value: number) => String(value).padStart(2, '0');
  let text = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
  const month = part('month');
  if (month === undefined) return text;
  text += `-${pad(month)}`;
  const day = part('day');
  if (day === undefined) return text;
  text += `-${pad(day)}`;
  const hour = part('hour');
  if (hour === undefined) return text;
  return `${text}T${pad(hour)}:${pad(part('minute') ?? 0)}:${pad(part('second') ?? 0)}Z`;
}

/** Where our field names sit in a TimelineJS event, for issue paths. */
const TIMELINEJS_PATH: Record<string, string[]> = {
  id: ['unique_id'],
  title: ['text', 'headline'],
  summary: ['text', 'text'],
  start: ['start_date'],
  end: ['end_date'],
  category: ['group'],
};

/**
 * Reads TimelineJS3 JSON (`events[].start_date {year, month, day, hour, minute}`, `end_date`,
 * `text.headline`, `text.text`, `group`, `unique_id`). Times without a zone are read as UTC.
 */
export function fromTimelineJS(json: unknown): ParseResult {
  return finishReading(readingTimelineJS(json));
}

/** `fromTimelineJS` as a `Reading`, a step at a time. */
export function* readingTimelineJS(json: unknown): Reading {
  const issues: DatasetIssue[] = [];
  if (!isObject(json) || !Array.isArray(json.events)) {
    issues.push({
      path: isObject(json) ? '/events' : '',
      message: `expected TimelineJS JSON ({ "events": [ … ] }), but got ${isObject(json) ? 'no events list' : describeValue(json)}`,
      severity: 'error',
    });
    return { dataset: { title: '' }, events: [], issues };
  }
  const titleSlide = isObject(json.title) && isObject(json.title.text) ? json.title.text : {};
  const dataset = {
    title: typeof titleSlide.headline === 'string' ? htmlToText(titleSlide.headline) : '',
    ...(typeof titleSlide.text === 'string' && titleSlide.text ? { description: htmlToText(titleSlide.text) } : {}),
  };
  const rawEvents = json.events.map((item: unknown, index) => {
    if (!isObject(item)) return item;
    const text = isObject(item.text) ? item.text : {};
    const event: JsonObject = {
      id: typeof item.unique_id === 'string' && item.unique_id ? item.unique_id : `event-${index + 1}`,
      title: typeof text.headline === 'string' ? htmlToText(text.headline) : text.headline,
      start: partialDateFrom(item.start_date) ?? '',
    };
    const end = partialDateFrom(item.end_date);
    if (end !== undefined) event.end = end;
    if (typeof text.text === 'string' && text.text) event.summary = htmlToText(text.text);
    if (typeof item.group === 'string' && item.group) event.category = item.group;
    return event;
  });
  const locate = (index: number, field: readonly (string | number)[]) => {
    const [first, ...rest] = field;
    const mapped = typeof first === 'string' && TIMELINEJS_PATH[first] ? [...TIMELINEJS_PATH[first]!, ...rest] : field;
    return pointer('events', index, ...mapped);
  };
  return { dataset, events: yield* normalizingEvents(rawEvents, locate, issues), issues };
}
