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
 * The queue: a binary min-heap of slot numbers (`order`), each slot holding one event with its time
 * and `seq` in typed arrays. Two million events pass through the queue in the pipeline bench, and a
 * heap of objects cost an object per event beside the event itself, and a write barrier for every
 * move of an object still in the young generation (most events are handled soon after they are
 * queued): the barriers alone were 5% of the bench's instructions. Moving slot numbers costs
 * neither, and the comparisons read two typed arrays. Plain data, copied for keyframes by
 * `cloneQueue`; `size` slots of `order` are in use, and `free` lists the slots no event holds.
 */
export interface EventQueue {
  size: number
  order: Int32Array
  times: Float64Array
  seqs: Float64Array
  readonly events: (PendingEvent | undefined)[]
  readonly free: number[]
}

const INITIAL_CAPACITY = 16

export function emptyQueue(): EventQueue {
  return {
    size: 0,
    order: new Int32Array(INITIAL_CAPACITY),
    times: new Float64Array(INITIAL_CAPACITY),
    seqs: new Float64Array(INITIAL_CAPACITY),
    events: [],
    free: [],
  }
}

export function cloneQueue(queue: EventQueue): EventQueue {
  return {
    size: queue.size,
    order: queue.order.slice(),
    times: queue.times.slice(),
    seqs: queue.seqs.slice(),
    events: queue.events.slice(),
    free: queue.free.slice(),
  }
}

/** Whether the event in slot `a` comes before the one in slot `b`. */
function comesBefore(queue: EventQueue, a: number, b: number): boolean {
  const times = queue.times
  const ta = times[a] ?? 0
  const tb = times[b] ?? 0
  return ta < tb || (ta === tb && (queue.seqs[a] ?? 0) < (queue.seqs[b] ?? 0))
}

/** Mutates `queue`: adds `event`, ordered after every queued event of its time with a lower `seq`. */
export function pushEvent(queue: EventQueue, event: PendingEvent, seq: number): void {
  if (queue.size === queue.order.length) growInPlace(queue)
  const slot = queue.free.pop() ?? queue.events.length
  queue.events[slot] = event
  queue.times[slot] = event.time
  queue.seqs[slot] = seq
  const order = queue.order
  let i = queue.size++
  while (i > 0) {
    const parent = (i - 1) >> 1
    const p = order[parent] ?? 0
    if (!comesBefore(queue, slot, p)) break
    order[i] = p
    i = parent
  }
  order[i] = slot
}

/** The earliest event, left in the queue; undefined when it is empty. */
export function peekEvent(queue: EventQueue): PendingEvent | undefined {
  return queue.size === 0 ? undefined : queue.events[queue.order[0] ?? 0]
}

/** Mutates `queue`: removes and returns the earliest event. */
export function popEvent(queue: EventQueue): PendingEvent | undefined {
  if (queue.size === 0) return undefined
  const order = queue.order
  const top = order[0] ?? 0
  const event = queue.events[top]
  queue.events[top] = undefined
  queue.free.push(top)
  const size = --queue.size
  if (size === 0) return event
  const last = order[size] ?? 0
  let i = 0
  for (;;) {
    const left = 2 * i + 1
    const right = left + 1
    let smallest = last
    let index = -1
    const l = order[left] ?? 0
    if (left < size && comesBefore(queue, l, smallest)) {
      smallest = l
      index = left
    }
    const r = order[right] ?? 0
    if (right < size && comesBefore(queue, r, smallest)) {
      smallest = r
      index = right
    }
    if (index < 0) break
    order[i] = smallest
    i = index
  }
  order[i] = last
  return event
}

/** Whether some queued event matches `test`. */
export function someEvent(queue: EventQueue, test: (event: PendingEvent) => boolean): boolean {
  for (let i = 0; i < queue.size; i++) {
    const event = queue.events[queue.order[i] ?? 0]
    if (event && test(event)) return true
  }
  return false
}

/** Returns a new queue without the events `drop` matches, the others in the same order. */
export function withoutEvents(
  queue: EventQueue,
  drop: (event: PendingEvent) => boolean,
): EventQueue {
  const kept = emptyQueue()
  for (let i = 0; i < queue.size; i++) {
    const slot = queue.order[i] ?? 0
    const event = queue.events[slot]
    if (event && !drop(event)) pushEvent(kept, event, queue.seqs[slot] ?? 0)
  }
  return kept
}

/** Mutates `queue`: twice the room. */
function growInPlace(queue: EventQueue): void {
  const capacity = queue.order.length * 2
  const order = new Int32Array(capacity)
  const times = new Float64Array(capacity)
  const seqs = new Float64Array(capacity)
  order.set(queue.order)
  times.set(queue.times)
  seqs.set(queue.seqs)
  queue.order = order
  queue.times = times
  queue.seqs = seqs
}
