import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clampWindowState,
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  readWindowState,
  writeWindowState,
  type Rect,
} from '../../../electron/windowState';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('parseWindowState', () => {
  it('reads valid state and rejects anything else', () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{kapot')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":"groot","height":3}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":0,"height":3}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":800,"height":600}}')?.maximized).toBe(
      false,
    );
  });
});

describe('clampWindowState', () => {
  it('centres the default size on the primary display without saved state', () => {
    const { bounds, maximized } = clampWindowState(null, [primary, right]);
    expect(bounds).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
    });
    expect(maximized).toBe(false);
  });

  it('keeps a window that is fully visible as it was', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: true };
    expect(clampWindowState(saved, [primary, right])).toEqual(saved);
  });

  it('moves a window that sticks out back onto the display it overlaps most', () => {
    const saved = { bounds: { x: 2800, y: 600, width: 1000, height: 800 }, maximized: false };
    expect(clampWindowState(saved, [primary, right]).bounds).toEqual({
      x: 2200,
      y: 200,
      width: 1000,
      height: 800,
    });
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { bounds: { x: 5000, y: 3000, width: 1000, height: 800 }, maximized: true };
    const { bounds, maximized } = clampWindowState(saved, [primary]);
    expect(bounds).toEqual({ x: 460, y: 120, width: 1000, height: 800 });
    expect(maximized).toBe(true);
  });

  it('shrinks a window larger than the work area and enforces the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    const huge = { bounds: { x: -50, y: -50, width: 3000, height: 2000 }, maximized: false };
    expect(clampWindowState(huge, [small]).bounds).toEqual(small);
    const tiny = { bounds: { x: 10, y: 10, width: 100, height: 80 }, maximized: false };
    expect(clampWindowState(tiny, [primary]).bounds).toMatchObject({
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
  });
});

describe('readWindowState / writeWindowState', () => {
  it('round-trips through a JSON file and tolerates a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regio-ws-'));
    const file = path.join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
