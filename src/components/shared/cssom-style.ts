import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type StyleValues = Record<string, string | undefined>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`), which a strict Content Security
 * Policy (`style-src 'self'`) allows, unlike a `style` attribute — and unlike Lit's `styleMap`, whose
 * first render writes the attribute. Used as an element binding: `<div ${cssomStyle({ top: '4px' })}>`.
 * Property names are CSS names (`inset-inline-start`, `max-width`).
 */
class CssomStyleDirective extends Directive {
  /** What was last written, so that an update writes only what changed and never reads styles back. */
  private written = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle must be used as an element binding');
  }

  render(_values: StyleValues): unknown {
    return noChange;
  }

  override update(part: ElementPart, [values]: [StyleValues]): unknown {
    const { style } = part.element as HTMLElement;
    for (const [name] of this.written) {
      if (values[name] === undefined) {
        style.removeProperty(name);
        this.written.delete(name);
      }
    }
    for (const name in values) {
      const value = values[name];
      if (value === undefined || this.written.get(name) === value) continue;
      style.setProperty(name, value);
      this.written.set(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
