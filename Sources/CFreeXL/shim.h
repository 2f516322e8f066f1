#include <freexl.h>

/* glibc ≥ 2.27 exports memfd_create; declared here because Swift's Glibc module hides it.
   libfreexl opens workbooks by path only: the bytes go to an anonymous in-memory file. */
extern int memfd_create(const char *name, unsigned int flags);
