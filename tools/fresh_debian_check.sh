#!/usr/bin/env bash
# The README's two commands on a bare Debian 12, from an empty directory, as a new user meets them.
#
#   sudo tools/fresh_debian_check.sh            # checks the committed HEAD of this repository
#
# Builds a minimal Debian (debootstrap --variant=minbase) with only python3, git and
# ca-certificates, clones this repository into an empty directory there, and runs as root:
#   1. ./dev.sh test --collect-only -q   the whole set-up (apt packages, .venv, build) — needs network
#   2. ./dev.sh test                     the whole suite, in a network namespace of its own, so its
#                                        pcscd and virtual readers (TCP 35963/35964) never meet the
#                                        host's or a colleague's
#   3. ./dev.sh run                      installs the window packages, finds no display and starts the
#                                        counter in training mode on a virtual screen (xvfb-run); passes
#                                        when it is still running after RUN_SECONDS with its training
#                                        platform's database made
# Prints the time of each step. Needs root, debootstrap (installed when missing), unshare and
# network access to a Debian mirror and to PyPI. Not part of CI (it takes minutes).
# Settings: SUITE (bookworm), MIRROR, ROOTFS (/var/tmp/balie-fresh-debian), RUN_SECONDS (90, the window packages' install included),
# KEEP=1 to keep the root file system afterwards for a look inside.
set -euo pipefail

SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
ROOTFS=${ROOTFS:-/var/tmp/balie-fresh-debian}
RUN_SECONDS=${RUN_SECONDS:-90}
REPO=$(cd "$(dirname "$0")/.." && pwd)
T0=$SECONDS
say() { echo "[fresh-debian +$((SECONDS - T0))s] $*"; }
die() { echo "[fresh-debian] FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and mounts need it)"
command -v unshare >/dev/null || die "unshare (util-linux) is needed"
if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

# A root file system of its own; the mounts live in a private mount namespace (below), so an
# aborted check leaves nothing mounted on the host.
case "$ROOTFS" in /|/usr|/var|/tmp|"") die "refusing ROOTFS=$ROOTFS" ;; esac
rm -rf --one-file-system "$ROOTFS"
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf --one-file-system "$ROOTFS"; }
trap cleanup EXIT

say "debootstrap --variant=minbase $SUITE (python3 git ca-certificates on top)"
debootstrap --variant=minbase --include=python3,git,ca-certificates "$SUITE" "$ROOTFS" "$MIRROR" \
    >/tmp/balie-fresh-debootstrap.log 2>&1 || { tail -30 /tmp/balie-fresh-debootstrap.log; die "debootstrap"; }
T_BOOT=$SECONDS
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
# A network with TLS inspection signs PyPI's certificates with its own CA: give the new system the
# same extra CAs the host trusts (none on an ordinary network).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$ROOTFS/usr/local/share/ca-certificates/"
    chroot "$ROOTFS" update-ca-certificates >/dev/null 2>&1
fi

say "cloning $(git -C "$REPO" rev-parse --short HEAD) into an empty /root/balie"
git clone -q --no-local "$REPO" "$ROOTFS/root/balie"

# Inside a private mount namespace: the root bound onto itself (a chroot's / is otherwise no mount
# point, and the tests' private pcscd needs `unshare --propagation private`), /proc, /sys and /dev
# for pcscd, Qt and Python, a tmpfs /run (pcscd's socket) and /dev/shm of their own.
inside() {
    local net=$1; shift
    local script='
        set -e
        R=$1; shift
        mount --bind "$R" "$R"  # the new root is a mount point, as on a real machine (unshare needs it)
        mount -t proc proc "$R/proc"
        mount --rbind /sys "$R/sys"
        mount --rbind /dev "$R/dev"
        mount -t tmpfs tmpfs "$R/dev/shm"
        mount -t tmpfs tmpfs "$R/run"
        mkdir -p "$R/run/lock"
        if [ "$NETNS" = 1 ]; then ip link set lo up; fi
        exec chroot "$R" /usr/bin/env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            /bin/bash -c "cd /root/balie && $*"'
    if [ "$net" = isolated ]; then
        NETNS=1 unshare --mount --propagation private --net --pid --fork bash -c "$script" sh "$ROOTFS" "$@"
    else
        NETNS=0 unshare --mount --propagation private --pid --fork bash -c "$script" sh "$ROOTFS" "$@"
    fi
}

say "1/3 ./dev.sh test --collect-only -q (the set-up, with network)"
S=$SECONDS
inside network "./dev.sh test --collect-only -q 2>&1 | tail -3" || die "./dev.sh test set-up"
T_SETUP=$((SECONDS - S))

say "2/3 ./dev.sh test (isolated network namespace)"
S=$SECONDS
inside isolated "./dev.sh test -rfE > /root/test.log 2>&1" \
    || { grep -A60 "= FAILURES =" "$ROOTFS/root/test.log" | head -150; tail -15 "$ROOTFS/root/test.log";
         die "./dev.sh test (whole log: $ROOTFS/root/test.log with KEEP=1)"; }
tail -3 "$ROOTFS/root/test.log"
T_TEST=$((SECONDS - S))

say "3/3 ./dev.sh run, headless (still running after ${RUN_SECONDS}s?)"
S=$SECONDS
touch "$ROOTFS/root/run.started"
set +e
inside network "timeout -k 10 -s TERM $RUN_SECONDS ./dev.sh run > /root/run.log 2>&1; echo \$? > /root/run.rc"
set -e
T_RUN=$((SECONDS - S))
rc=$(cat "$ROOTFS/root/run.rc" 2>/dev/null || echo missing)
tail -15 "$ROOTFS/root/run.log"
[ "$rc" = 124 ] || die "./dev.sh run ended by itself (exit $rc) instead of running until stopped"
find "$ROOTFS" -xdev -name training-platform.sqlite3 -newer "$ROOTFS/root/run.started" | grep -q . \
    || die "./dev.sh run kept running but its training platform never created its database"
grep -q Traceback "$ROOTFS/root/run.log" && die "./dev.sh run printed a traceback"

say "PASSED: debootstrap $((T_BOOT))s, set-up ${T_SETUP}s, suite ${T_TEST}s, run (incl. window packages) ${T_RUN}s; total $((SECONDS - T0))s"
