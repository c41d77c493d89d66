import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  readonly children: ReactNode
  /** What the message says could not be shown in place of `children`. */
  readonly what?: string
}

interface ErrorBoundaryState {
  readonly error: Error | null
}

/**
 * Shows a message instead of a blank page when rendering throws (or a view's code could not be
 * fetched), in place of its children only.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Rewind Lab failed to render', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    const { children, what = 'The simulation could not be shown.' } = this.props
    if (error === null) return children
    return (
      <div className="error-panel" role="alert">
        <h2>Something went wrong</h2>
        <p>{what} Reloading the page may help.</p>
        <pre>{error.message}</pre>
      </div>
    )
  }
}
