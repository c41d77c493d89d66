import type { AppSlice } from '../appStore'

/** What the user chose; "system" follows the operating system's light or dark setting. */
export type ThemePreference = 'system' | 'light' | 'dark'
export type Theme = 'light' | 'dark'

/**
 * The colour theme: a display preference of this browser (kept in its storage), so never part of
 * the scenario, the link or an undoable edit.
 */
export interface ThemeState {
  readonly themePreference: ThemePreference
  /** What the operating system asks for now, followed while the preference is "system". */
  readonly systemDark: boolean
}

export interface ThemeActions {
  setThemePreference: (preference: ThemePreference) => void
  setSystemDark: (dark: boolean) => void
}

const STORAGE_KEY = 'rewind-lab:theme'

function storedPreference(): ThemePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    // Storage can be blocked (private windows, policies): the system setting still works.
    return 'system'
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
}

/** The theme this browser starts with: the stored preference and the system's setting. */
export function initialTheme(): ThemeState {
  return { themePreference: storedPreference(), systemDark: systemPrefersDark() }
}

/** The theme on screen: the preference, or the system's when the preference is "system". */
export function effectiveTheme(state: ThemeState): Theme {
  if (state.themePreference !== 'system') return state.themePreference
  return state.systemDark ? 'dark' : 'light'
}

export const createThemeSlice: AppSlice<ThemeActions> = (set) => ({
  setThemePreference: (themePreference) => {
    try {
      localStorage.setItem(STORAGE_KEY, themePreference)
    } catch {
      // Not remembered across reloads, but applied now.
    }
    set({ themePreference })
  },
  setSystemDark: (systemDark) => {
    set({ systemDark })
  },
})
