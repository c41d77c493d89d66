/**
 * Record keys interned per world, shared by all its logs, and beside them the names of the
 * producers that wrote the records (a scenario's producer, a job). Rows store a small integer per key, so a
 * million records over ten thousand keys retain ten thousand strings, and the cleaner's offset map
 * is an array indexed by key id. One table for every log means a key has the same id in a job's
 * input, store, changelog and output, so the job addresses all of them without hashing the string.
 * Append-only and shared by a world and all its copies: an id never changes meaning.
 */
export interface KeyTable {
  readonly idByKey: Map<string, number>
  readonly keys: string[]
  /** Partitioner hashes by key id, each computed on first use (see `keyHashes.ts`). */
  readonly kafkaHashes: (number | undefined)[]
  readonly samzaHashes: (number | undefined)[]
  /** Producer names by id, as rows store them (`producerIds`). */
  readonly producerIdByName: Map<string, number>
  readonly producers: string[]
}

/** The key id of a keyless record. */
export const NO_KEY = -1

/** The producer id of a row written by no named producer. */
export const NO_PRODUCER = -1

export function createKeyTable(): KeyTable {
  return {
    idByKey: new Map(),
    keys: [],
    kafkaHashes: [],
    samzaHashes: [],
    producerIdByName: new Map(),
    producers: [],
  }
}

/** Mutates `table` when `key` is new: the key's id. */
export function internKey(table: KeyTable, key: string | null): number {
  return key === null ? NO_KEY : intern(table.idByKey, table.keys, key)
}

/** Mutates `table` when `producer` is new: the producer's id. */
export function internProducer(table: KeyTable, producer: string | null): number {
  if (producer === null) return NO_PRODUCER
  // Every append names its producer, and a world has a few (its producers and jobs): comparing
  // with the first names (usually the same string object) is cheaper than hashing into the map.
  const producers = table.producers
  const scanned = Math.min(producers.length, SCANNED_PRODUCERS)
  for (let id = 0; id < scanned; id++) if (producers[id] === producer) return id
  return intern(table.producerIdByName, producers, producer)
}

const SCANNED_PRODUCERS = 8

/** Mutates `ids` and `names` when `name` is new: its id, its index in `names`. */
function intern(ids: Map<string, number>, names: string[], name: string): number {
  let id = ids.get(name)
  if (id === undefined) {
    id = names.length
    names.push(name)
    ids.set(name, id)
  }
  return id
}
