/**
 * CheckpointTool on a running job (samza-semantics.md): the tool writes, the running job ignores the
 * new checkpoint (read only when a container starts) and overwrites it at its next commit; only a
 * container starting before that commit resumes from the edited offset.
 */
import { describe, expect, it } from 'vitest'
import type { ScenarioAction } from '../simScenario'
import { testJob } from '../testScenario'
import { readCheckpoints } from './checkpoints'
import { runCounterJob } from './testCounterJob'

const rewindWhileRunning: ScenarioAction = {
  type: 'checkpoint.write',
  at: 10_500,
  job: 'counter_1',
  offsets: [{ topic: 'events', partition: 0, offset: 4 }],
  timestamp: null,
}

function run(actions: ScenarioAction[], until: number) {
  const { world, events, job } = runCounterJob(actions, until)
  const checkpointed = readCheckpoints(world, job.spec).get('Partition 0')?.[0]?.offset
  return { events, job, checkpointed }
}

describe('CheckpointTool on a running job', () => {
  it('writes the checkpoint and says the running job will overwrite it', () => {
    const { events, job, checkpointed } = run([rewindWhileRunning], 10_500)
    expect(checkpointed).toBe(4)
    const written = events.find((e) => e.type === 'checkpoint.written')
    expect(written).toMatchObject({ jobRunning: true, actionIndex: 0 })
    expect(events.some((e) => e.type === 'action.refused')).toBe(false)
    // The running task reads on from where it was.
    expect(job.tasks[0]?.inputs[0]?.position).toBeGreaterThan(15)
  })

  it('is overwritten by the job’s next commit', () => {
    const { events, checkpointed } = run([rewindWhileRunning], 20_000)
    const nextCommit = events.find((e) => e.type === 'job.committed' && e.time > 10_500)
    expect(nextCommit?.time).toBeLessThanOrEqual(10_500 + testJob()['task.commit.ms'])
    expect(checkpointed).toBeGreaterThan(30)
    expect(events.filter((e) => e.type === 'job.positioned')).toHaveLength(1)
  })

  it('is picked up by a container that restarts before that commit', () => {
    const crash: ScenarioAction = { type: 'job.crash', at: 10_600, job: 'counter_1', container: 0 }
    const { events } = run([rewindWhileRunning, crash], 20_000)
    const positioned = events.filter((e) => e.type === 'job.positioned')
    expect(positioned.map((e) => [e.offset, e.cause])).toEqual([
      [0, 'samza.offset.default'],
      [5, 'checkpoint'],
    ])
  })
})
