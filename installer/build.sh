#!/usr/bin/env bash
# Builds Microtower's native packages from the jar and its libraries in target/ (what
# `./mvnw package` leaves there). Normally run by `./mvnw -Pinstaller package -DskipTests`.
#
#   installer/build.sh VERSION [TYPE...]     TYPE: deb rpm tar (default: all three)
#                                            msi, dmg: not verified on Linux CI, see the end
#
# Writes target/installer/microtower_<v>_amd64.deb, microtower-<v>.x86_64.rpm and
# microtower-<v>-linux-x64.tar.gz, where <v> is VERSION without "-SNAPSHOT" (package managers
# take digits and dots only). Every package must stay within MAX_PACKAGE_MB (default 80): the
# build fails when one grows past it.
#
# Needs a JDK 17+ with jmods (jlink, jpackage, jdeps), objcopy (binutils, for stripping), and
# for the deb fakeroot and dpkg-deb, for the rpm rpmbuild (Debian: apt-get install rpm).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
target=$root/target
out=$target/installer
work=$out/work

version_in=${1:?usage: installer/build.sh VERSION [deb|rpm|tar|msi|dmg ...]}
shift
# the kinds may come as one word each or as one "deb rpm tar" word (the Maven profile passes that)
read -r -a types <<<"$*"
((${#types[@]})) || types=(deb rpm tar)
version=${version_in%-SNAPSHOT}
max_mb=${MAX_PACKAGE_MB:-80}

name=microtower
title=Microtower
vendor="Microtower contributors"
description="Control tower for micro-distribution networks"
main_class=dev.microtower.Launcher
# the deb's Maintainer field; the project has no published address yet, so a release sets it
maintainer=${MICROTOWER_MAINTAINER:-unknown@localhost}
# where the packages install the application; the launcher is linked into /usr/bin
install_dir=/opt

fail() {
  echo "installer: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null || fail "$1 is missing: $2"
}

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jlink jpackage jdeps java; do
  [[ -x $java_home/bin/$tool ]] || fail "$java_home/bin/$tool is missing: set JAVA_HOME to a JDK 17 or newer"
done
[[ -f $java_home/jmods/java.base.jmod ]] ||
  fail "$java_home has no jmods, which jlink needs (Debian: apt-get install openjdk-17-jmods, or use a JDK that has them)"
need objcopy "apt-get install binutils (jlink strips native debug symbols with it)"
[[ -f $target/microtower.jar && -d $target/lib ]] || fail "no target/microtower.jar: run ./mvnw package -DskipTests first"
# every kind's tools first, so a missing one fails the build before minutes of packaging
for type in "${types[@]}"; do
  case $type in
    deb)
      need fakeroot "apt-get install fakeroot"
      need dpkg-deb "build the deb on Debian or Ubuntu"
      ;;
    rpm) need rpmbuild "apt-get install rpm (Debian) or dnf install rpm-build (Fedora)" ;;
    tar | msi | dmg) ;;
    *) fail "unknown package type '$type' (deb, rpm, tar, msi, dmg)" ;;
  esac
done

rm -rf "$work"
mkdir -p "$work/input" "$out"

# 1. The application's class path: the jar and its libraries, without Maven's empty
#    placeholder jars (org.openjfx publishes one per module beside the platform's jar) and with
#    only this platform's native libraries.
cp "$target/microtower.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
  base=$(basename "$jar")
  entries=$("$java_home/bin/jar" tf "$jar")
  if ! grep -qv '^META-INF/' <<<"$entries"; then
    continue # nothing but a manifest
  fi
  case $base in
    sqlite-jdbc-*.jar)
      "$java_home/bin/java" "$here/TrimNatives.java" "$jar" "$work/input/$base" org/sqlite/native/ Linux/x86_64/
      ;;
    *) cp "$jar" "$work/input/" ;;
  esac
done
# OpenJFX loads its natives from the folder its jar is in before it would unpack them into
# ~/.openjfx/cache: put them there, so the installed application writes nothing outside the
# user's data folders, and so jpackage sees them when it works out the deb's dependencies.
for jar in "$work"/input/javafx-*-linux.jar; do
  natives=$("$java_home/bin/jar" tf "$jar" | grep '\.so$' || true)
  [[ -z $natives ]] || (cd "$work/input" && "$java_home/bin/jar" xf "$jar" $natives)
done

# 2. A runtime with only the modules the class path uses. jdeps finds them; the rest are reached
#    by name at run time, so jdeps cannot see them: TLS for online base maps (jdk.crypto.ec),
#    number and date formats outside English (jdk.localedata), the zip file system Flyway and
#    the tile cache may open (jdk.zipfs), legacy charsets for other people's CSV files (jdk.charsets).
modules=$("$java_home/bin/jdeps" --ignore-missing-deps -q --recursive --multi-release 17 \
  --print-module-deps --class-path "$work/input/*" "$work/input/microtower.jar")
