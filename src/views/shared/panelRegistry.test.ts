import { describe, expect, test } from 'vitest'
import { registerPanel, whenPanelShown } from './panelRegistry'

/** Stands in for a view's section element: the registry only hands it back. */
function section(name: string): HTMLElement {
  return { id: name } as unknown as HTMLElement
}

describe('the panels a lesson step points at', () => {
  test('a panel already drawn is revealed at once', () => {
    const jobs = section('jobs')
    const unregister = registerPanel('jobs', jobs)
    const revealed: HTMLElement[] = []
    whenPanelShown('jobs', (s) => revealed.push(s))
    expect(revealed).toEqual([jobs])
    unregister()
  })

  test('a panel drawn later is revealed when its view draws it, once', () => {
    const revealed: HTMLElement[] = []
    whenPanelShown('outputs', (s) => revealed.push(s))
    expect(revealed).toEqual([])
    const outputs = section('outputs')
    const unregister = registerPanel('outputs', outputs)
    const again = registerPanel('outputs', section('outputs again'))
    expect(revealed).toEqual([outputs])
    again()
    unregister()
  })

  test('a step that stopped waiting is not revealed', () => {
    const revealed: HTMLElement[] = []
    const stop = whenPanelShown('cluster', (s) => revealed.push(s))
    stop()
    const unregister = registerPanel('cluster', section('cluster'))
    expect(revealed).toEqual([])
    unregister()
  })

  test('a panel whose view went is waited for again', () => {
    registerPanel('charts', section('charts'))()
    const revealed: HTMLElement[] = []
    whenPanelShown('charts', (s) => revealed.push(s))
    expect(revealed).toEqual([])
    const charts = section('charts, drawn again')
    const unregister = registerPanel('charts', charts)
    expect(revealed).toEqual([charts])
    unregister()
  })
})
