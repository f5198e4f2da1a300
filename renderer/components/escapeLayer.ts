/**
 * Escape closes the innermost thing that is open, and only that. A Mantine dialog listens for
 * Escape on the window in the capture phase, so a calendar or menu inside it cannot stop the
 * event in time by itself. This listener is installed before the app renders (main.tsx), so it
 * runs first: while a layer is open, Escape goes to the newest layer and nowhere else.
 */
const layers: (() => void)[] = [];

export function installEscapeLayer(target: Window = window) {
  target.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || layers.length === 0) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      layers[layers.length - 1]!();
    },
    { capture: true },
  );
}

/** While open, Escape calls `close` instead of reaching anything else; returns the way out. */
export function pushEscapeLayer(close: () => void): () => void {
  layers.push(close);
  return () => {
    const i = layers.lastIndexOf(close);
    if (i >= 0) layers.splice(i, 1);
  };
}
