import { describe, expect, test } from 'vitest'
import { ACTION_LABELS } from '../../sim'
import { ACTION_COMMANDS } from '../realWorld/actionCommands'
import { ACTION_GROUPS, familyOf, isFormChoice } from './buildAction'

/** Every kind of scenario action, as the scenario format's own list of names holds them. */
const KINDS = Object.keys(ACTION_LABELS)

describe('every action kind has a definition', () => {
  test('the registry gives each kind its real-world commands, and nothing else', () => {
    expect(Object.keys(ACTION_COMMANDS).sort()).toEqual([...KINDS].sort())
  })

  test('the form offers each kind, in exactly one family and one group', () => {
    const listed = ACTION_GROUPS.flatMap((g) => g.actions.map((a) => a.type))
    for (const kind of KINDS) {
      expect(isFormChoice(kind), kind).toBe(true)
      if (isFormChoice(kind)) expect(() => familyOf(kind)).not.toThrow()
      expect(
        listed.filter((type) => type === kind),
        kind,
      ).toHaveLength(1)
    }
  })

  test('a value that is no choice is refused by the select', () => {
    expect(isFormChoice('toString')).toBe(false)
    expect(isFormChoice('job.explode')).toBe(false)
  })
})
