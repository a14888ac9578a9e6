import { expect } from '@open-wc/testing';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import { describeBox, intersects, rect } from './elements.js';

/**
 * Checks that no two of a timeline's labels (event labels, visible cluster badges, lane names) overlap, and that
 * no label covers another event's mark.
 */
export function expectNoCollisions(el: DatelineTimeline): void {
  const all = (selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  // Events drawn as marks alone have no label; a count column's badge shows only on hover or focus.
  const shown = (element: Element | null): element is HTMLElement => element !== null && getComputedStyle(element).visibility !== 'hidden';
  const labels = [
    ...all('.event')
      .filter((button) => button.querySelector('.label, .title'))
      .map((button) => ({ owner: `label of ${button.dataset.id!.slice(0, 20)}`, id: button.dataset.id, box: rect(button.querySelector('.label, .title')!) })),
    ...all('.cluster')
      .filter((cluster) => shown(cluster.querySelector('.cluster-badge')))
      .map((cluster) => ({ owner: `badge of cluster ${cluster.dataset.key}`, id: undefined, box: rect(cluster.querySelector('.cluster-badge')!) })),
    ...all('[part="lane-label"]').map((label) => ({ owner: 'a lane label', id: undefined, box: rect(label) })),
  ];
  const marks = all('.event').map((button) => ({ id: button.dataset.id, box: rect(button.querySelector('.mark')!) }));
  expect(labels.length, 'labels drawn').to.be.greaterThan(0);
  const problems: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (intersects(labels[i]!.box, labels[j]!.box)) {
        problems.push(`${labels[i]!.owner} ${describeBox(labels[i]!.box)} overlaps ${labels[j]!.owner} ${describeBox(labels[j]!.box)}`);
      }
    }
    for (const mark of marks) {
      if (mark.id !== labels[i]!.id && intersects(labels[i]!.box, mark.box)) {
        problems.push(`${labels[i]!.owner} ${describeBox(labels[i]!.box)} covers the mark of ${mark.id} ${describeBox(mark.box)}`);
      }
    }
  }
  expect(problems, problems.slice(0, 5).join('\n')).to.deep.equal([]);
}
