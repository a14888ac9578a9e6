import type { TextStyle } from '../layout/text-style.js';

/** The fonts of the texts the layout measures, for a font family: as the stylesheets set them. */
function fontsFor(family: string): Record<TextStyle, string> {
  return { label: `13px ${family}`, strong: `600 13px ${family}`, lane: `600 11px ${family}` };
}

/**
 * Measures the widths of labels and lane names with a canvas (never attached to the page), caching by text.
 * `measure` is a new function whenever the font family changes, so a layout remembered for one `measure` is
 * laid out again for another.
 */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | null | undefined;
  private family = '';
  /** The font last given to the canvas, which reads it back normalised. */
  private contextFont = '';
  /** The width of a text in a style, in pixels. */
  measure: (text: string, style?: TextStyle) => number = this.measurerFor(fontsFor('sans-serif'));

  /** Sets the font family the timeline's texts are drawn in. */
  setFontFamily(family: string): void {
    if (family === this.family) return;
    this.family = family;
    this.measure = this.measurerFor(fontsFor(family));
  }

  private measurerFor(fonts: Record<TextStyle, string>): (text: string, style?: TextStyle) => number {
    const widths = new Map<string, number>();
    return (text, style = 'label') => {
      const key = style === 'label' ? text : `${style}\u0000${text}`;
      let width = widths.get(key);
      if (width !== undefined) return width;
      if (this.context === undefined) this.context = document.createElement('canvas').getContext('2d');
      const font = fonts[style];
      if (this.context && this.contextFont !== font) {
        this.context.font = font;
        this.contextFont = font;
      }
      // Without a canvas, estimate from the length: good enough to keep labels apart.
      width = this.context ? this.context.measureText(text).width : text.length * (style === 'lane' ? 7 : 7.6);
      if (widths.size > 50_000) widths.clear();
      widths.set(key, width);
      return width;
    };
  }
}
