#!/usr/bin/env bash
# Load and fault measurements of dkgdpr serve, on loopback only and bounded
# in time (about 30 s). Not part of CI: numbers depend on the machine.
#
#   tools/load/run.sh [-d 10s] [-c 64] [-t 2]
#
# Needs wrk (Debian package wrk). Builds the command, then runs
# tools/cmd/loadtest, which starts it on a free 127.0.0.1 port.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v wrk >/dev/null 2>&1; then
	echo "wrk is missing: apt-get install wrk" >&2
	exit 2
fi
bin="$(mktemp -d)/dkgdpr"
go build -o "$bin" ./cmd/dkgdpr
(cd tools && go run ./cmd/loadtest -bin "$bin" "$@")
