/**
 * Measures label widths with a canvas (never attached to the page), caching by text. `measure` is a new
 * function whenever the font changes, so a layout remembered for one `measure` is laid out again for another.
 */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | null | undefined;
  private font = '';
  /** The font last given to the canvas, which reads it back normalised. */
  private contextFont = '';
  private widths = new Map<string, number>();
  /** The width of a text in the current font, in pixels. */
  measure: (text: string) => number = this.measurerFor(new Map());

  /** Sets the font labels are drawn in. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.widths = new Map();
    this.measure = this.measurerFor(this.widths);
  }

  private measurerFor(widths: Map<string, number>): (text: string) => number {
    return (text) => {
      let width = widths.get(text);
      if (width !== undefined) return width;
      if (this.context === undefined) this.context = document.createElement('canvas').getContext('2d');
      if (this.context && this.contextFont !== this.font) {
        this.context.font = this.font;
        this.contextFont = this.font;
      }
      // Without a canvas, estimate from the length: good enough to keep labels apart.
      width = this.context ? this.context.measureText(text).width : text.length * 7.2;
      if (widths.size > 50_000) widths.clear();
      widths.set(text, width);
      return width;
    };
  }
}
