import { formatNumber } from '../sim'

/** Playback speeds in simulated ms per wall ms, on a 1-2-5 log scale. */
export const SPEEDS = [
  0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000,
] as const

export const DEFAULT_SPEED_INDEX = SPEEDS.indexOf(10)

export function speedAt(index: number): number {
  return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, index))] ?? 1
}

export function formatSpeed(speed: number): string {
  return `${formatNumber(speed)}×`
}
