#ifndef THIDUA_CCOLLATION_H
#define THIDUA_CCOLLATION_H
#include <stdint.h>

/// Writes ICU's Vietnamese ("vi") collation key of the UTF-16 `text` into `out` and
/// returns the key's length; a length above `capacity` means `out` was too small (call
/// again with that many bytes). Returns 0 when ICU cannot open the Vietnamese collator.
/// Thread-safe: one collator, opened once, used only through const calls.
///
/// ICU's types stay in the .c file: Swift cannot import the system's <unicode/…> headers
/// beside Foundation's private copy of ICU (their enums clash).
int32_t thidua_vi_sort_key(const uint16_t *text, int32_t length, uint8_t *out, int32_t capacity);

#endif
