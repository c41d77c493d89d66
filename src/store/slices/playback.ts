import type { Scenario } from '../../scenario/schema'
import type { AppSlice, AppState } from '../appStore'
import { DEFAULT_SPEED_INDEX, SPEEDS } from '../speeds'

/** Where the cursor is and how time moves: play state, direction and speed. */
export interface PlaybackState {
  /** Simulated ms; fractional while playing, floored when the world is computed. */
  readonly cursor: number
  readonly playing: boolean
  readonly direction: 1 | -1
  readonly speedIndex: number
}

export interface PlaybackActions {
  seek: (t: number) => void
  play: (direction?: 1 | -1) => void
  pause: () => void
  togglePlay: () => void
  setSpeedIndex: (index: number) => void
  /** J and L in the media-player way: start in a direction, or speed up if already going that way. */
  playOrFaster: (direction: 1 | -1) => void
}

export const initialPlayback: PlaybackState = {
  cursor: 0,
  playing: false,
  direction: 1,
  speedIndex: DEFAULT_SPEED_INDEX,
}

/** `t` within `scenario`'s time. */
export function clampCursor(scenario: Scenario, t: number): number {
  return Math.max(0, Math.min(scenario.durationMs, t))
}

/** `state` with the cursor at `t` (clamped to the scenario). */
export function withCursorAt(state: AppState, t: number): AppState {
  return { ...state, cursor: clampCursor(state.scenario, t) }
}

function clampSpeedIndex(index: number): number {
  return Math.max(0, Math.min(SPEEDS.length - 1, Math.round(index)))
}

export const createPlaybackSlice: AppSlice<PlaybackActions> = (set, get) => ({
  // Recipes, so that a change to the value it already has notifies no one.
  seek: (t) => {
    set((s) => {
      s.cursor = clampCursor(s.scenario, t)
    })
  },
  play: (direction = 1) => {
    set((s) => {
      const atEnd = direction === 1 ? s.cursor >= s.scenario.durationMs : s.cursor <= 0
      if (atEnd) s.cursor = direction === 1 ? 0 : s.scenario.durationMs
      s.playing = true
      s.direction = direction
    })
  },
  pause: () => {
    set((s) => {
      s.playing = false
    })
  },
  togglePlay: () => {
    if (get().playing) get().pause()
    else get().play(1)
  },
  setSpeedIndex: (index) => {
    set((s) => {
      s.speedIndex = clampSpeedIndex(index)
    })
  },
  playOrFaster: (direction) => {
    const { playing, direction: current, speedIndex, play } = get()
    if (playing && current === direction) get().setSpeedIndex(speedIndex + 1)
    else play(direction)
  },
})
