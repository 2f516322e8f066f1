#!/bin/bash
# Proves the package on a clean Debian 12 with no Swift toolchain: a debootstrap minbase
# chroot (cached as a tarball under WORKDIR, so a second run needs no download), the .deb
# installed with apt, then one line per check. Needs root and Debian's mirror.
#
#   packaging/test-deb.sh DEB VERSION WORKDIR
set -euo pipefail

deb=$(readlink -f "$1") version=$2 work=$(mkdir -p "$3" && readlink -f "$3")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=$work/bookworm-minbase.tar.gz
root=$work/chroot

die() { echo "test-dist: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mount)"
[ -f "$deb" ] || die "no package at $1: run make dist"

if [ ! -f "$cache" ]; then
    if ! command -v debootstrap >/dev/null; then
        echo "Installing debootstrap…"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    fi
    echo "debootstrap bookworm (minbase) from $mirror, cached in $cache…"
    rm -rf "$work/bootstrap"
    debootstrap --variant=minbase bookworm "$work/bootstrap" "$mirror" > "$work/debootstrap.log" 2>&1 ||
        die "debootstrap failed, see $work/debootstrap.log"
    tar -C "$work/bootstrap" -czf "$cache.part" . && mv "$cache.part" "$cache"
    rm -rf "$work/bootstrap"
fi

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    # Only remove the tree once nothing is mounted in it any more.
    if ! grep -q " $root/" /proc/self/mounts; then rm -rf "$root"; fi
}
trap cleanup EXIT
mount_in() { mount "$@" && mounted+=("${@: -1}"); }

grep -q " $root/" /proc/self/mounts && die "$root still has mounts from an earlier run: umount them first"
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xzf "$cache"
mount_in -t proc proc "$root/proc"
mount_in --bind /dev "$root/dev"
mount_in -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666
mount_in -t tmpfs tmpfs "$root/run"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Nothing installed in the chroot may start a daemon.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

failures=0
check() { # check NAME COMMAND…: one line, PASS or FAIL with what the command said.
    local name=$1 out
    shift
    if out=$("$@" 2>&1); then
        echo "PASS  $name"
    else
        echo "FAIL  $name"
        printf '%s\n' "$out" | tail -n 15 | sed 's/^/      | /'
        failures=$((failures + 1))
    fi
}

apt_install() { in_root apt-get install -y -q --no-install-recommends "$@" > "$work/apt.log" 2>&1 ||
    { tail -n 30 "$work/apt.log"; return 1; }; }

in_root apt-get update -q > "$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log"; die "apt-get update failed"; }
name=$(basename "$deb")

check "clean Debian 12 with no Swift toolchain" \
    in_root sh -c '. /etc/os-release; [ "$VERSION_ID" = 12 ] && ! command -v swift && [ -z "$(find / -xdev -name "libswiftCore.so*" -print -quit)" ]'
check "apt-get install ./$name" apt_install "/tmp/$name"
check "thidua --version is $version" in_root sh -c "[ \"\$(thidua --version)\" = '$version' ]"
check "ldd /usr/bin/thidua: every library found, no Swift library" \
    in_root sh -c 'l=$(ldd /usr/bin/thidua) && echo "$l" && ! echo "$l" | grep -Ei "not found|libswift|libFoundation|libdispatch|libBlocksRuntime"'
check "thidua user and group exist (system, no login)" \
    in_root sh -c 'getent passwd thidua && getent group thidua && [ "$(id -u thidua)" -lt 1000 ] &&
        getent passwd thidua | grep -q ":/var/lib/thidua:" && getent passwd thidua | grep -q nologin'
check "/var/lib/thidua/{bai-nop,ket-qua} belong to thidua" \
    in_root sh -c 'for d in /var/lib/thidua /var/lib/thidua/bai-nop /var/lib/thidua/ket-qua; do
        [ "$(stat -c %U:%G "$d")" = thidua:thidua ] || { stat -c "%n %U:%G" "$d"; exit 1; }; done'
check "/etc/thidua/serve.conf is a conffile" in_root sh -c 'dpkg-query -W -f="\${Conffiles}" thidua | grep -q /etc/thidua/serve.conf'

