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
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle must be used as an element binding');
  }

  render(_values: StyleValues): unknown {
    return noChange;
  }

  override update(part: ElementPart, [values]: [StyleValues]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (values[name] === undefined) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
