#!/usr/bin/env bash
# Tests Microtower as a user gets it: builds the deb, installs it with apt (so the libraries it
# declares are pulled in), runs the installed command line and window, removes the package and
# checks the user's database is still there. .ci/run calls it after the tests.
#
#   installer/smoke-test.sh              as root on Debian or Ubuntu (CI is); installs what it needs
#
# It changes the machine: the package is installed and removed again, and the tools it needs
# (fakeroot, binutils, xvfb, x11-utils) stay installed.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

passed=0
say() { echo "smoke-test: $*"; }
ok() {
  passed=$((passed + 1))
  say "ok: $*"
}
fail() {
  echo "smoke-test: FAILED: $*" >&2
  echo "smoke-test: $passed passed, 1 failed"
  exit 1
}

[[ $(id -u) == 0 ]] || fail "run as root: it installs and removes the package"
command -v apt-get >/dev/null || fail "needs Debian or Ubuntu (apt-get)"
export DEBIAN_FRONTEND=noninteractive

# What building (fakeroot, objcopy) and the window check (Xvfb, xwininfo) need. The lists are
# read fresh: on a clean machine they may be missing, and apt needs them for the package's
# dependencies too.
say "apt-get update"
apt-get update -qq
tools=()
command -v fakeroot >/dev/null || tools+=(fakeroot)
command -v objcopy >/dev/null || tools+=(binutils)
command -v Xvfb >/dev/null || tools+=(xvfb)
command -v xwininfo >/dev/null || tools+=(x11-utils)
if ((${#tools[@]})); then
  say "installing ${tools[*]}"
  apt-get install -y -qq "${tools[@]}" >/dev/null
fi

# 1. Build the deb, as a developer would.
rm -f target/installer/microtower_*_amd64.deb
say "building the deb"
# MVNW: how to call Maven, e.g. behind a lock shared with other builds on the machine
${MVNW:-./mvnw} -B -ntp -q -Pinstaller package -DskipTests -Dinstaller.types=deb
debs=(target/installer/microtower_*_amd64.deb)
[[ -f ${debs[0]} ]] || fail "the build made no target/installer/microtower_*_amd64.deb"
deb=${debs[0]}
ok "built $deb"
built=$SECONDS

# 2. Install it as a user would: apt pulls in the declared libraries (GTK and the rest).
if dpkg -s microtower >/dev/null 2>&1; then
  say "removing an earlier microtower first"
  apt-get remove -y -qq microtower >/dev/null
fi
say "installing $deb"
apt-get install -y -qq "./$deb" >/dev/null
[[ $(command -v microtower) == /usr/bin/microtower ]] || fail "microtower is not on the PATH as /usr/bin/microtower"
[[ -f /usr/share/applications/microtower.desktop ]] || fail "no menu entry in /usr/share/applications"
icon=$(sed -n 's/^Icon=//p' /usr/share/applications/microtower.desktop)
[[ -f $icon ]] || fail "the menu entry's icon $icon is not installed"
ok "installed: /usr/bin/microtower, the menu entry and its icon"

tmp=$(mktemp -d)
# a home of its own, to see where the installed application keeps the user's data (Java takes
# user.home from the password database, not from $HOME, hence the property)
home=$tmp/home
mkdir -p "$home"
as_user=(env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u MICROTOWER_DB
  HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home")
run() { "${as_user[@]}" "$@"; }

# 3. The command line.
version=$(run microtower --version 2>/dev/null)
package_version=$(dpkg-query -W -f '${Version}' microtower)
[[ $version == "Microtower ${package_version%-*}"* ]] || fail "--version says '$version', the package is $package_version"
ok "microtower --version: $version (package $package_version)"

db=$tmp/data/db
mkdir -p "$tmp/data"
run microtower demo --db "$db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log"; fail "microtower demo failed"; }
run microtower info --db "$db" >"$tmp/info.log" 2>&1 || { cat "$tmp/info.log"; fail "microtower info failed"; }
grep -Eq '^ +nodes +[1-9]' "$tmp/info.log" || { cat "$tmp/info.log"; fail "info lists no sites after demo"; }
ok "microtower demo, then info:$(grep -E '^ +nodes' "$tmp/info.log" | head -1 | tr -s ' ')"

# 4. The window rendered headless, and checked for the map's colours: the base map's land and
#    water (ui/map/basemap/BuiltInRenderer) and the site markers' status colours
#    (network/ui/SiteStyle: the demo has 67 active sites, one planned, one disrupted).
run microtower snapshot --db "$db" --out "$tmp/view.png" >"$tmp/snapshot.log" 2>&1 ||
  { cat "$tmp/snapshot.log"; fail "microtower snapshot failed"; }
java installer/CheckSnapshot.java "$tmp/view.png" \
  land=F3F1EB:50000 water=C6DBEA:5000 active-site=0F9D76:500 planned-site=6D5BD0:20 disrupted-site=E0452B:20 ||
  fail "the snapshot does not show the map and its sites"
ok "microtower snapshot shows the base map and the sites"

# 5. The real window, on a virtual X display: GTK and the libraries the package declared must be
#    enough to open it, with the title the menu entry names.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 20); do
  [[ ! -s $tmp/display ]] || break
  sleep 0.5
done
display=:$(tr -d '[:space:]' <"$tmp/display")
[[ $display != : ]] || { cat "$tmp/xvfb.log"; fail "Xvfb did not start"; }
"${as_user[@]}" DISPLAY="$display" /usr/bin/microtower --db "$db" >"$tmp/window.log" 2>&1 &
window=$!
opened=""
for _ in $(seq 1 60); do
  opened=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -F '"Microtower — ' || true)
  [[ -z $opened ]] || break
  kill -0 "$window" 2>/dev/null || break
  sleep 1
done
kill "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
wait "$xvfb" 2>/dev/null || true
[[ -n $opened ]] || { cat "$tmp/window.log"; fail "the installed window did not open"; }
ok "the window opened: $(sed 's/^ *//' <<<"$opened" | cut -c1-100)"
[[ ! -e $home/.openjfx ]] || fail "the installed application unpacked JavaFX into ~/.openjfx instead of using its own natives"
ok "nothing unpacked into ~/.openjfx"

# the database the application makes when none is named lives in the OS user data folder
run microtower info >/dev/null 2>&1 || true
user_db=$home/.local/share/microtower/microtower.mv.db
[[ -f $user_db ]] || fail "without --db the database is not in ~/.local/share/microtower"
ok "without --db the database is in ~/.local/share/microtower"

# 6. Remove (and purge) the package: the program goes, the user's databases stay.
apt-get purge -y -qq microtower >/dev/null
[[ ! -e /opt/microtower && ! -e /usr/bin/microtower && ! -e /usr/share/applications/microtower.desktop ]] ||
  fail "removing the package left /opt/microtower, /usr/bin/microtower or the menu entry behind"
ok "removed: /opt/microtower, /usr/bin/microtower and the menu entry are gone"
[[ -f $db.mv.db && -f $user_db ]] || fail "removing the package deleted the user's database"
ok "the databases are still there after the removal"
rm -rf "$tmp"

say "built in $((built - started)) s, tested as installed in $((SECONDS - built)) s"
echo "smoke-test: $passed passed, 0 failed"
