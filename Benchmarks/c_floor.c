#include <zip.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
static long cnt;
static void se(void *u, const XML_Char *n, const XML_Char **a) { cnt++; }
static void ee(void *u, const XML_Char *n) {}
static void cd(void *u, const XML_Char *s, int l) { cnt += l; }
static const char *parts[] = {"_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/app.xml"};
int main(int argc, char **argv) {
    FILE *f = fopen(argv[1], "rb"); static char buf[1 << 20]; long n = fread(buf, 1, sizeof buf, f); fclose(f);
    int reps = atoi(argv[2]); char chunk[65536];
    struct rusage r0, r1; getrusage(RUSAGE_SELF, &r0);
    for (int k = 0; k < reps; k++) {
        zip_error_t e; zip_source_t *s = zip_source_buffer_create(buf, n, 0, &e);
        zip_t *z = zip_open_from_source(s, ZIP_RDONLY, &e);
        for (int p = 0; p < 8; p++) {
            zip_file_t *zf = zip_fopen(z, parts[p], ZIP_FL_NOCASE); if (!zf) continue;
            XML_Parser x = XML_ParserCreate(NULL); XML_SetElementHandler(x, se, ee); XML_SetCharacterDataHandler(x, cd);
            zip_int64_t m; while ((m = zip_fread(zf, chunk, sizeof chunk)) > 0) XML_Parse(x, chunk, (int)m, 0);
            XML_Parse(x, NULL, 0, 1); XML_ParserFree(x); zip_fclose(zf);
        }
        zip_discard(z);
    }
    getrusage(RUSAGE_SELF, &r1);
    double t = (r1.ru_utime.tv_sec - r0.ru_utime.tv_sec) + (r1.ru_utime.tv_usec - r0.ru_utime.tv_usec) / 1e6 + (r1.ru_stime.tv_sec - r0.ru_stime.tv_sec) + (r1.ru_stime.tv_usec - r0.ru_stime.tv_usec) / 1e6;
    printf("C baseline (libzip+expat, no-op callbacks): %.0f us CPU per file (%ld)\n", t / reps * 1e6, cnt);
}
