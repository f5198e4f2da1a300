import fs from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What we remember between runs (window-state.json in userData). */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

const isRect = (value: unknown): value is Rect => {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (k) => typeof r[k] === 'number' && Number.isFinite(r[k]),
  );
};

/** The stored state, or null when the text is missing, unreadable or not ours. */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as Record<string, unknown>;
  if (!isRect(bounds) || bounds.width <= 0 || bounds.height <= 0) return null;
  return { bounds: { ...pick(bounds) }, maximized: maximized === true };
}

const pick = ({ x, y, width, height }: Rect): Rect => ({ x, y, width, height });

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function fitSize(width: number, height: number, area: Rect) {
  return {
    width: Math.round(clamp(width, Math.min(MIN_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(height, Math.min(MIN_SIZE.height, area.height), area.height)),
  };
}

function centered(width: number, height: number, area: Rect): Rect {
  const size = fitSize(width, height, area);
  return {
    ...size,
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
  };
}

/**
 * Bounds for the new window that are fully visible: on the display the saved window overlapped
 * most, shrunk to its work area if needed; centred on the primary display (first work area) when
 * there is no saved state or the saved window is on no connected display any more.
 */
export function clampWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved)
    return { bounds: centered(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    if (shared > bestArea) {
      best = area;
      bestArea = shared;
    }
  }
  if (!best)
    return {
      bounds: centered(saved.bounds.width, saved.bounds.height, primary),
      maximized: saved.maximized,
    };

  const size = fitSize(saved.bounds.width, saved.bounds.height, best);
  const x = clamp(Math.round(saved.bounds.x), best.x, best.x + best.width - size.width);
  const y = clamp(Math.round(saved.bounds.y), best.y, best.y + best.height - size.height);
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Writes via a temporary file so a crash never leaves half a JSON file behind. */
export function writeWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(tmp, file);
}
