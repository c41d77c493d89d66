import { randomBytes } from 'node:crypto'

/**
 * A KRaft cluster id: 16 random bytes, base64url without padding (the form `kafka-storage
 * random-uuid` prints). Never one that starts with "-": one in 64 would, and the storage tool's
 * argument parser reads `-t -Abc…` as a missing id followed by an option.
 */
export function newClusterId(random: (size: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url')
    if (!id.startsWith('-')) return id
  }
}
