import { describe, expect, test } from 'vitest'
import { DEFAULT_SCENARIO_INPUT } from './builtin'
import { builtinScenario } from './builtinScenario'
import { withAction, withNewJob } from './edit'
import { withoutAction } from './withoutAction'
import { describeProblems } from './problems'

const scenario = builtinScenario({
  ...DEFAULT_SCENARIO_INPUT,
  actions: [
    { type: 'retention.run', at: 1_000 },
    { type: 'retention.run', at: 5_000 },
  ],
})

describe('editing a scenario', () => {
  test('an action goes after every action at or before its time', () => {
    const result = withAction(scenario, { type: 'cleaner.run', at: 1_000 })
    expect(result.ok && result.value.actions.map((a) => `${a.type}@${a.at}`)).toEqual([
      'retention.run@1000',
      'cleaner.run@1000',
      'retention.run@5000',
    ])
  })

  test('an action that names nothing that exists is refused with the field', () => {
    const result = withAction(scenario, {
      type: 'roll',
      at: 0,
      topic: 'no-such-topic',
      partition: 0,
    })
    expect(!result.ok && result.problems[0]?.path).toBe('actions[0].topic')
  })

  test('an action can be taken out again', () => {
    expect(withoutAction(scenario, 0).actions).toEqual([{ type: 'retention.run', at: 5_000 }])
  })
})

describe('adding a job', () => {
  const job = {
    'job.name': 'profile-counter',
    processor: { type: 'count' as const },
    inputs: ['user-profiles'],
  }
  const start = { type: 'job.start' as const, at: 2_000, job: 'profile-counter_1', set: {} }

  test('the job never starts by itself; the action added with it starts it', () => {
    const result = withNewJob(scenario, job, start)
    if (!result.ok) throw new Error(describeProblems(result.problems))
    expect(result.value.jobs.at(-1)).toMatchObject({ 'job.name': 'profile-counter', startMs: null })
    expect(result.value.actions.filter((a) => a.type === 'job.start')).toEqual([start])
  })

  test('a job reading a topic that does not exist is refused with the field', () => {
    const result = withNewJob(scenario, { ...job, inputs: ['nope'] }, start)
    expect(!result.ok && result.problems[0]?.message).toMatch(/nope/)
  })
})
