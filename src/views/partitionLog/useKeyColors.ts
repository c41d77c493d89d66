import { useAppStore } from '../../store/appStore'
import { keyColorsFor, type KeyColorOf } from './keyColor'

type Producers = Parameters<typeof keyColorsFor>[0]

/**
 * One colouring per producers list, shared by every view: each key swatch (a store of thousands of
 * keys, the narration's entries) would otherwise index up to a thousand keys per producer as it
 * mounts.
 */
const colorings = new WeakMap<Producers, KeyColorOf>()

/** The scenario's key colours (the same function while the scenario's producers stay the same). */
export function useKeyColors(): KeyColorOf {
  const producers = useAppStore((s) => s.scenario.producers)
  let coloring = colorings.get(producers)
  if (coloring === undefined) {
    coloring = keyColorsFor(producers)
    colorings.set(producers, coloring)
  }
  return coloring
}
