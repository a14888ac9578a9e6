/**
 * WCAG 2.2 contrast maths for tests: colours as the browser computes them, their relative luminance, and the
 * contrast ratio between two of them (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 */

/** An sRGB colour: channels 0–255 (not rounded), alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** One channel of `rgb()`: a number (0–255) or a percentage. */
const rgbChannel = (text: string) => (text.endsWith('%') ? (parseFloat(text) / 100) * 255 : parseFloat(text));
/** One channel of `color(srgb …)`: a number (0–1) or a percentage. */
const unitChannel = (text: string) => (text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text)) * 255;
const alphaOf = (text: string | undefined) => (text === undefined ? 1 : text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text));

/**
 * Reads the colour forms browsers give for computed colours: `rgb()`/`rgba()` (comma or space syntax),
 * `color(srgb r g b / a)` (what `color-mix(in srgb, …)` computes to), `#rgb`, `#rrggbb`, `#rrggbbaa` and
 * `transparent`. Returns undefined for anything else (other colour spaces, keywords).
 */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) as string[]);
    const [r, g, b, a = 'ff'] = digits as [string, string, string, string?];
    return { r: parseInt(r, 16), g: parseInt(g, 16), b: parseInt(b, 16), a: parseInt(a, 16) / 255 };
  }
  const functional = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (!functional) return undefined;
  const [, name, body] = functional as unknown as [string, string, string];
  if (name === 'color') {
    const parts = /^srgb\s+(\S+)\s+(\S+)\s+(\S+)(?:\s*\/\s*(\S+))?$/.exec(body.trim());
    if (!parts) return undefined;
    return { r: unitChannel(parts[1]!), g: unitChannel(parts[2]!), b: unitChannel(parts[3]!), a: alphaOf(parts[4]) };
  }
  const parts = body.includes(',') ? body.split(',').map((part) => part.trim()) : body.replace('/', ' / ').split(/\s+/).filter((part) => part && part !== '/');
  if (parts.length < 3 || parts.length > 4) return undefined;
  const color = { r: rgbChannel(parts[0]!), g: rgbChannel(parts[1]!), b: rgbChannel(parts[2]!), a: alphaOf(parts[3]) };
  return [color.r, color.g, color.b, color.a].every(Number.isFinite) ? color : undefined;
}

/** `top` painted over `bottom` (source-over compositing); opaque when `bottom` is. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (front: number, back: number) => (front * top.a + back * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG relative luminance of an opaque colour (its alpha is ignored). */
export function relativeLuminance(color: Rgba): number {
  const linear = (channel: number) => {
    const c = clamp(channel, 0, 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/**
 * The contrast ratio of `foreground` on `background`, from 1 to 21. A translucent foreground is first
 * painted over the background; the background must be opaque (blend it down to an opaque colour first).
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const front = foreground.a < 1 ? over(foreground, background) : foreground;
  const [light, dark] = [relativeLuminance(front), relativeLuminance(background)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `#rrggbb`, or `#rrggbb at 45%` for a translucent colour: for failure messages. */
export function formatColor(color: Rgba): string {
  const hex = [color.r, color.g, color.b].map((channel) => Math.round(clamp(channel, 0, 255)).toString(16).padStart(2, '0')).join('');
  return color.a < 1 ? `#${hex} at ${Math.round(color.a * 100)}%` : `#${hex}`;
}

/** WCAG "large scale" text: at least 18 pt (24 px), or 14 pt (18.66 px) and bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}
