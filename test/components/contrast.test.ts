import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/dateline.js';
import { onDemandElementsDefined } from '../on-demand-elements.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { STATUSES, type TimelineEvent } from '../../src/model/schema.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { WHITE, contrastRatio, formatColor, isLargeText, over, parseColor, type Rgba } from '../helpers/contrast.js';
import { crowdOf } from '../helpers/crowd-canvas.js';
import { clipByAncestors, flatParent } from '../helpers/elements.js';
import { renderTimeline as renderTimelineIn, type TimelineSetup } from '../helpers/render-timeline.js';

before(onDemandElementsDefined);

// WCAG 2.2 AA, measured on what the browser draws: text needs 4.5:1 (3:1 when large) against the colour it is
// painted on (1.4.3), and the marks a reader needs need 3:1 against what is around them (1.4.11).

describe('contrast maths', () => {
  const hex = (text: string) => parseColor(text)!;
  const table: [string, string, number][] = [
    ['#000', '#fff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7.0],
    ['#0072b2', '#ffffff', 5.19],
    ['#ececec', '#161616', 15.32],
  ];
  for (const [foreground, background, expected] of table) {
    it(`${foreground} on ${background} is ${expected}:1`, () => {
      expect(contrastRatio(hex(foreground), hex(background))).to.be.closeTo(expected, 0.01);
      expect(contrastRatio(hex(background), hex(foreground)), 'the ratio is symmetric').to.be.closeTo(expected, 0.01);
    });
  }

  it('reads the colour forms browsers compute', () => {
    expect(parseColor('rgb(179, 38, 30)')).to.deep.equal({ r: 179, g: 38, b: 30, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(0 114 178 / 45%)')).to.deep.equal({ r: 0, g: 114, b: 178, a: 0.45 });
    expect(parseColor('color(srgb 1 0.5 0 / 0.3)')).to.deep.equal({ r: 255, g: 127.5, b: 0, a: 0.3 });
    expect(parseColor('transparent')!.a).to.equal(0);
    expect(parseColor('oklch(0.5 0.1 20)')).to.equal(undefined);
  });

  it('blends a translucent colour over its background before measuring', () => {
    const halfBlack = hex('rgba(0, 0, 0, 0.5)');
    expect(over(halfBlack, WHITE)).to.deep.equal({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(formatColor(over(halfBlack, WHITE))).to.equal('#808080');
    expect(contrastRatio(halfBlack, WHITE)).to.equal(contrastRatio({ r: 127.5, g: 127.5, b: 127.5, a: 1 }, WHITE));
    expect(formatColor(halfBlack)).to.equal('#000000 at 50%');
    expect(over(hex('transparent'), WHITE)).to.deep.equal(WHITE);
  });

  it('knows large text', () => {
    expect(isLargeText(24, 400)).to.equal(true);
    expect(isLargeText(19, 700)).to.equal(true);
    expect(isLargeText(19, 600)).to.equal(false);
    expect(isLargeText(16, 700)).to.equal(false);
  });
});

// ——— reading what is painted ———

type Look = 'light' | 'dark';
interface Point {
  x: number;
  y: number;
}
interface Finding {
  what: string;
  kind: 'text' | 'mark';
  foreground: Rgba;
  background: Rgba;
  ratio: number;
  required: number;
}

let canvasContext: CanvasRenderingContext2D | undefined;

/** A computed colour as RGBA: parsed when the browser wrote it as rgb() or color(srgb), else painted on a canvas. */
function readColor(text: string): Rgba {
  const parsed = parseColor(text);
  if (parsed) return parsed;
  canvasContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  canvasContext.clearRect(0, 0, 1, 1);
  canvasContext.fillStyle = text;
  canvasContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvasContext.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

const COLOR_PATTERN = /(?:rgba?|color)\([^)]*\)|#[0-9a-f]{3,8}\b|transparent/gi;

/**
 * The colours a `background-image` may show at a point, other than fully transparent ones. An axis-aligned
 * linear gradient with stops in pixels (a histogram column: ink up to a height, then nothing) gives the colours
 * of the stretch the point falls in; any other gradient (a hatch) gives all its colours, the worst case.
 */
function gradientColors(image: string, box?: DOMRect, point?: Point): Rgba[] {
  if (image === 'none') return [];
  const axis = /^linear-gradient\(to (top|bottom|left|right), (.*)\)$/.exec(image);
  if (axis && box && point) {
    const stops = [...axis[2]!.matchAll(/((?:rgba?|color)\([^)]*\)|#[0-9a-f]{3,8}|transparent) (-?[\d.]+)px/gi)].map((stop) => ({ color: readColor(stop[1]!), at: Number(stop[2]) }));
    if (stops.length >= 2 && stops.length === axis[2]!.match(COLOR_PATTERN)!.length) {
      const offset = { top: box.bottom - point.y, bottom: point.y - box.top, left: box.right - point.x, right: point.x - box.left }[axis[1] as 'top'];
      const after = stops.findIndex((stop) => stop.at > offset);
      const near = after === -1 ? [stops[stops.length - 1]!] : after === 0 ? [stops[0]!] : [stops[after - 1]!, stops[after]!];
      // A hard stop (two stops at the same place) shows only the colour after it.
      const shown = near.length === 2 && near[0]!.at === near[1]!.at ? [near[1]!] : near;
      return shown.map((stop) => stop.color).filter((color) => color.a > 0);
    }
  }
  return (image.match(COLOR_PATTERN) ?? []).map(readColor).filter((color) => color.a > 0);
}


function flatContains(ancestor: Element, element: Element): boolean {
  for (let node: Element | null = element; node; node = flatParent(node)) if (node === ancestor) return true;
  return false;
}

/** The opacity an element is painted with: its own times its ancestors'. */
function paintedOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = flatParent(node)) opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

/**
 * The part of a box that overflow clipping leaves on screen, or undefined: the element's box, clipped by its
 * ancestors, or (with `content`) a box of the element's own text, clipped by the element too.
 */
function visibleBox(element: Element, content?: DOMRect): DOMRect | undefined {
  const { left, top, right, bottom } = clipByAncestors(content ?? element.getBoundingClientRect(), content ? element : flatParent(element));
  return right - left >= 2 && bottom - top >= 2 ? new DOMRect(left, top, right - left, bottom - top) : undefined;
}

/** Scrolls the page (only the page: never a box inside an element) so that a box is on screen. */
function bringIntoView(element: Element): void {
  const box = element.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  window.scrollBy(0, box.top - Math.max((window.innerHeight - box.height) / 2, 0));
}

/**
 * Everything painted at a point, topmost first, from a root outwards: a shadow root's own elements, then its
 * host and what lies under that (Chromium lists the outer elements itself; Firefox stops at the shadow root).
 */
function stackAt(root: Document | ShadowRoot, point: Point): Element[] {
  const stack = root.elementsFromPoint(point.x, point.y);
  if (root instanceof ShadowRoot) {
    for (const outer of stackAt(root.host.getRootNode() as Document | ShadowRoot, point)) if (!stack.includes(outer)) stack.push(outer);
  }
  return stack;
}

/**
 * The opaque colours a point may show under an element: the backgrounds of everything painted below it there
 * (from `elementsFromPoint`, so positioned neighbours count, not only ancestors), down to the first opaque one,
 * blended. A gradient (a hatch, a histogram bar) gives one candidate per colour in it. With `includeSelf`, the
 * element's own background counts (text is drawn on it); otherwise it is what surrounds the element.
 */
function backdropAt(element: Element, point: Point, includeSelf: boolean): Rgba[] {
  const stack = stackAt(element.getRootNode() as Document | ShadowRoot, point);
  const index = stack.indexOf(element);
  let below = index >= 0 ? stack.slice(index + 1) : stack.filter((candidate) => !flatContains(element, candidate));
  below = below.filter((candidate) => candidate !== element);
  if (includeSelf) below.unshift(element);
  const layers: { color: Rgba; gradient: Rgba[] }[] = [];
  let base = WHITE;
  for (const layer of below) {
    const style = getComputedStyle(layer);
    const color = readColor(style.backgroundColor);
    const opacity = Number(style.opacity);
    const gradient = gradientColors(style.backgroundImage, layer.getBoundingClientRect(), point);
    if (color.a >= 1 && opacity >= 1) {
      base = color;
      layers.push({ color: { ...color, a: 0 }, gradient });
      break;
    }
    layers.push({ color: { ...color, a: color.a * opacity }, gradient: gradient.map((stop) => ({ ...stop, a: stop.a * opacity })) });
  }
  let candidates = [base];
  for (const layer of layers.reverse()) {
    candidates = candidates.map((candidate) => over(layer.color, candidate));
    if (layer.gradient.length) candidates = candidates.flatMap((candidate) => [candidate, ...layer.gradient.map((stop) => over(stop, candidate))]);
  }
  return candidates;
}

/** Boxes of an element's own text (its direct text nodes), one per line. */
function ownTextBoxes(element: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(...[...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0));
  }
  return boxes;
}

/** Every element in a root and in the shadow roots of the elements in it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** A short name for failure messages: `<tag class>` "text", inside which element. */
function describe_(element: Element): string {
  const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  return `<${element.localName}${classes}${part}>${text ? ` "${text}"` : ''} in <${host}>`;
}

const worst = (findings: Finding[]) => findings.reduce<Finding | undefined>((low, finding) => (!low || finding.ratio < low.ratio ? finding : low), undefined);

/** Measures a foreground colour against every candidate backdrop at the given points; keeps the worst. */
function measure(what: string, kind: Finding['kind'], element: Element, foreground: Rgba, points: Point[], required: number, includeSelf: boolean): Finding | undefined {
  let found: Finding | undefined;
  for (const point of points) {
    for (const background of backdropAt(element, point, includeSelf)) {
      const ratio = contrastRatio(foreground, background);
      if (!found || ratio < found.ratio) found = { what, kind, foreground, background, ratio, required };
    }
  }
  return found;
}

/** Every piece of visible text inside a host (through nested shadow roots), against what it is painted on. */
function measureText(host: Element): Finding[] {
  const findings: Finding[] = [];
  for (const element of allElements(host.shadowRoot!)) {
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible') continue;
    if (ownTextBoxes(element).length === 0) continue;
    // Visually hidden text (a 1 px box that clips it) is for screen readers; it has no contrast to meet.
    const own = element.getBoundingClientRect();
    if (own.width <= 1 || own.height <= 1) continue;
    bringIntoView(element);
    const points: Point[] = [];
    for (const box of ownTextBoxes(element)) {
      const shown = visibleBox(element, box);
      if (!shown) continue;
      for (const share of [0.1, 0.5, 0.9]) points.push({ x: shown.left + shown.width * share, y: shown.top + shown.height / 2 });
    }
    if (points.length === 0) continue;
    const color = readColor(style.color);
    const foreground = { ...color, a: color.a * paintedOpacity(element) };
    const required = isLargeText(parseFloat(style.fontSize), Number(style.fontWeight)) ? 3 : 4.5;
    const finding = measure(`text ${describe_(element)}`, 'text', element, foreground, points, required, true);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Points just outside an element's box (where a ring or a border meets its surroundings), and its middle. */
function pointsAround(box: DOMRect, outside: number): Point[] {
  const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  return [
    { x: box.left - outside, y: middle.y },
    { x: box.right + outside, y: middle.y },
    { x: middle.x, y: box.top - outside },
    { x: middle.x, y: box.bottom + outside },
  ].filter((point) => point.x >= 0 && point.y >= 0 && point.x < window.innerWidth && point.y < window.innerHeight);
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

/**
 * A mark's ink: its border colours (the sides that are drawn) and the colours of its pattern (a hatch), or its
 * fill when it has no border. Each is measured against what surrounds the mark.
 */
function measureMark(element: Element, what: string, options: { fill?: boolean; sides?: readonly (typeof SIDES)[number][] } = {}): Finding[] {
  bringIntoView(element);
  const shown = visibleBox(element);
  if (!shown) return [];
  const style = getComputedStyle(element);
  const inks = new Map<string, Rgba>();
  // An SVG icon's ink is its stroke.
  if (element instanceof SVGElement && style.stroke !== 'none') inks.set(`stroke ${style.stroke}`, readColor(style.stroke));
  for (const side of options.sides ?? SIDES) {
    if (parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && !['none', 'hidden'].includes(style.getPropertyValue(`border-${side.toLowerCase()}-style`))) {
      const color = readColor(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
      if (color.a > 0) inks.set(`border ${formatColor(color)}`, color);
    }
  }
  for (const stop of gradientColors(style.backgroundImage)) inks.set(`pattern ${formatColor(stop)}`, stop);
  const fill = readColor(style.backgroundColor);
  if ((options.fill || inks.size === 0) && fill.a > 0) inks.set(`fill ${formatColor(fill)}`, fill);
  const opacity = paintedOpacity(element);
  const middle = { x: shown.left + shown.width / 2, y: shown.top + shown.height / 2 };
  const findings: Finding[] = [];
  for (const [name, ink] of inks) {
    const finding = measure(`${what} ${describe_(element)}, ${name}`, 'mark', element, { ...ink, a: ink.a * opacity }, [middle], 3, false);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * The small marks of a crowd, painted on a canvas: the ink read back from the canvas at the middle of filled marks
 * (confirmed points and bars), against what lies under the canvas there. Every lane colour of the crowd is read.
 */
function measureCrowd(timeline: DatelineTimeline): Finding[] {
  const view = crowdOf(timeline);
  expect(view, 'a crowd of small marks drawn').to.exist;
  const { canvas, marks, events } = view!;
  bringIntoView(canvas);
  const box = canvas.getBoundingClientRect();
  const filled = marks.filter((mark) => mark.kind !== 'band' && (events[mark.order]!.status ?? 'confirmed') === 'confirmed');
  const lanes = new Set(marks.map((mark) => mark.lane));
  const measured = new Set<number>();
  const findings: Finding[] = [];
  // Up to 30 marks of each lane.
  const sample = [...lanes].flatMap((lane) => filled.filter((mark) => mark.lane === lane).slice(0, 30));
  for (const mark of sample) {
    const shape = view!.box(mark);
    const middle = { x: (shape.left + shape.right) / 2, y: (shape.top + shape.bottom) / 2 };
    const point = { x: box.left + middle.x, y: box.top + middle.y };
    if (point.y < 0 || point.y >= window.innerHeight) continue;
    const { r, g, b, a } = view!.pixelAt(middle.x, middle.y);
    const finding = measure(`crowd mark of event ${mark.order} (lane ${mark.lane}) on the canvas`, 'mark', canvas, { r, g, b, a: a / 255 }, [point], 3, false);
    if (finding) findings.push(finding);
    measured.add(mark.lane);
  }
  expect([...measured].sort(), 'the ink of every lane of the crowd measured').to.deep.equal([...lanes].sort());
  return findings;
}

/** A ring drawn with `outline` (focus, selection) against what lies just outside it. */
function measureOutline(element: Element, what: string): Finding[] {
  bringIntoView(element);
  const style = getComputedStyle(element);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
    return [{ what: `${what} ${describe_(element)}: no outline drawn`, kind: 'mark', foreground: WHITE, background: WHITE, ratio: 1, required: 3 }];
  }
  const box = element.getBoundingClientRect();
  const ringMiddle = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
  const ring = readColor(style.outlineColor);
  const finding = measure(`${what} ${describe_(element)}`, 'mark', element, ring, pointsAround(box, ringMiddle), 3, false);
  return finding ? [finding] : [];
}

/** The `::after` tick of the axis: read from the pseudo-element's computed border. */
function measureTicks(timeline: DatelineTimeline): Finding[] {
  const findings: Finding[] = [];
  const axis = timeline.shadowRoot!.querySelector('[part="axis"]')!.getBoundingClientRect();
  for (const tick of timeline.shadowRoot!.querySelectorAll('.tick')) {
    const after = getComputedStyle(tick, '::after');
    const color = readColor(after.borderInlineStartColor || after.borderLeftColor);
    const box = tick.getBoundingClientRect();
    if (box.left < axis.left || box.left > axis.right) continue;
    // The tick is a 5 px line at the tick's start edge, at the foot of the axis strip.
    const point = { x: box.left + 1, y: box.bottom - 2 };
    const finding = measure(`axis tick ${describe_(tick)}`, 'mark', tick, color, [point], 3, true);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * The `::after` stroke that marks a contested claim (on an event's mark, and the legend's sample): its colour
 * against what lies under the middle of the stroke, found from the pseudo-element's resolved box (a rotation
 * keeps its middle where it is).
 */
function measureContestedSigns(host: DatelineTimeline): Finding[] {
  const findings: Finding[] = [];
  for (const owner of host.shadowRoot!.querySelectorAll('.event.contested .mark, .legend .contested-sign')) {
    bringIntoView(owner);
    const box = owner.getBoundingClientRect();
    const own = getComputedStyle(owner);
    const after = getComputedStyle(owner, '::after');
    const point = {
      x: box.left + parseFloat(own.borderLeftWidth) + parseFloat(after.left) + parseFloat(after.width) / 2,
      y: box.top + parseFloat(own.borderTopWidth) + parseFloat(after.top) + parseFloat(after.height) / 2,
    };
    const finding = measure(`contested sign of ${describe_(owner)}`, 'mark', owner, readColor(after.backgroundColor), [point], 3, false);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Focuses each element as a keyboard user would and measures its focus ring. */
async function measureFocusRings(elements: HTMLElement[], owner: { updateComplete: Promise<unknown> }): Promise<Finding[]> {
  // A key press puts the page in keyboard modality, so programmatic focus shows :focus-visible as Tab would.
  await sendKeys({ press: 'Shift' });
  const findings: Finding[] = [];
  for (const element of elements) {
    element.focus({ preventScroll: true });
    await owner.updateComplete;
    if (!element.matches(':focus-visible')) {
      findings.push({ what: `focus ring of ${describe_(element)}: it does not match :focus-visible`, kind: 'mark', foreground: WHITE, background: WHITE, ratio: 1, required: 3 });
      continue;
    }
    findings.push(...measureOutline(element, 'focus ring of'));
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return findings;
}

/** Failures, worst first; findings that differ only in their text are told once, with a count. */
function failures(findings: Finding[]): string[] {
  const groups = new Map<string, { finding: Finding; count: number }>();
  for (const finding of findings.filter((candidate) => candidate.ratio < candidate.required - 0.005).sort((a, b) => a.ratio - b.ratio)) {
    const key = `${finding.what.replace(/"[^"]*"/, '')}|${formatColor(finding.foreground)}|${formatColor(finding.background)}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { finding, count: 1 });
  }
  return [...groups.values()].map(
    ({ finding, count }) =>
      `${finding.what}: ${formatColor(finding.foreground)} on ${formatColor(finding.background)} is ${finding.ratio.toFixed(2)}:1, needs ${finding.required}:1${count > 1 ? ` (and ${count - 1} more like it)` : ''}`,
  );
}

function expectContrast(findings: Finding[], where: string): void {
  const problems = failures(findings);
  expect(problems, `${problems.length} contrast failures in ${where}:\n${problems.slice(0, 25).join('\n')}`).to.deep.equal([]);
}

/** What the report needs: the lowest ratio found for text and for marks, per look. */
const lowest: Record<Look, { text?: Finding; mark?: Finding }> = { light: {}, dark: {} };
function remember(look: Look, findings: Finding[]): void {
  for (const kind of ['text', 'mark'] as const) {
    const low = worst(findings.filter((finding) => finding.kind === kind));
    if (low && (!lowest[look][kind] || low.ratio < lowest[look][kind]!.ratio)) lowest[look][kind] = low;
  }
}

// ——— fixtures ———




const renderTimeline = ({ look, lanes = 'actor', height = 600, ...rest }: Omit<TimelineSetup, 'theme'> & { look: Look }) =>
  renderTimelineIn({ ...rest, theme: look, lanes, height, orientation: 'horizontal' });

/**
 * Every lane colour with every status and every kind of mark: eight actors (eight lanes), five events each,
 * two months apart, one per status, cycling point, bar and month band so that each status gets each kind.
 */
function everyLaneAndStatus(): TimelineEvent[] {
  const actors = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
  const events: TimelineEvent[] = [];
  actors.forEach((actor, lane) => {
    STATUSES.forEach((status, index) => {
      const month = String(1 + index * 2).padStart(2, '0');
      const kind = (lane + index) % 3;
      const event: TimelineEvent = {
        // More events for earlier actors, so that the lanes (ordered by size) keep this order.
        id: `${actor}-${status}`,
        title: `${actor} ${status}`,
        start: kind === 2 ? `2024-${month}` : `2024-${month}-10`,
        actors: [actor],
        status,
      };
      if (kind === 1) event.end = `2024-${month}-24`;
      events.push(event);
    });
  });
  return events;
}

const seedEvent = (id: string) => koreaRussia2024.events.find((event) => event.id === id)!;

const eventMarks = (timeline: DatelineTimeline) => [...timeline.shadowRoot!.querySelectorAll('.event .mark')];
const focusables = (host: Element) => [...allElements(host.shadowRoot!)].filter((element): element is HTMLElement => element instanceof HTMLElement && element.matches('button, a[href], [tabindex]') && element.getClientRects().length > 0);

// ——— the checks ———

for (const look of ['light', 'dark'] as const) {
  describe(`contrast, ${look} look (WCAG 2.2 AA)`, () => {
    before(async () => {
      await setViewport({ width: 1280, height: 1000 });
    });

    afterEach(() => {
      window.scrollTo(0, 0);
    });

    it('the seed timeline with lanes by actor, legend and an open card: text, marks, axis, selection and focus rings', async () => {
      // Tall enough for every event to be drawn as its own mark beside the open card, the header above them.
      const timeline = await renderTimeline({ events: koreaRussia2024, look, selected: 'donetsk-strike', height: 720 });
      const root = timeline.shadowRoot!;
      expect(root.querySelector('.legend'), 'the legend is shown').to.exist;
      expect(root.querySelector('dateline-event-card'), 'the card is open').to.exist;
      const lanesDrawn = new Set(eventMarks(timeline).map((mark) => [...mark.parentElement!.classList].find((name) => name.startsWith('lane-'))));
      expect(lanesDrawn.size, 'lane colours drawn').to.be.greaterThan(3);
      const contestedSigns = measureContestedSigns(timeline);
      expect(contestedSigns.length, 'the contested signs drawn (six accusations, the forecast, the legend)').to.equal(8);

      const findings = [
        ...measureText(timeline),
        ...eventMarks(timeline).flatMap((mark) => measureMark(mark, 'event mark')),
        ...[...root.querySelectorAll('.legend .mark')].flatMap((mark) => measureMark(mark, 'legend mark')),
        ...measureMark(root.querySelector('[part="axis"]')!, 'axis line'),
        ...measureTicks(timeline),
        ...contestedSigns,
        ...[...root.querySelectorAll('.cluster-badge')].flatMap((badge) => measureMark(badge, 'cluster badge outline')),
        ...[...root.querySelectorAll('.cluster-span')].flatMap((span) => measureMark(span, 'cluster extent')),
        ...measureOutline(root.querySelector('.event[aria-current="true"] .mark')!, 'selection ring of'),
      ];
      const card = root.querySelector<DatelineEventCard>('dateline-event-card')!;
      findings.push(...[...card.shadowRoot!.querySelectorAll('.glyph')].flatMap((glyph) => measureMark(glyph, 'status mark')));
      findings.push(...measureMark(card.shadowRoot!.querySelector('.close svg')!, 'close icon'));
      findings.push(...(await measureFocusRings([...focusables(timeline), ...focusables(card)], timeline)));
      remember(look, findings);
      expectContrast(findings, `the seed timeline (${look})`);
    });

    it('every lane colour with every status, as points, bars and month bands', async () => {
      const timeline = await renderTimeline({ events: everyLaneAndStatus(), look, height: 900 });
      const marks = eventMarks(timeline);
      const lanes = new Set(marks.map((mark) => [...mark.parentElement!.classList].find((name) => name.startsWith('lane-'))));
      expect(lanes.size, 'all eight lane colours drawn').to.equal(8);
      expect(marks.length, 'every event drawn (none folded into a cluster)').to.equal(40);
      const findings = [...measureText(timeline), ...marks.flatMap((mark) => measureMark(mark, 'event mark'))];
      remember(look, findings);
      expectContrast(findings, `every lane and status (${look})`);
    });

    it('a crowded timeline: "+N" cluster badges, their extents and the aggregated histogram columns', async () => {
      const clustered = await renderTimeline({ events: syntheticEvents(50, { seed: 7 }), look, lanes: 'none', height: 200 });
      const crowd = await renderTimeline({ events: syntheticEvents(1000, { seed: 3, years: 2 }), look, lanes: 'actor' });
      const buckets = await renderTimeline({ events: syntheticEvents(6000, { seed: 3, years: 6 }), look, lanes: 'actor', height: 600 });
      const findings: Finding[] = [];
      for (const timeline of [clustered, buckets]) {
        const root = timeline.shadowRoot!;
        expect(root.querySelectorAll('.cluster-badge').length, 'cluster badges drawn').to.be.greaterThan(0);
        findings.push(
          ...measureText(timeline),
          ...[...root.querySelectorAll('.cluster-badge')].flatMap((badge) => measureMark(badge, 'cluster badge outline')),
          ...[...root.querySelectorAll('.cluster-span')].flatMap((span) => measureMark(span, 'cluster extent')),
        );
      }
      findings.push(...measureCrowd(crowd));
      const columns = [...buckets.shadowRoot!.querySelectorAll<HTMLElement>('.cluster')].filter((cluster) => getComputedStyle(cluster).backgroundImage.includes('gradient'));
      expect(columns.length, 'histogram columns drawn').to.be.greaterThan(0);
      findings.push(...columns.flatMap((column) => measureMark(column, 'histogram column')));
      remember(look, findings);
      expectContrast(findings, `crowded timelines (${look})`);
    });

    it('the card on its own: every status, sources, close button and focus rings', async () => {
      const findings: Finding[] = [];
      const base = seedEvent('donetsk-strike');
      for (const status of STATUSES) {
        const event: TimelineEvent = { ...base, status, sources: [...(base.sources ?? []), { name: 'Wire report', url: 'https://example.com/wire' }] };
        const card = await fixture<DatelineEventCard>(html`<dateline-event-card theme=${look} closable locale="en-GB" .event=${event}></dateline-event-card>`);
        await card.updateComplete;
        findings.push(...measureText(card), ...[...card.shadowRoot!.querySelectorAll('.glyph')].flatMap((glyph) => measureMark(glyph, 'status mark')));
        findings.push(...measureMark(card.shadowRoot!.querySelector('.close svg')!, 'close icon'));
        findings.push(...(await measureFocusRings(focusables(card), card)));
      }
      remember(look, findings);
      expectContrast(findings, `the card (${look})`);
    });

    it('the list with an item open: headings, dates, status marks, details, selection and focus rings', async () => {
      const events = { ...koreaRussia2024, events: koreaRussia2024.events.map((event, index) => (index === 10 ? { ...event, sources: [...(event.sources ?? []), { name: 'Wire report', url: 'https://example.com/wire' }] } : event)) };
      const list = await fixture<DatelineEventList>(html`<dateline-event-list theme=${look} locale="en-GB" selected="donetsk-strike" .events=${events}></dateline-event-list>`);
      await list.updateComplete;
      const root = list.shadowRoot!;
      expect(root.querySelector('.item.selected .details'), 'the selected item shows its details').to.exist;
      const findings = [
        ...measureText(list),
        ...[...root.querySelectorAll('.glyph')].flatMap((glyph) => measureMark(glyph, 'status mark')),
        ...[...root.querySelectorAll('.item.selected')].flatMap((item) => measureMark(item, 'selection bar', { sides: [getComputedStyle(item).direction === 'rtl' ? 'Right' : 'Left'] })),
        ...(await measureFocusRings(focusables(list), list)),
      ];
      remember(look, findings);
      expectContrast(findings, `the list (${look})`);
    });

    after(() => {
      const { text, mark } = lowest[look];
      const line = (finding?: Finding) => (finding ? `${finding.ratio.toFixed(2)}:1 (${finding.what}: ${formatColor(finding.foreground)} on ${formatColor(finding.background)})` : 'none measured');
      console.log(`Lowest contrast, ${look} look: text ${line(text)}; marks ${line(mark)}`);
    });
  });
}
