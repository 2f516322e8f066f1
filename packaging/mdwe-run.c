/* mdwe-run COMMAND [ARG…]: runs COMMAND under the seccomp filter that systemd 252
 * (Debian 12) installs for MemoryDenyWriteExecute=yes, so `make test-dist` can show that
 * thidua runs with it without booting systemd: mmap of writable and executable memory,
 * mprotect/pkey_mprotect adding PROT_EXEC and shmat with SHM_EXEC fail with EPERM
 * (systemd's src/shared/seccomp-util.c, seccomp_memory_deny_write_execute). */
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: mdwe-run COMMAND [ARG...]\n");
        return 2;
    }
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (ctx == NULL) { fprintf(stderr, "mdwe-run: seccomp_init failed\n"); return 2; }
    int rc = 0;
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(mmap), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC | PROT_WRITE, PROT_EXEC | PROT_WRITE));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(mprotect), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(pkey_mprotect), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(shmat), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, SHM_EXEC, SHM_EXEC));
    if (rc != 0) { fprintf(stderr, "mdwe-run: seccomp_rule_add failed\n"); return 2; }
    /* NoNewPrivileges=yes, as the unit sets it. */
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) { perror("mdwe-run: prctl"); return 2; }
    if (seccomp_load(ctx) != 0) { fprintf(stderr, "mdwe-run: seccomp_load failed\n"); return 2; }
    seccomp_release(ctx);
    execvp(argv[1], argv + 1);
    perror("mdwe-run: exec");
    return 127;
}
