/** Single-line printable text: what it may not hold, and how to show what it may not hold. */

/** Control characters (Unicode Cc, C0 and C1) and the line and paragraph separators. */
const CONTROL_CHARACTER = /[\p{Cc}\u2028\u2029]/u

/** The index of the first control character or line break in the text, or -1. */
export const firstControlCharacter = (text: string): number => text.search(CONTROL_CHARACTER)

/** A character as a \u escape: a line feed is \u000a. */
export const unicodeEscape = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`

/** The text with its control characters and line breaks as \u escapes: one printable line. */
export const escapeControlCharacters = (text: string): string =>
  text.replace(new RegExp(CONTROL_CHARACTER, 'gu'), unicodeEscape)
