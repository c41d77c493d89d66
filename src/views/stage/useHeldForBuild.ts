import { useState } from 'react'
import type { ReadonlyWorld } from '../../sim'
import { keepsEveryHeldLane, type HeldLanes } from './heldLanes'

/**
 * The held lanes to build the scene of `world` with: `held`, except that lanes newly held at the
 * same world wait for the next world (they are held as drawn, so building again would draw the
 * same picture); a lane let go, or a new world, takes `held` at once.
 */
export function useHeldForBuild(world: ReadonlyWorld, held: HeldLanes): HeldLanes {
  const [used, setUsed] = useState({ world, held })
  if (used.world === world && (used.held === held || keepsEveryHeldLane(used.held, held)))
    return used.held
  // Adjusting state while rendering (React's pattern for state derived from the last render).
  setUsed({ world, held })
  return held
}
