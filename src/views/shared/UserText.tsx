import { showInvisibles } from '../../sim'

/**
 * A user's string (a key, a value, a name) inside our text: isolated, so a right-to-left override
 * in it cannot reorder what follows, with characters that draw nothing shown as `⟨U+200B⟩`.
 */
export function UserText({ text }: { readonly text: string }) {
  return <bdi className="user-text">{showInvisibles(text)}</bdi>
}
