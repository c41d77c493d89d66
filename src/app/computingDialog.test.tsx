import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ComputingBox } from './ComputingDialog'

const computing = { name: 'A heavy link', fraction: 0.42 }

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
})
