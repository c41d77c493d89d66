import { Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react'
import './lazyDrawer.css'

interface LazyDrawerProps {
  readonly title: string
  readonly className: string
  readonly Content: LazyExoticComponent<ComponentType>
}

/**
 * A closed panel whose content (kept out of the initial bundle) loads when it is first opened.
 * The browser owns whether it is open (no `open` prop): React only follows the toggle to mount
 * the content, so no render can ever write a stale "closed" back over the user's click.
 */
export function LazyDrawer({ title, className, Content }: LazyDrawerProps) {
  const [open, setOpen] = useState(false)
  return (
    <details
      className={`panel drawer ${className}`}
      onToggle={(e) => {
        setOpen(e.currentTarget.open)
      }}
    >
      <summary>
        <h2>{title}</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="panel__hint">Loading…</p>}>
          <Content />
        </Suspense>
      )}
    </details>
  )
}
