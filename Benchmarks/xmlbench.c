// Throwaway benchmark: expat SAX vs libxml2 xmlTextReader on one worksheet XML.
// Both count <c> elements and sum the bytes of <v> text, fed from memory.
#include <expat.h>
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
typedef struct { long cells, vbytes; int inV; } St;
static void se(void *u, const XML_Char *n, const XML_Char **a) {
    St *s = u; const char *l = strrchr(n, ':'); l = l ? l + 1 : n;
    if (l[0] == 'c' && l[1] == 0) { s->cells++; for (; *a; a += 2) if (a[0][0] == 'r' && !a[0][1]) s->vbytes += strlen(a[1]); }
    else if (l[0] == 'v' && l[1] == 0) s->inV = 1;
}
static void ee(void *u, const XML_Char *n) { ((St *)u)->inV = 0; }
static void cd(void *u, const XML_Char *t, int len) { St *s = u; if (s->inV) s->vbytes += len; }

static void run_expat(const char *buf, long n, St *s) {
    XML_Parser p = XML_ParserCreate(NULL);
    XML_SetUserData(p, s); XML_SetElementHandler(p, se, ee); XML_SetCharacterDataHandler(p, cd);
    for (long off = 0; off < n; off += 65536) {  // streamed in 64 KiB chunks as from zip_fread
        long len = n - off < 65536 ? n - off : 65536;
        if (!XML_Parse(p, buf + off, (int)len, off + len >= n)) { fprintf(stderr, "expat error\n"); exit(1); }
    }
    XML_ParserFree(p);
}
static void run_reader(const char *buf, long n, St *s) {
    xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)n, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOENT * 0);
    while (xmlTextReaderRead(r) == 1) {
        int t = xmlTextReaderNodeType(r);
        if (t == 1) {
            const xmlChar *l = xmlTextReaderConstLocalName(r);
            if (l[0] == 'c' && !l[1]) { s->cells++; xmlChar *v = xmlTextReaderGetAttribute(r, (const xmlChar *)"r"); if (v) { s->vbytes += strlen((char *)v); xmlFree(v); } }
            else if (l[0] == 'v' && !l[1]) s->inV = !xmlTextReaderIsEmptyElement(r);
        } else if (t == 3 && s->inV) { s->vbytes += strlen((const char *)xmlTextReaderConstValue(r)); }
        else if (t == 15) s->inV = 0;
    }
    xmlFreeTextReader(r);
}
int main(int argc, char **argv) {
    FILE *f = fopen(argv[1], "rb"); fseek(f, 0, SEEK_END); long n = ftell(f); rewind(f);
    char *buf = malloc(n); fread(buf, 1, n, f); fclose(f);
    int reps = argc > 2 ? atoi(argv[2]) : 5;
    for (int k = 0; k < 2; k++) {
        double best = 1e9; St s = {0};
        for (int i = 0; i < reps; i++) { St t = {0}; double t0 = now(); (k ? run_reader : run_expat)(buf, n, &t); double d = now() - t0; if (d < best) best = d; s = t; }
        printf("%-14s %8.2f ms  %6.1f MB/s  cells=%ld vbytes=%ld\n", k ? "xmlTextReader" : "expat", best * 1e3, n / best / 1e6, s.cells, s.vbytes);
    }
    return 0;
}
