import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Scene, SceneTransition } from '../../derive/scene'
import { ease, eventsBetween, hasMotion, transition } from '../../derive/scene'
import type { SimEvent } from '../../sim'

/** What the stage draws between two scenes: the scene before, what changed, and how far along. */
export interface StageMotion {
  /** The scene before the step while the motion runs, else null (draw the scene as it is). */
  readonly before: Scene | null
  readonly transition: SceneTransition | null
  /** Eased progress, 0 (the scene before) to 1 (at rest). */
  readonly progress: number
  /** What the last step changed: highlighted after the motion ends, until something changes again. */
  readonly changed: ReadonlySet<string>
}

/** While the time line is dragged, lanes out of sight are held as they were (useHoldUnseenLanes). */
export interface DragLanes {
  /** Whether the scene was built with lanes held. */
  readonly held: boolean
  /** The scene at `time` like `like` (same width and selection), every lane built at that time. */
  readonly wholeAt: (time: number, like: Scene) => Scene
}

/** Long enough for a class to follow a record into the log, short enough not to hold anyone up. */
const DURATION_MS = 600

const AT_REST: StageMotion = { before: null, transition: null, progress: 1, changed: new Set() }

// A change made while a pointer is held down (dragging the time line) jumps: the scrubber seeks on
// pointerdown and pointermove, a button click seeks after pointerup.
let pointerHeld = false
if (typeof document !== 'undefined') {
  const hold = (held: boolean) => (): void => {
    pointerHeld = held
  }
  document.addEventListener('pointerdown', hold(true), true)
  document.addEventListener('pointerup', hold(false), true)
  document.addEventListener('pointercancel', hold(false), true)
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Whether a change of time now jumps to the new scene rather than animating to it. */
function jumps(): boolean {
  return pointerHeld || reducedMotion()
}

/**
 * Animates the stage from the scene it showed to `scene` when time moves by a step (next or
 * previous event, a lesson step, play): one requestAnimationFrame loop advances the progress, and
 * the renderer interpolates positions and opacity from the transition. Dragging the time line or
 * `prefers-reduced-motion` jumps straight to the new scene; the highlight of what changed stays.
 */
export function useSceneMotion(
  scene: Scene | null,
  history: readonly SimEvent[],
  drag: DragLanes,
): StageMotion {
  const [motion, setMotion] = useState<StageMotion>(AT_REST)
  const shown = useRef<{ scene: Scene | null; held: boolean }>({ scene: null, held: false })
  /** When the last step began. */
  const stepFrom = useRef<number | null>(null)
  const frame = useRef(0)
  const { held, wholeAt } = drag
  // A jump is worked out while rendering the new scene: set from an effect, what it changed took
  // a second render of the whole stage on every step of a drag.
  const [rendered, setRendered] = useState(scene)
  if (rendered !== scene) {
    setRendered(scene)
    if (rendered !== null && scene !== null && rendered.time !== scene.time && jumps()) {
      const change = transition(rendered, scene, eventsBetween(history, rendered.time, scene.time))
      const changed = change.changed.size > 0 ? change.changed : motion.changed
      if (motion.before !== null || changed !== motion.changed) setMotion({ ...AT_REST, changed })
    }
  }
  useLayoutEffect(() => {
    const { scene: before, held: heldBefore } = shown.current
    shown.current = { scene, held }
    if (before === null || scene === null) return
    if (before.time === scene.time) {
      // A new width, zoom or selection at the same time is a new layout, not a change to watch;
      // but lanes a drag held come back built at the cursor when it ends, and what its last step
      // changed in them (and in every other lane) is found from that step's start, built whole.
      const from = stepFrom.current
      if (!heldBefore || held || from === null) return
      const whole = transition(
        wholeAt(from, scene),
        scene,
        eventsBetween(history, from, scene.time),
      )
      if (whole.changed.size > 0) setMotion((old) => ({ ...old, changed: whole.changed }))
      return
    }
    stepFrom.current = before.time
    if (jumps()) {
      cancelAnimationFrame(frame.current)
      return
    }
    const change = transition(before, scene, eventsBetween(history, before.time, scene.time))
    const changed = (old: StageMotion): ReadonlySet<string> =>
      change.changed.size > 0 ? change.changed : old.changed
    // Time moved but nothing on the stage did (playing between two events): a motion under way runs on.
    if (!hasMotion(before, scene, change)) {
      setMotion((old) => ({ ...old, changed: changed(old) }))
      return
    }
    cancelAnimationFrame(frame.current)
    setMotion((old) => ({ before, transition: change, progress: 0, changed: changed(old) }))
    let start: number | null = null
    const tick = (now: number): void => {
      start ??= now
      const done = now - start >= DURATION_MS
      setMotion((old) =>
        done
          ? { ...AT_REST, changed: old.changed }
          : { ...old, progress: ease((now - (start ?? now)) / DURATION_MS) },
      )
      if (!done) frame.current = requestAnimationFrame(tick)
    }
    frame.current = requestAnimationFrame(tick)
  }, [scene, history, held, wholeAt])
  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current)
    },
    [],
  )
  return motion
}
