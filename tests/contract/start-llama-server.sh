#!/bin/sh
# Brings up llama.cpp's llama-server (Debian sid's llama.cpp-tools) without a chroot: the sid .debs are fetched
# with apt-get download into a private apt state, unpacked with dpkg -x, and the binary runs through sid's own
# dynamic loader with --library-path. Nothing is installed on the host; everything lives under $LLAMA_ROOT.
#
#   tests/contract/start-llama-server.sh prepare        fetch + unpack (idempotent), prints the root
#   tests/contract/start-llama-server.sh start [args]   starts llama-server on 127.0.0.1, prints "pid port"
#   tests/contract/start-llama-server.sh stop <pid>     stops the server by its pid
#
# Env: LLAMA_ROOT (default /tmp/reelkit-llama), DEBIAN_MIRROR (default: the first URI in this machine's apt sources),
#      LLAMA_MODEL (default ../shared/models/stories260K.gguf relative to the repository).
set -eu

ROOT=${LLAMA_ROOT:-/tmp/reelkit-llama}
HERE=$(cd "$(dirname "$0")" && pwd)
MODEL=$(cd "$HERE/../../.." && pwd)/shared/models/stories260K.gguf
MODEL=${LLAMA_MODEL:-$MODEL}

mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
  uri=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | head -n 1 | sed -E 's/^URIs: *//; s/^deb +(\[[^]]*\] +)?//; s/ .*//')
  echo "${uri:-http://deb.debian.org/debian}"
}

prepare() {
  if [ -x "$ROOT/sysroot/usr/bin/llama-server" ] && [ -f "$ROOT/sysroot/.complete" ]; then echo "$ROOT"; return; fi
  mkdir -p "$ROOT/apt/lists/partial" "$ROOT/apt/cache/archives/partial" "$ROOT/apt/etc" "$ROOT/debs" "$ROOT/sysroot"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(mirror) sid main" > "$ROOT/apt/etc/sources.list"
  : > "$ROOT/apt/status"
  # A private apt: sid lists, an empty dpkg status (so every dependency is resolved and fetched), host untouched.
  set -- -o Dir::Etc::SourceList="$ROOT/apt/etc/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::State::Lists="$ROOT/apt/lists" -o Dir::State::Status="$ROOT/apt/status" \
    -o Dir::Cache="$ROOT/apt/cache" -o APT::Architecture=amd64 -o Debug::NoLocking=1 \
    -o Acquire::Languages=none -o APT::Sandbox::User=root
  apt-get "$@" -qq update
  packages=$(apt-cache "$@" depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances llama.cpp-tools | grep -v '^ ' | grep -v '^<' | sort -u)
  (cd "$ROOT/debs" && apt-get "$@" -qq download $packages)
  for deb in "$ROOT"/debs/*.deb; do dpkg -x "$deb" "$ROOT/sysroot"; done
  # dpkg -x skips the maintainer scripts, so the SONAME links ldconfig would make are missing: make them here.
  /sbin/ldconfig -n "$ROOT/sysroot/usr/lib/x86_64-linux-gnu" "$ROOT/sysroot/usr/lib/x86_64-linux-gnu/llama"
  touch "$ROOT/sysroot/.complete"
  echo "$ROOT"
}

start() {
  prepare > /dev/null
  sys=$ROOT/sysroot
  loader=$sys/usr/lib64/ld-linux-x86-64.so.2
  [ -e "$loader" ] || loader=$sys/lib64/ld-linux-x86-64.so.2
  libs=$sys/usr/lib/x86_64-linux-gnu:$sys/lib/x86_64-linux-gnu
  # Backends (libggml-cpu-*.so) are found next to libggml or in a ggml folder.
  for dir in "$sys"/usr/lib/x86_64-linux-gnu/llama "$sys"/usr/lib/x86_64-linux-gnu/ggml/backends0; do
    [ -d "$dir" ] && libs=$libs:$dir
  done
  port=${LLAMA_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)}
  log=$ROOT/llama-server-$port.log
  server=$sys/usr/bin/llama-server
  [ -e "$server" ] || server=$(ls "$sys"/usr/lib/x86_64-linux-gnu/llama.cpp/*/llama-server 2>/dev/null | head -n 1)
  # ggml looks for its CPU backends (one per instruction set, the best one is picked) in the working directory too.
  cd "$sys/usr/lib/x86_64-linux-gnu/ggml/backends0"
  nohup "$loader" --library-path "$libs" "$server" \
    -m "$MODEL" --host 127.0.0.1 --port "$port" -c 2048 -t 1 "$@" > "$log" 2>&1 &
  pid=$!
  echo "$pid $port"
}

case "${1:-}" in
  prepare) prepare ;;
  start) shift; start "$@" ;;
  stop) kill "$2" 2>/dev/null || true ;;
  *) echo "usage: $0 prepare | start [llama-server args] | stop <pid>" >&2; exit 2 ;;
esac
