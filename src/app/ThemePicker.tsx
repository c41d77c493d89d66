import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { effectiveTheme, type ThemePreference } from '../store/slices/theme'

const CHOICES: readonly { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

/** Applies the theme to the page (the stylesheet keys on `data-theme`) and follows the system's. */
function useApplyTheme(): void {
  const theme = useAppStore(effectiveTheme)
  const setSystemDark = useAppStore((s) => s.setSystemDark)
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)')
    const onChange = (): void => {
      setSystemDark(query.matches)
    }
    query.addEventListener('change', onChange)
    return () => {
      query.removeEventListener('change', onChange)
    }
  }, [setSystemDark])
}

/** Light, dark, or as the system says. */
export function ThemePicker() {
  useApplyTheme()
  const preference = useAppStore((s) => s.themePreference)
  const setPreference = useAppStore((s) => s.setThemePreference)
  return (
    <label className="theme-picker">
      Theme
      <select
        value={preference}
        onChange={(event) => {
          setPreference(event.target.value as ThemePreference)
        }}
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  )
}
