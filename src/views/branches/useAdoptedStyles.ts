import { useEffect, useRef } from 'react'

/**
 * Applies `css` to the document for as long as the component is mounted, through a constructed
 * stylesheet: the page's Content Security Policy refuses inline `<style>`, not the CSS object model.
 */
export function useAdoptedStyles(css: string): void {
  const sheet = useRef<CSSStyleSheet | null>(null)
  useEffect(() => {
    const own = new CSSStyleSheet()
    sheet.current = own
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own)
      sheet.current = null
    }
  }, [])
  useEffect(() => {
    sheet.current?.replaceSync(css)
  }, [css])
}
