import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export interface PreloadableView<P extends object> {
  /** The view, drawn behind a Suspense boundary until its code is loaded. */
  readonly View: LazyExoticComponent<ComponentType<P>>
  /** Loads the view's code without drawing it; resolves once loaded or failed (never rejects). */
  readonly preload: () => Promise<void>
}

/**
 * `React.lazy` with a way to load the code ahead. Once loaded, the view draws in the very render
 * that first needs it: `lazy` given a promise, even a settled one, hears back only after that
 * render, so the boundary around it shows its fallback in place of everything inside it (the panels
 * below the stage) and mounts it all again a moment later (300 ms or more).
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<{ readonly default: ComponentType<P> }>,
): PreloadableView<P> {
  type C = ComponentType<P>
  let loaded: { readonly default: C } | null = null
  let loading: Promise<{ readonly default: C }> | null = null
  const start = (): Promise<{ readonly default: C }> => {
    loading ??= load().then(
      (module) => {
        loaded = module
        return module
      },
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }
  const View = lazy(() => {
    const module = loaded
    if (module === null) return start()
    // A thenable that answers at once: `lazy` calls `then` and reads the answer in the same render.
    const settled = {
      then: (resolve: (m: { readonly default: C }) => void) => {
        resolve(module)
      },
    }
    return settled as unknown as Promise<{ default: C }>
  })
  return {
    View,
    preload: () =>
      start().then(
        () => undefined,
        () => undefined,
      ),
  }
}