[[ -n $modules ]] || fail "jdeps found no modules"
modules=$modules,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.charsets
# All of jdk.localedata would put the tar.gz over its budget (another 6 MB); these languages keep
# their own number and date formats, the others get English ones.
locales=en,de,fr,es,it,nl,pt,pl,sv,da,fi,nb,cs,hu,ro,tr,el,ru,uk,ja,zh,ko,ar,he,hi,th,vi,id
echo "installer: runtime modules: $modules"
# No --compress: the packages are compressed as a whole (deb: xz), and xz over the plain
# module image gives 22 MB where over jlink's zip-compressed one it gives 39 MB.
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" --include-locales "$locales" \
  --strip-debug --no-man-pages --no-header-files --strip-native-commands \
  --output "$work/runtime"

# 3. The application image: launcher, runtime and class path; the tar.gz and the packages
#    are made from it.
common=(--name "$name" --app-version "$version" --vendor "$vendor" --description "$description"
  --copyright "Copyright (C) Microtower contributors. GPL-3.0-or-later.")
"$java_home/bin/jpackage" --type app-image "${common[@]}" --dest "$work/image" \
  --runtime-image "$work/runtime" --input "$work/input" --main-jar microtower.jar --main-class "$main_class" \
  --icon "$here/icons/microtower.png"
image=$work/image/$name
# The menu entry lives in the image, so the tar.gz carries it too; the packages' own scripts
# (installer/linux/postinst, prerm, microtower.spec) put it in /usr/share/applications and link
# the launcher into /usr/bin. jpackage's --linux-shortcut is not used: its xdg-desktop-menu call
# fails the whole install on a machine with no desktop menu folders (a server, CI), and it
# makes the package depend on xdg-utils and with that on Perl.
cp "$here/linux/$name.desktop" "$image/lib/$name.desktop"

packages=()
linux_package() {
  local type=$1 deps=$2
  "$java_home/bin/jpackage" --type "$type" "${common[@]}" --dest "$work/$type" --app-image "$image" \
    --install-dir "$install_dir" --resource-dir "$here/linux" --license-file "$here/LICENSE" \
    --linux-package-name "$name" --linux-app-category misc --linux-app-release 1 \
    --linux-deb-maintainer "$maintainer" --linux-rpm-license-type GPL-3.0-or-later \
    --linux-package-deps "$deps"
  # no --icon here: the image has it already, and a custom icon alone makes jpackage add its own
  # desktop integration (the xdg-desktop-menu calls and the xdg-utils dependency, see above)
}

for type in "${types[@]}"; do
  case $type in
    deb)
      # what OpenJFX's glass toolkit loads with dlopen (jpackage finds the libraries the
      # runtime links to itself); libgtk-3-0 brings pango, cairo, fontconfig and X11 along
      linux_package deb "libgtk-3-0, libgl1, libxtst6"
      mv "$work"/deb/"$name"_*.deb "$out/${name}_${version}_amd64.deb"
      packages+=("$out/${name}_${version}_amd64.deb")
      ;;
    rpm)
      # Fedora's names for what the deb gets: GTK for OpenJFX, and the system libraries Debian's JDK
      # links to (found with ldd); built on Debian, the rpm finds no dependencies of its own
      linux_package rpm "gtk3, mesa-libGL, libXtst, libXi, libXrender, alsa-lib, zlib, libjpeg-turbo, giflib, libpng, lcms2, freetype, harfbuzz"
      mv "$work"/rpm/"$name"-*.rpm "$out/$name-$version.x86_64.rpm"
      packages+=("$out/$name-$version.x86_64.rpm")
      ;;
    tar)
      tarball=$out/$name-$version-linux-x64.tar.gz
      tar -C "$work/image" -czf "$tarball" "$name"
      packages+=("$tarball")
      ;;
    msi)
      # NOT VERIFIED ON LINUX CI: run on Windows (Git Bash) with the WiX Toolset 3 on the PATH.
      # The upgrade UUID is fixed forever, so a new MSI replaces an installed older one.
      "$java_home/bin/jpackage" --type msi "${common[@]}" --dest "$out" --app-image "$image" \
        --license-file "$here/LICENSE" --icon "$here/icons/microtower.ico" --win-menu --win-menu-group "$title" \
        --win-shortcut --win-dir-chooser --win-per-user-install --win-console \
        --win-upgrade-uuid 6f1d6a2e-5b7c-4d0e-9a43-1c2f8e7b9d10
      packages+=("$out"/*.msi)
      ;;
    dmg)
      # NOT VERIFIED ON LINUX CI: run on macOS with Xcode's command line tools.
      "$java_home/bin/jpackage" --type dmg "${common[@]}" --dest "$out" --app-image "$image" \
        --license-file "$here/LICENSE" --icon "$here/icons/microtower.icns" \
        --mac-package-identifier dev.microtower --mac-package-name "$title"
      packages+=("$out"/*.dmg)
      ;;
    *) fail "unknown package type '$type' (deb, rpm, tar, msi, dmg)" ;;
  esac
done

# 4. The size budget: a JavaFX application's installer grows unnoticed (a second platform's
#    natives, a whole JDK) unless the build refuses it.
too_big=0
for package in "${packages[@]}"; do
  bytes=$(stat -c %s "$package")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1000000 }')
  if ((bytes > max_mb * 1000000)); then
    echo "installer: $(basename "$package") is $mb MB, over the budget of $max_mb MB" >&2
    too_big=1
  else
    echo "installer: $(basename "$package") $mb MB (budget $max_mb MB)"
  fi
done
((too_big == 0)) || fail "a package is over the size budget; see above what grew"
