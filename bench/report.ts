/** One JSON object per figure on stdout: `{"name", "value", "unit", "target"}`. */
export function report(name: string, value: number, unit: string, target: string): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, target }))
}

/** The `p` quantile of ascending `sorted` values (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN
}

/** Seeded LCG for choosing seek times, so every run measures the same seeks. */
export function seekTimes(count: number, end: number): number[] {
  let state = 12345
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return Math.floor((state / 4294967296) * end)
  })
}
