#!/bin/bash
# Builds dist/thidua_VERSION_amd64.deb and dist/thidua_VERSION_amd64.tar.gz (the same
# files) from a release binary, the Debian way: a debian/ source layout in a staging tree,
# dpkg-shlibdeps for Depends, dpkg-gencontrol for the control file, dpkg-deb to pack.
#
#   packaging/build-deb.sh BINARY VERSION OUTDIR WORKDIR
#
# BINARY is `swift build -c release --product thidua --static-swift-stdlib`'s thidua;
# VERSION is ThiduaVersion.current and must be the top entry of packaging/debian/changelog.
set -euo pipefail

bin=$1 version=$2 outdir=$3 work=$4
repo=$(cd "$(dirname "$0")/.." && pwd)
pkg=$repo/packaging

fail() { echo "build-deb: $*" >&2; exit 1; }
for tool in dpkg-shlibdeps dpkg-gencontrol dpkg-deb dpkg-parsechangelog; do
    command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install dpkg-dev"
done
[ -x "$bin" ] || fail "no binary at $bin"
changelog_version=$(dpkg-parsechangelog -l "$pkg/debian/changelog" -S Version)
[ "$changelog_version" = "$version" ] ||
    fail "packaging/debian/changelog is at $changelog_version but ThiduaVersion.current is $version: add an entry"

# Everything dated by the changelog, so two builds of one version give the same files.
SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -l "$pkg/debian/changelog" -S Timestamp)
export SOURCE_DATE_EPOCH

# No Swift library may be needed at run time (the runtime and Foundation are inside).
if ldd "$bin" | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU'; then
    fail "$bin still needs the Swift libraries above: build it with --static-swift-stdlib"
fi

src=$work/src
root=$src/debian/thidua
rm -rf "$src"
mkdir -p "$src/debian" "$root" "$outdir"
cp "$pkg/debian/control" "$pkg/debian/changelog" "$src/debian/"
umask 022

# The program, stripped as dh_strip does (Swift's metadata sections stay: they are not debug info).
install -D -m 0755 "$bin" "$root/usr/bin/thidua"
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$root/usr/bin/thidua"

# Samples and rubrics.
install -d "$root/usr/share/thidua/samples" "$root/usr/share/thidua/rubrics"
cp -R "$repo/Samples/inbox" "$root/usr/share/thidua/samples/inbox"
install -m 0644 "$repo/Samples/roster.csv" "$root/usr/share/thidua/samples/roster.csv"
install -m 0644 "$repo"/Templates/rubrics/*.yaml "$root/usr/share/thidua/rubrics/"

# Manual pages from the command help, English and Vietnamese.
install -d "$root/usr/share/man/man1" "$root/usr/share/man/vi/man1"
"$root/usr/bin/thidua" manual --lang en | gzip -9n > "$root/usr/share/man/man1/thidua.1.gz"
"$root/usr/bin/thidua" manual --lang vi | gzip -9n > "$root/usr/share/man/vi/man1/thidua.1.gz"

# Shell completions, as swift-argument-parser writes them.
install -d "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
    "$root/usr/share/fish/vendor_completions.d"
# A bash completion is sourced, not run: no #! line.
"$root/usr/bin/thidua" --generate-completion-script bash | sed '1{/^#!/d}' > "$root/usr/share/bash-completion/completions/thidua"
"$root/usr/bin/thidua" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_thidua"
"$root/usr/bin/thidua" --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/thidua.fish"

# The service, its user, its configuration (a conffile).
install -D -m 0644 "$pkg/thidua-serve.service" "$root/lib/systemd/system/thidua-serve.service"
install -D -m 0644 "$pkg/thidua.sysusers" "$root/usr/lib/sysusers.d/thidua.conf"
install -D -m 0644 "$pkg/serve.conf" "$root/etc/thidua/serve.conf"

# Documentation, and why lintian's one error does not apply.
install -D -m 0644 "$pkg/debian/lintian-overrides" "$root/usr/share/lintian/overrides/thidua"
install -D -m 0644 "$pkg/debian/copyright" "$root/usr/share/doc/thidua/copyright"
gzip -9nc "$pkg/debian/changelog" > "$root/usr/share/doc/thidua/changelog.Debian.gz"

# Normal modes whatever the checkout's were.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f ! -path "$root/usr/bin/thidua" -exec chmod 0644 {} +

# Control area: maintainer scripts, conffiles, then the control file with the computed Depends.
install -d -m 0755 "$root/DEBIAN"
install -m 0755 "$pkg/debian/postinst" "$pkg/debian/prerm" "$pkg/debian/postrm" "$root/DEBIAN/"
(cd "$root" && find etc -type f | sed 's|^|/|' | sort) > "$root/DEBIAN/conffiles"
chmod 0644 "$root/DEBIAN/conffiles"
(
    cd "$src"
    echo "misc:Depends=" > debian/thidua.substvars
    dpkg-shlibdeps -Tdebian/thidua.substvars debian/thidua/usr/bin/thidua
    dpkg-gencontrol -pthidua -Tdebian/thidua.substvars -Pdebian/thidua
)
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

deb=$outdir/thidua_${version}_amd64.deb
tgz=$outdir/thidua_${version}_amd64.tar.gz
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --exclude=./DEBIAN -C "$root" -cf - . | gzip -9n > "$tgz"

echo "$deb ($(du -h "$deb" | cut -f1)), $tgz"
dpkg-deb --field "$deb" Depends | sed 's/^/Depends: /'
