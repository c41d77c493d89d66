/** One JSON object per figure on stdout: `{"name", "value", "unit", "target"}`. */
export function report(name: string, value: number, unit: string, target: string): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, target }))
}

/** The `p` quantile of ascending `sorted` values (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN
}
