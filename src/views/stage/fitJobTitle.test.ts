import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { boldSansWidth, fitJobTitle } from './fitJobTitle'

const job = { id: 'page-counter_shared', status: 'never started', lag: 12 }

describe("a job box's title, shortened to fit its box", () => {
  test('whole when it fits; then without the status; then the name; then the name cut in its middle', () => {
    const full = 'page-counter_shared · never started · lag 12'
    expect(fitJobTitle(job, boldSansWidth(full, 20), 20)).toBe(full)
    expect(fitJobTitle(job, boldSansWidth(full, 20) - 1, 20)).toBe('page-counter_shared · lag 12')
    expect(fitJobTitle(job, boldSansWidth('page-counter_shared', 20), 20)).toBe(
      'page-counter_shared',
    )
    const cut = fitJobTitle(job, boldSansWidth('page-counter_shared', 20) - 1, 20)
    expect(cut).toMatch(/^page.*….*shared$/)
  })

  test('never wider than the box, and keeps the end of the name that tells two jobs apart', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 40, max: 800 }),
        fc.integer({ min: 10, max: 40 }),
        (id, lag, maxPx, px) => {
          const title = fitJobTitle({ id, status: 'running', lag }, maxPx, px)
          expect(title === '…' || boldSansWidth(title, px) <= maxPx).toBe(true)
          if (!title.startsWith(id) && title !== '…') expect(id.endsWith(title.at(-1)!)).toBe(true)
        },
      ),
    )
  })
})
