import { describe, expect, it } from 'vitest';
import { installEscapeLayer, pushEscapeLayer } from './escapeLayer';

/** A window stand-in: listeners in order of registration, as the browser keeps them. */
function fakeWindow() {
  const listeners: ((e: KeyboardEventLike) => void)[] = [];
  return {
    addEventListener: (_type: string, fn: (e: KeyboardEventLike) => void) => listeners.push(fn),
    press(key: string) {
      const event = new KeyboardEventLike(key);
      for (const fn of listeners) {
        if (event.stopped) break;
        fn(event);
      }
      return event;
    },
  };
}
class KeyboardEventLike {
  stopped = false;
  defaultPrevented = false;
  isComposing = false;
  constructor(readonly key: string) {}
  stopImmediatePropagation() {
    this.stopped = true;
  }
  preventDefault() {
    this.defaultPrevented = true;
  }
}

describe('escape layer', () => {
  it('while a layer is open, Escape closes it and reaches no later listener (the dialog)', () => {
    const win = fakeWindow();
    installEscapeLayer(win as unknown as Window);
    let dialogClosed = 0;
    win.addEventListener('keydown', (e) => e.key === 'Escape' && dialogClosed++);
    const closed: string[] = [];
    const removeOuter = pushEscapeLayer(() => closed.push('kalender'));
    const removeInner = pushEscapeLayer(() => closed.push('menu'));
    win.press('Escape');
    expect(closed).toEqual(['menu']);
    expect(dialogClosed).toBe(0);
    removeInner();
    win.press('Escape');
    expect(closed).toEqual(['menu', 'kalender']);
    removeOuter();
    win.press('Escape');
    expect(dialogClosed).toBe(1);
    win.press('Enter');
    expect(closed).toHaveLength(2);
  });
});
