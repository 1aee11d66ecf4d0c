#!/usr/bin/env bash
# Puts the newest Node <major> from the npm registry in <dir>/bin/node, for running the suite on a
# Node the machine lacks. The registry's `node-<os>-<arch>` packages hold the official binary (the
# `node` package is a wrapper that installs them from a preinstall script, which npm 11 blocks
# unless approved), so the binary package is installed directly. npm itself stays the machine's.
# Usage: scripts/ci/node-from-npm.sh <major> <dir>
set -euo pipefail
major=${1:?usage: node-from-npm.sh <major> <dir>}
dir=${2:?usage: node-from-npm.sh <major> <dir>}
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "node-from-npm.sh: no Node package for $(uname -m)" >&2; exit 1 ;;
esac
os=$(uname -s | tr '[:upper:]' '[:lower:]')
npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node-$os-$arch@$major" >/dev/null
mkdir -p "$dir/bin"
ln -sf "$dir/node_modules/node-$os-$arch/bin/node" "$dir/bin/node"
echo "Node $("$dir/bin/node" --version) in $dir/bin"
