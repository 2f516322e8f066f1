// glibc allocator tuning (mallopt), for the thidua executable only.
#include <malloc.h>
