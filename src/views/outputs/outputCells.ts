import type { KeyOutput } from '../../sim'

/** A key's record count in an output table ("—" when the side has no such key). */
export function records(k: KeyOutput | null): string {
  return k === null ? '—' : String(k.records)
}

/** A key's latest value in an output table. */
export function latest(k: KeyOutput | null): string {
  return k === null ? '—' : (k.latest ?? 'null (tombstone)')
}
