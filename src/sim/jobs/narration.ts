import { assertNever } from '../assert'
import { epochDateText } from '../epoch'
import type { JobEvent } from '../events'

/** One plain-language sentence for a job event (see `narration.ts` for the rest). */
export function narrateJobEvent(event: JobEvent): string {
  switch (event.type) {
    case 'job.started':
      return (
        `Job ${event.job} started with ${count(event.tasks, 'task')} in ${count(event.containers, 'container')}, running ${runConfigText(event.changed)}` +
        ` (samza.offset.default=${event.offsetDefault}${event.resetOffset ? ', samza.reset.offset=true' : ''}` +
        `, changelog ${event.changelog ?? 'none'}, output ${event.output ?? 'none'}).`
      )
    case 'job.sharedChangelog':
      return `Job ${event.job} uses changelog ${event.changelog}, which running job ${event.otherJob} also writes: two writers on one changelog give undefined state.`
    case 'job.restoring':
      return event.changelog === null
        ? `Container ${event.container} of ${event.job} started on host ${event.host}; its store has no changelog, so it starts empty.`
        : event.reopened.length > 0
          ? `Container ${event.container} of ${event.job} started on host ${event.host} and reopened the store it left there (OFFSET ${event.reopened.map((r) => r.offset).join(', ')}); it replays only the ${count(event.records, 'record')} of ${event.changelog} written after that, not all ${String(event.wholeChangelog)}, before processing.`
          : `Container ${event.container} of ${event.job} started on host ${event.host} and is restoring its store from ${event.changelog} (${count(event.records, 'record')}) before processing.`
    case 'job.restored':
      return `Container ${event.container} of ${event.job} restored ${count(event.keys, 'key')} from ${count(event.records, 'changelog record')} and began processing.`
    case 'job.positioned':
      return `${event.job} ${event.task} will read ${event.topic}-${event.partition} from offset ${event.offset}: ${positionCause(event)}.`
    case 'job.offsetOutOfRange':
      return `${event.job} ${event.task} asked ${event.topic}-${event.partition} for offset ${event.position}, which is out of range; auto.offset.reset=${event.reset} moved it to ${event.newPosition}${event.skipped > 0 ? `, so ${count(event.skipped, 'offset')} will never be processed` : ''}.`
    case 'job.processed':
      return `${event.job} ${event.task} processed ${count(event.count, 'record')} and sent ${count(event.sent, 'output message')}.`
    case 'job.staleWritesSkipped':
      return `The output guard of ${event.job} ${event.task} dropped ${count(event.count, 'write')} to ${event.topic}: ${event.guard === 'newer-input-offset' ? 'those keys already hold results of later offsets of the same input partition' : 'those keys already hold results of input records with later timestamps'}.`
    case 'job.committed':
      return `${event.job} container ${event.container} committed: ${count(event.changelogRecords, 'store change')} flushed to the changelog, then checkpoint ${event.checkpoint.map((e) => `${e.topic}-${e.partition}=${e.offset}`).join(', ') || '(nothing processed yet)'} (last processed offsets).`
    case 'job.caughtUp':
      return `${event.job} caught up with the end of its inputs ${(event.afterMs / 1000).toFixed(1)} s after it started.`
    case 'job.stopped':
      return `Job ${event.job} was stopped without a commit; on restart it will process ${count(event.uncommitted, 'record')} again.`
    case 'job.crashed':
      return `Container ${event.container} of ${event.job} ${event.cause === 'crash' ? 'crashed' : `was lost with host ${event.host}`}; ${count(event.uncommitted, 'record')} since the last checkpoint will be processed again (their outputs duplicated) ${event.restartAt === null ? 'when the job is started again: the cluster manager does not restart it, so the job fails' : `when it restarts at t=${event.restartAt} ms`}.`
    case 'checkpoint.written':
      return `CheckpointTool wrote a new checkpoint for ${event.job}${byTimestampText(event)}: ${event.entries.map((e) => `${e.topic}-${e.partition}=${e.offset}, so it resumes at ${e.offset + 1}`).join('; ')}.${event.jobRunning ? ` The job is running: it read its checkpoints when it started and ignores this one, and its next commit will overwrite it; only a container that restarts before that commit picks it up.` : ''}`
    case 'job.decommissioned':
      return `Job ${event.job} was shut down${event.deleted.length > 0 ? ` and ${event.deleted.join(' and ')} deleted` : ''}.`
    default:
      return assertNever(event)
  }
}

function positionCause(event: Extract<JobEvent, { type: 'job.positioned' }>): string {
  switch (event.cause) {
    case 'checkpoint':
      return `the checkpoint says ${event.checkpointed} was the last processed`
    case 'samza.reset.offset':
      return `samza.reset.offset=true ignores the checkpoint, so samza.offset.default=${event.offsetDefault} applies`
    case 'samza.offset.default':
      return event.offsetDefault === 'oldest'
        ? 'no checkpoint, and samza.offset.default=oldest starts at the log start'
        : 'no checkpoint, and samza.offset.default=upcoming starts at the log end (history is not read)'
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * Which config a run uses: a start deploys the declared job.properties plus its own `set`, so what
 * one start changed never carries over to the next.
 */
export function runConfigText(changed: readonly string[]): string {
  return changed.length === 0
    ? 'its declared job.properties unchanged'
    : `its declared job.properties with ${changed.join(', ')}`
}

/** How CheckpointTool found offsets by time: the time as written, and as a date on a real date. */
function byTimestampText(event: Extract<JobEvent, { type: 'checkpoint.written' }>): string {
  const t = event.byTimestamp
  if (t === null) return ''
  const when =
    event.onRealDate === true ? `${epochDateText(t)} (epoch ${String(t)} ms)` : `t=${String(t)} ms`
  return ` (offsets of the first records at or after ${when}, minus one)`
}
