/**
 * Keyboard movement in an event list: each event's title is a button that Tab reaches in time order; Up and
 * Down arrows move focus to the previous or next title, Home and End to the first and last. It owns finding
 * those buttons, also to focus the one of an event by its id.
 */

/** The buttons that hold the events' titles, each with its event's id in `data-id`. */
const ITEM_BUTTON = 'button.item-button';

export class ListKeyboardController {
  /** @param root where the list's items are drawn (the element's shadow root) */
  constructor(private readonly root: () => ParentNode) {}

  /** Bound to the list's `keydown`: arrows, Home and End on a title move focus between titles. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const button = (event.target as Element | null)?.closest?.(ITEM_BUTTON);
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = this.buttons();
    const current = buttons.indexOf(button as HTMLButtonElement);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current + 1;
        break;
      case 'ArrowUp':
        next = current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons[Math.min(Math.max(next, 0), buttons.length - 1)]?.focus();
  };

  /** Focuses the title of the event with `id`, when it is drawn. */
  focusEvent(id: string | undefined): void {
    this.buttons()
      .find((button) => button.dataset.id === id)
      ?.focus();
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.root().querySelectorAll<HTMLButtonElement>(ITEM_BUTTON)];
  }
}
