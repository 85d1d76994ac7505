// SHA-256 from @noble/hashes: the viewer's worker makes kits too, and WebCrypto is missing from
// pages served over plain HTTP.
import { sha256 as digest } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/** Hex SHA-256 of the bytes. */
export const sha256 = (bytes: Uint8Array): string => bytesToHex(digest(bytes))
