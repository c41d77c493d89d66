/**
 * The engine's pending events, kept in a binary min-heap ordered by (time, seq). `seq` is assigned
 * at scheduling time, so ties at the same millisecond run in insertion order, deterministically.
 */
export type PendingEvent =
  | {
      readonly time: number
      readonly kind: 'produce'
      readonly producer: number
    }
  | { readonly time: number; readonly kind: 'retention' }
  | { readonly time: number; readonly kind: 'cleaner' }
  | { readonly time: number; readonly kind: 'cleaner.passEnd' }
  | { readonly time: number; readonly kind: 'remote' }
  | {
      readonly time: number
      readonly kind: 'poll'
      readonly consumer: string
    }
  | { readonly time: number; readonly kind: 'job.launch'; readonly app: string }
  | {
      readonly time: number
      readonly kind: 'job.run'
      readonly app: string
      readonly task: number
      readonly epoch: number
    }
  | {
      readonly time: number
      readonly kind: 'job.restored' | 'job.commit' | 'job.restart'
      readonly app: string
      readonly container: number
      readonly epoch: number
    }

/**
 * A queued event with its place in the order. Every entry has this one shape, whatever the event's
 * kind: the heap compares `time` and `seq` millions of times, and reading them from objects of
 * seven shapes made every comparison a megamorphic lookup (the engine loop was ~19% of a run).
 */
export interface QueuedEvent {
  readonly time: number
  readonly seq: number
  readonly event: PendingEvent
}

export function comesBefore(a: QueuedEvent, b: QueuedEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq)
}

/** Mutates `heap`. */
export function pushEvent(heap: QueuedEvent[], event: QueuedEvent): void {
  heap.push(event)
  let i = heap.length - 1
  while (i > 0) {
    const parent = (i - 1) >> 1
    const p = heap[parent]
    if (!p || !comesBefore(event, p)) break
    heap[i] = p
    i = parent
  }
  heap[i] = event
}

/** Mutates `heap`: removes and returns the earliest event. */
export function popEvent(heap: QueuedEvent[]): QueuedEvent | undefined {
  const top = heap[0]
  const last = heap.pop()
  if (!top || !last || heap.length === 0) return top
  let i = 0
  for (;;) {
    const left = 2 * i + 1
    const right = left + 1
    let smallest = last
    let index = -1
    const l = heap[left]
    if (l && comesBefore(l, smallest)) {
      smallest = l
      index = left
    }
    const r = heap[right]
    if (r && comesBefore(r, smallest)) {
      smallest = r
      index = right
    }
    if (index < 0) break
    heap[i] = smallest
    i = index
  }
  heap[i] = last
  return top
}

/** Returns a new heap without the events `drop` matches. */
export function withoutEvents(
  heap: readonly QueuedEvent[],
  drop: (event: PendingEvent) => boolean,
): QueuedEvent[] {
  const kept: QueuedEvent[] = []
  for (const queued of heap) if (!drop(queued.event)) pushEvent(kept, queued)
  return kept
}
