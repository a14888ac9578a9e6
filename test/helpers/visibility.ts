import { describeBox, flatParent } from './elements.js';

/**
 * What keeps an element's content from being read at a glance, as sentences: the element itself or an
 * ancestor (through shadow roots, up to `until`) that clips and has more content than it shows (it would need
 * scrolling), or that cuts the element's box. Empty when all of it is shown.
 */
export function hiddenParts(element: Element, until: Element): string[] {
  const problems: string[] = [];
  const box = element.getBoundingClientRect();
  const name = (node: Element) => `<${node.localName}${node.id ? `#${node.id}` : ''}${typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}>`;
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    const lineClamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || lineClamped;
    if (clips) {
      if (node.scrollHeight > node.clientHeight + 1) problems.push(`${name(node)} scrolls: ${node.scrollHeight} px of content in ${node.clientHeight} px`);
      if (node !== element) {
        const clip = node.getBoundingClientRect();
        if (box.top < clip.top - 1 || box.bottom > clip.bottom + 1 || box.left < clip.left - 1 || box.right > clip.right + 1) {
          problems.push(`${name(node)} ${describeBox(clip)} cuts ${name(element)} ${describeBox(box)}`);
        }
      }
    }
    if (node === until) break;
  }
  return problems;
}

/** True when the box lies inside the viewport (within a pixel). */
export const inViewport = (box: DOMRect) => box.top >= -1 && box.left >= -1 && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1;
