#include "CCollation.h"
#include <pthread.h>
#include <unicode/ucol.h>

static UCollator *collator;
static pthread_once_t opened = PTHREAD_ONCE_INIT;

static void open_collator(void) {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *c = ucol_open("vi", &status);
    if (U_FAILURE(status)) {
        if (c) ucol_close(c);
        return;
    }
    collator = c;
}

int32_t thidua_vi_sort_key(const uint16_t *text, int32_t length, uint8_t *out, int32_t capacity) {
    pthread_once(&opened, open_collator);
    if (!collator) return 0;
    return ucol_getSortKey(collator, (const UChar *)text, length, out, capacity);
}
