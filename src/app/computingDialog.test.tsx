import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ComputingBox } from './ComputingDialog'

const computing = { stage: 'computing', name: 'A heavy link', fraction: 0.42 } as const

describe('the computing dialog', () => {
  it('offers Cancel while the scenario is computed', () => {
    const html = renderToStaticMarkup(<ComputingBox computing={computing} />)
    expect(html).toContain('42%')
    expect(html).toMatch(
      /<button type="button" class="button">Cancel and open the default scenario/,
    )
  })

  it('held on screen after the computing ended, it keeps the last figure and Cancel is disabled', () => {
    const html = renderToStaticMarkup(<ComputingBox computing={computing} ended />)
    expect(html).toContain('42%')
    expect(html).toMatch(/<button type="button" class="button" disabled="">Cancel/)
  })

  it('while a long link is read, says so, with no figure yet, and offers Cancel', () => {
    const html = renderToStaticMarkup(<ComputingBox computing={{ stage: 'reading' }} />)
    expect(html).toContain('<h2 id="computing-title">Reading the link…</h2>')
    expect(html).toContain('<progress class="computing__bar" aria-label="Link read">')
    expect(html).not.toContain('%')
    expect(html).toMatch(
      /<button type="button" class="button">Cancel and open the default scenario/,
    )
  })
})
