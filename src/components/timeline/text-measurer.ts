/** Measures label widths with a canvas (never attached to the page), caching by text. */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | null | undefined;
  private font = '';
  private readonly widths = new Map<string, number>();

  /** Sets the font labels are drawn in; clears the cache when it changes. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.widths.clear();
    if (this.context) this.context.font = font;
  }

  readonly measure = (text: string): number => {
    let width = this.widths.get(text);
    if (width !== undefined) return width;
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    // Without a canvas, estimate from the length: good enough to keep labels apart.
    width = this.context ? this.context.measureText(text).width : text.length * 7.2;
    if (this.widths.size > 50_000) this.widths.clear();
    this.widths.set(text, width);
    return width;
  };
}
