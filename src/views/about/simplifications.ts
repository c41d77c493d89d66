/**
 * What the simulator does differently from a real cluster, in the words a class needs. The full,
 * precise list is in docs/scenario-format.md ("What the simulator simplifies"); keep them in step.
 */
export const SIMPLIFICATIONS: readonly {
  readonly area: string
  readonly items: readonly string[]
}[] = [
  {
    area: 'Kafka log',
    items: [
      'One log cleaner thread for the whole cluster. A pass takes no simulated time unless log.cleaner.io.max.bytes.per.second throttles it; then it reads and writes at that steady rate (Kafka sleeps in 300 ms steps) and its result replaces the old segments at its end (Kafka swaps each cleaned group in as it goes).',
      'Record sizes are 1 unit each, an approximation of bytes, or a v2 batch’s exact bytes fixed at append (a real cleaner re-encodes a tombstone’s batch); index-full rolls are not modelled.',
      'A consumer’s poll reads across segments; one real Fetch answers from one segment, so a real poll may get fewer records.',
      'Each generated record is its own batch; keyless records without a partition go to partition 0.',
      'Deleted segments vanish at once (file.delete.delay.ms only delays removing files nobody can read).',
    ],
  },
  {
    area: 'Brokers and replication',
    items: [
      'Replication is instant: the high watermark equals the log end offset and a leader change loses nothing.',
      'A failed broker leaves the ISR at once; leadership never moves back to the preferred replica by itself.',
      'Replicas are placed by a fixed rule; no transactions, idempotent producers or tiered storage.',
      'A scenario producer drops a send to an offline partition; a job’s producer retries, so the job stalls.',
    ],
  },
  {
    area: 'Samza jobs',
    items: [
      'Only the low-level API, with three built-in processors and one store per job.',
      'Work takes time through two knobs: a processing rate per task and a restore rate per container.',
      'Store writes reach the changelog only at commit (Samza’s write cache may let a busy store send some earlier; its transactional restore then reads only up to the last checkpoint and trims the rest, so the restored store is the same, and a restart in place replays nothing either way); a restore reads the whole changelog, or with host affinity only what follows the copy the last commit left on the host.',
      'Host affinity keeps one store copy per task and host, checked against the changelog, not the checkpoint; a failed host always loses its disk.',
      'Checkpoint messages have a simplified format; idle tasks wake on the next append instead of polling.',
      'The output guard (write only if the source is newer, by record timestamp or by input offset) is a table the simulator keeps, not a Kafka or Samza feature.',
    ],
  },
]
