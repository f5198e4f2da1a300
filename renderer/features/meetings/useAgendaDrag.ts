import { useState, type DragEvent } from 'react';

const TYPE = 'application/x-regiodossier-agendapunt';

/**
 * Reordering the agenda with the mouse: an item's grip is dragged onto another item; dropped on
 * its upper half it goes before it, on its lower half after it. A line shows where it will land.
 * (Keyboard: Alt+↑ / Alt+↓ on the item's heading, and the ↑ ↓ buttons.)
 */
export function useAgendaDrag(count: number, move: (from: number, to: number) => void) {
  const [from, setFrom] = useState<number | null>(null);
  /** Where the item would land: before the item with this index (count = at the end). */
  const [before, setBefore] = useState<number | null>(null);
  const end = () => {
    setFrom(null);
    setBefore(null);
  };
  return {
    /** For the grip of item `index`. */
    grip: (index: number, card: () => HTMLElement | null) => ({
      draggable: true,
      onDragStart: (e: DragEvent) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(TYPE, String(index));
        const el = card();
        if (el) e.dataTransfer.setDragImage(el, 24, 24);
        setFrom(index);
      },
      onDragEnd: end,
    }),
    /** For the wrapper of item `index`: where a drop would put the dragged item. */
    target: (index: number) => ({
      'data-drop':
        from === null || before === null
          ? undefined
          : before === index
            ? 'before'
            : before === index + 1 && index === count - 1
              ? 'after'
              : undefined,
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (from === null) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        const box = e.currentTarget.getBoundingClientRect();
        setBefore(e.clientY < box.top + box.height / 2 ? index : index + 1);
      },
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        if (from !== null && before !== null) {
          const to = before > from ? before - 1 : before;
          if (to !== from) move(from, to);
        }
        end();
      },
    }),
  };
}
