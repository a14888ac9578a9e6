import * as v from 'valibot';
import { describeValue, isPlainObject, quoteText, type IssueReport } from './dataset-issues.js';
import type { ReadingMemo } from './normalize-event.js';
import { EraSchema } from './schema.js';
import type { NormalizedEra } from './types.js';

// Reading a dataset's eras (`eras: [{ title, start, end? }]`) into spans like events': an era that cannot be
// placed or named is left out with an error, the rest kept in chronological order.

const ERA_FIELDS: ReadonlySet<string> = new Set(Object.keys(EraSchema.entries));
const CONFIG = { abortPipeEarly: true } as const;

/** Reads one era, reporting to `report` (whose current entry it is); undefined when it is left out. */
export function normalizeEra(raw: unknown, report: IssueReport, memo: ReadingMemo): NormalizedEra | undefined {
  if (!isPlainObject(raw)) {
    report.error([], `${EraSchema.message}, but is ${describeValue(raw)}; the era is left out`);
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!ERA_FIELDS.has(key)) report.warn([key], `unknown era field "${quoteText(key)}" is ignored`);
  }
  const parsed = v.safeParse(EraSchema, raw, CONFIG);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const path = issue.path?.map((item) => item.key as string) ?? [];
      const missing = issue.type === 'object' && issue.received === 'undefined';
      report.error(path, `${missing ? `era ${path.join('/')} is missing` : issue.message}; the era is left out`);
    }
    return undefined;
  }
  const { title, start, end } = parsed.output;
  const startRead = memo.span(start);
  if (!startRead.ok) report.error(['start'], `era start ${startRead.reason}; the era is left out`);
  const endRead = end === undefined ? undefined : memo.span(end);
  if (endRead && !endRead.ok) report.error(['end'], `era end ${endRead.reason}; the era is left out`);
  if (!startRead.ok || (endRead && !endRead.ok)) return undefined;
  const era: NormalizedEra = {
    title,
    start: new Date(startRead.span.start.getTime()),
    startPrecision: startRead.span.precision,
    startText: start.trim(),
  };
  if (endRead?.ok) {
    if (endRead.span.start < startRead.span.start) {
      report.error(['end'], `era end ${quoteText(end!)} is before its start ${quoteText(start)}; the era is left out`);
      return undefined;
    }
    era.end = new Date(Math.max(endRead.span.end.getTime(), startRead.span.end.getTime()));
    era.endPrecision = endRead.span.precision;
    era.endText = end!.trim();
  }
  return era;
}

/** Reads a dataset's eras, oldest first (ties in the authored order), each problem reported at its index. */
export function normalizeEras(raw: readonly unknown[], report: IssueReport, memo: ReadingMemo): NormalizedEra[] {
  const eras: NormalizedEra[] = [];
  for (let index = 0; index < raw.length; index++) {
    report.startEvent(index);
    const era = normalizeEra(raw[index], report, memo);
    if (era) eras.push(era);
  }
  // Array#sort is stable.
  return eras.sort((a, b) => a.start.getTime() - b.start.getTime());
}
