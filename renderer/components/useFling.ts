import type { Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/**
 * Whether a list is being flung past: two frames in a row that each scrolled more than half a
 * view (a dragged scrollbar thumb, a fast touchpad fling). Nobody reads rows going by at that
 * speed, so a VirtualTable then draws them empty and renders fewer rows beyond the view; the
 * full rows follow as soon as the scroll slows or stops. One PageDown, the wheel and the arrow
 * keys never count as a fling.
 */
/** Two scroll positions less than this apart (ms) are consecutive frames of one movement. */
const FRAME_GAP = 100;

export function useFling() {
  const state = useRef({ offset: 0, at: 0, step: 0, before: 0, fling: false });
  return {
    /** The answer of the previous render (for options that are set before it is known). */
    wasFlinging: state.current.fling,
    /** The answer for this render (a render without a new scroll position keeps the last). */
    update(virtualizer: Virtualizer<HTMLDivElement, Element>): boolean {
      const s = state.current;
      const offset = virtualizer.scrollOffset ?? 0;
      if (offset !== s.offset) {
        const now = performance.now();
        // Only a step in the frame before counts (a jump to the end and, later, back to the top
        // after sorting are two single steps, not a fling).
        s.before = now - s.at < FRAME_GAP ? s.step : 0;
        s.step = Math.abs(offset - s.offset);
        s.offset = offset;
        s.at = now;
      }
      const half = (virtualizer.scrollRect?.height ?? 600) / 2;
      s.fling = virtualizer.isScrolling && s.step > half && s.before > half;
      return s.fling;
    },
  };
}