consolidate() {
    local status=0
    in_root thidua consolidate /usr/share/thidua/samples/inbox --roster /usr/share/thidua/samples/roster.csv \
        -o /tmp/r.xlsx --json /tmp/r.json -q || status=$?
    [ "$status" = 1 ] || { echo "exit $status, expected 1 (some samples have errors on purpose)"; return 1; }
    [ "$(head -c 2 "$root/tmp/r.xlsx")" = PK ] || { echo "no report at /tmp/r.xlsx"; return 1; }
    python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
subs = d["submissions"]
assert len(subs) > 10 and d["rubric"]["id"], "too few submissions"
print(len(subs), "submissions,", sum(s["status"] == "invalid" for s in subs), "invalid")' "$root/tmp/r.json"
}
check "thidua consolidate on the samples: exit 1, report written, JSON parses" consolidate
# MemoryDenyWriteExecute=yes cannot be tried without a booted systemd: mdwe-run installs the
# same seccomp filter (systemd 252's), proven on a W+X mmap first, then runs consolidate under it.
mdwe() {
    if [ ! -f /usr/include/seccomp.h ]; then
        apt-get install -y -qq libseccomp-dev >/dev/null 2>&1 || { echo "cannot install libseccomp-dev"; return 1; }
    fi
    cc -O2 -Wall -o "$root/tmp/mdwe-run" "$(dirname "$0")/mdwe-run.c" -lseccomp || return 1
    local wx='print syscall(9, 0, 4096, 7, 0x22, -1, 0) == -1 ? "denied" : "allowed"'
    [ "$(in_root perl -e "$wx")" = allowed ] || { echo "W+X mmap fails even without the filter"; return 1; }
    [ "$(in_root /tmp/mdwe-run perl -e "$wx")" = denied ] || { echo "the filter lets W+X mmap through"; return 1; }
    local status=0
    in_root /tmp/mdwe-run thidua consolidate /usr/share/thidua/samples/inbox \
        --roster /usr/share/thidua/samples/roster.csv -o /tmp/mdwe.xlsx -q || status=$?
    [ "$status" = 1 ] && [ -s "$root/tmp/mdwe.xlsx" ] || { echo "exit $status under the filter"; return 1; }
}
check "MemoryDenyWriteExecute: consolidate runs under its seccomp filter" mdwe
check "completions: bash, zsh, fish" in_root sh -c '
    [ -s /usr/share/bash-completion/completions/thidua ] && [ -s /usr/share/zsh/vendor-completions/_thidua ] &&
    [ -s /usr/share/fish/vendor_completions.d/thidua.fish ] && bash -n /usr/share/bash-completion/completions/thidua'

check "install man-db (for the test only)" apt_install man-db
# man renders with no message from groff on standard error, and the page has its sections.
man_renders() { # LANGUAGE HEADING
    in_root sh -c 'out=$(MANWIDTH=80 man -L "$1" -P cat thidua 2>/tmp/man.err); s=$?; cat /tmp/man.err;
        [ $s = 0 ] && [ ! -s /tmp/man.err ] && echo "$out" | grep -q "^$2" && echo "$out" | grep -q "thidua consolidate" ||
        { echo "$out" | head -n 20; exit 1; }' sh "$1" "$2"
}
check "man thidua renders (English)" man_renders en SYNOPSIS
check "man -L vi thidua renders (Vietnamese)" man_renders vi "CÁCH DÙNG"
check "whatis thidua (the NAME line is indexed)" in_root sh -c 'mandb -q 2>/dev/null; whatis thidua'

check "install systemd (for the test only)" apt_install systemd
check "systemd-analyze verify thidua-serve.service" \
    in_root sh -c 'out=$(systemd-analyze verify /lib/systemd/system/thidua-serve.service 2>&1); s=$?; echo "$out";
        [ $s = 0 ] && ! echo "$out" | grep -q thidua-serve'
check "apt-get purge removes /var/lib/thidua and /etc/thidua" \
    in_root sh -c 'apt-get purge -y -q thidua >/dev/null && [ ! -e /var/lib/thidua ] && [ ! -e /etc/thidua ] && ! command -v thidua'
check "reinstall with systemd present: sysusers.d creates the user" \
    in_root sh -c 'userdel thidua 2>/dev/null; getent group thidua >/dev/null && groupdel thidua;
        apt-get install -y -q "/tmp/'"$name"'" >/dev/null && getent passwd thidua && [ -d /var/lib/thidua/bai-nop ]'

if [ "$failures" -gt 0 ]; then
    echo "test-dist: $failures check(s) FAILED for $name" >&2
    exit 1
fi
echo "test-dist: every check passed for $name on Debian 12 (bookworm)"
