#!/usr/bin/env bash
# Starts the real app under Xvfb with a sample bounce, lets the check finish against rbldnsd on
# 127.0.0.170, and saves a screenshot of the window in Japanese and in English.
#
#   tests/gui/screenshots.sh BUILD_DIR [OUTPUT_DIR]
#   e.g. cmake --preset release -DBLOCKLISTDOCTOR_GUI=ON && cmake --build --preset release
#        tests/gui/screenshots.sh build/release resources/screenshots
#
# Installs what it needs (Xvfb, ImageMagick's `import`, a Japanese font) when missing; needs
# root (or CAP_NET_BIND_SERVICE) for rbldnsd on port 53, like the tests.
set -euo pipefail

build=${1:?usage: screenshots.sh BUILD_DIR [OUTPUT_DIR]}
out=${2:-resources/screenshots}
here=$(cd "$(dirname "$0")" && pwd)
app="$build/app/blocklist-doctor"
demodns="$build/tests/demodns"
fixture="$here/../data/bounces/16-spamhaus-zen-postfix.eml"
public_ip=153.127.20.8 # the fixture cites a documentation address, which is never checked
listen=127.0.0.170
display=:97

for tool in "$app" "$demodns"; do
  [ -x "$tool" ] || { echo "missing $tool: build with -DBLOCKLISTDOCTOR_GUI=ON first" >&2; exit 2; }
done

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
fc-list :lang=ja 2>/dev/null | grep -q . || need+=(fonts-ipafont-gothic)
if ((${#need[@]})); then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The sample: the Postfix fixture with a public address, listed on two lists by demodns.
documentation_ip=$(grep -o 'Client host \[[0-9.]*\]' "$fixture" | head -1 | tr -dc '0-9.')
sample="$work/returned-mail.eml"
sed "s/$documentation_ip/$public_ip/g" "$fixture" >"$sample"
"$demodns" --listen "$listen" --listed "$public_ip" >"$work/demodns.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q serving "$work/demodns.log" && break; sleep 0.1; done
grep -q serving "$work/demodns.log" || { cat "$work/demodns.log" >&2; exit 1; }

Xvfb "$display" -screen 0 1280x960x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
sleep 1

mkdir -p "$out"
for lang in ja en; do
  config="$work/config-$lang/BlocklistDoctor"
  mkdir -p "$config"
  cat >"$config/Blocklist Doctor.conf" <<CONF
[dns]
server=$listen
timeoutMs=3000
[ui]
language=$lang
[window]
geometry=
[results]
showAll=false
CONF
  XDG_CONFIG_HOME="$work/config-$lang" DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    QT_SCALE_FACTOR=1 "$app" "$sample" >"$work/app-$lang.log" 2>&1 &
  app_pid=$!
  sleep 6 # reading the bounce and the check against rbldnsd take well under a second
  # The window sits at the top left of an empty screen: trim the black around it.
  DISPLAY="$display" import -window root png:- | convert - -trim +repage "$out/window-$lang.png"
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  echo "saved $out/window-$lang.png"
done
