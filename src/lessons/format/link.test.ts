import { describe, expect, test } from 'vitest'
import { encodeEnvelope } from '../../scenario/link/fragment'
import { decodeLessonLink, encodeLessonLink, isLessonDocumentLink } from './link'
import { parseLesson } from './parse'
import { testLessonDocument } from './testLessonDocument'

const lesson = (() => {
  const result = parseLesson(testLessonDocument())
  if (!result.ok) throw new Error('the test lesson is valid')
  return result.value
})()

async function linkOf(document: unknown): Promise<string> {
  return `L=${await encodeEnvelope(new TextEncoder().encode(JSON.stringify(document)))}`
}

describe('a lesson link', () => {
  test('is told apart from scenario and built-in lesson links', async () => {
    expect(isLessonDocumentLink(await encodeLessonLink(lesson, 2))).toBe(true)
    expect(isLessonDocumentLink('#lesson=the-log&step=1')).toBe(false)
    expect(isLessonDocumentLink('#s=1dxyz&t=0')).toBe(false)
  })

  test('a step that is not a number opens the first step', async () => {
    const link = (await encodeLessonLink(lesson, 1)).replace('step=1', 'step=zero')
    expect(await decodeLessonLink(link)).toMatchObject({ ok: true, step: null })
  })

  test('damaged, cut, oversized or newer links are refused with the scenario link’s words', async () => {
    const good = await encodeLessonLink(lesson, 1)
    const cut = good.slice(0, 40)
    expect(await decodeLessonLink(cut)).toMatchObject({ ok: false })
    expect(await decodeLessonLink('L=1d!!!')).toEqual({
      ok: false,
      message:
        'The link is damaged: its “L=” part contains characters a Rewind Lab link never has (only letters, digits, “-” and “_”). Copy the whole link again from where it was shared.',
    })
    expect(await decodeLessonLink('L=7dxyz')).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer Rewind Lab (link format 7)') as string,
    })
    expect(await decodeLessonLink(`L=1d${'A'.repeat(70_000)}`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('too long') as string,
    })
  })

  test('a lesson that is not valid is refused, naming the field', async () => {
    const document = { ...testLessonDocument(), minutes: -1 }
    expect(await decodeLessonLink(await linkOf(document))).toEqual({
      ok: false,
      message: "The link's lesson is not valid: minutes: must be at least 1.",
    })
    const scenario = await linkOf({ version: 1, durationMs: 1000, topics: [{ name: 'a' }] })
    expect(await decodeLessonLink(scenario)).toMatchObject({
      ok: false,
      message: expect.stringContaining('kind: must be "lesson"') as string,
    })
  })
})
