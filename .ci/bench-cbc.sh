#!/usr/bin/env bash
# Makes sure the CBC command-line solver (Debian's coinor-cbc) is there for DesignBench, which
# measures our network-design solver against it on the same instances. Installs it with apt when
# `cbc` is missing and we may (root, or sudo without a password); prints the path of `cbc` on
# success, and exits non-zero (the bench then skips) when it cannot be had.
set -euo pipefail
if command -v cbc >/dev/null 2>&1; then
  command -v cbc
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "cbc is missing and installing coinor-cbc needs root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q coinor-cbc >&2 || { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q coinor-cbc >&2; }
command -v cbc
