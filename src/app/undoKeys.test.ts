import { describe, expect, test } from 'vitest'
import { emptyHistory, recordEdit } from '../store/editHistory'
import { runUndoCommand, undoCommand, type Undoable } from './undoKeys'

const keys = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }

describe('the undo keys', () => {
  test('Ctrl or ⌘ with Z undoes; with Shift+Z or Y redoes; other keys are not ours', () => {
    expect(undoCommand({ ...keys, key: 'z', ctrlKey: true })).toBe('undo')
    expect(undoCommand({ ...keys, key: 'z', metaKey: true })).toBe('undo')
    expect(undoCommand({ ...keys, key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(undoCommand({ ...keys, key: 'y', ctrlKey: true })).toBe('redo')
    expect(undoCommand({ ...keys, key: 'z' })).toBeNull()
    expect(undoCommand({ ...keys, key: 'z', ctrlKey: true, altKey: true })).toBeNull()
    expect(undoCommand({ ...keys, key: 'c', ctrlKey: true })).toBeNull()
  })

  test('the command goes to the target holding the newest edit', () => {
    const done: string[] = []
    const target = (name: string, history: Undoable['history']): Undoable => ({
      history,
      undo: () => done.push(`undo ${name}`),
      redo: () => done.push(`redo ${name}`),
    })
    const older = target('scenario', recordEdit(emptyHistory<number>(), 1, 'a'))
    const newer = target('lesson', recordEdit(emptyHistory<number>(), 1, 'b'))
    expect(runUndoCommand('undo', [older, newer])).toBe(true)
    expect(runUndoCommand('redo', [older, newer])).toBe(false)
    expect(done).toEqual(['undo lesson'])
  })
})
