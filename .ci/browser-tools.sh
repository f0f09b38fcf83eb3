# Sourced by validators/run.sh and e2e/run.sh: makes sure node, Debian's chromium and a Chinese font
# are installed, installing only what is missing. The caller defines fail_setup.
apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    fail_setup "missing $* and cannot apt-get install it here"
  fi
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || fail_setup "apt-get install $* failed"
}
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || apt_install chromium
if ! fc-list :lang=zh family 2>/dev/null | grep -q .; then
  apt_install fonts-wqy-microhei
fi
