import { describe, expect, test } from 'vitest'
import { ACTION_GROUPS, buildAction, EMPTY_FIELDS, familyOf } from './buildAction'
import { simpleRewindAt } from './families/testContext'

const context = simpleRewindAt(20_000)

describe('the action form', () => {
  test('every choice belongs to exactly one family', () => {
    const types = ACTION_GROUPS.flatMap((g) => g.actions.map((a) => a.type))
    expect(new Set(types).size).toBe(types.length)
    for (const type of types) expect(() => familyOf(type)).not.toThrow()
  })

  test('a log action is built at the selected partition', async () => {
    expect(await buildAction('roll', EMPTY_FIELDS, context)).toEqual({
      kind: 'action',
      action: { type: 'roll', topic: 'page-views', partition: 1 },
    })
  })

  test('a new job comes back as a job to add, not an action', async () => {
    const outcome = await buildAction(
      'job.new',
      { ...EMPTY_FIELDS, newJob: { ...EMPTY_FIELDS.newJob, inputs: 'page-views' } },
      context,
    )
    expect(outcome).toMatchObject({ kind: 'new job', job: { 'job.name': 'my-job' } })
  })

  test('a problem in the fields comes back as a sentence', async () => {
    expect(await buildAction('deleteRecords', { ...EMPTY_FIELDS, offset: 'x' }, context)).toBe(
      'The offset must be a whole number',
    )
  })
})
