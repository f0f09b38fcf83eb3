# Sourced by .ci/run (and usable on its own: bash .ci/office-tools.sh): makes sure LibreOffice
# Writer without its desktop (for `soffice --headless --convert-to pdf`, DocumentPdfIT) and Chinese
# fonts are installed, installing only what is missing. The documents name the fonts of official
# documents (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体), which Debian does not ship; a fontconfig
# alias lets LibreOffice draw them with the nearest free fonts (明体, 楷体, 黑体) instead of one sans
# font for everything.
office_apt_updated=0
office_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "office-tools: missing $* and cannot apt-get install it here" >&2
    return 1
  fi
  if [ "$office_apt_updated" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    office_apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
    || { echo "office-tools: apt-get install $* failed" >&2; return 1; }
}
command -v soffice >/dev/null 2>&1 || office_install libreoffice-writer-nogui
# the font list is read once (grep -q on a pipe would end fc-list early, a failure under pipefail)
office_font_list="$(fc-list 2>/dev/null || true)"
grep -qi 'WenQuanYi Micro Hei' <<<"$office_font_list" || office_install fonts-wqy-microhei
grep -qi 'AR PL UMing' <<<"$office_font_list" || office_install fonts-arphic-uming
grep -qi 'AR PL UKai' <<<"$office_font_list" || office_install fonts-arphic-ukai

office_fonts=/etc/fonts/conf.d/64-supervision-talk-official-fonts.conf
if [ ! -f "$office_fonts" ] && [ -w /etc/fonts/conf.d ]; then
  office_alias() {
    printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$1" "$2"
  }
  {
    echo '<?xml version="1.0"?>'
    echo '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
    echo '<!-- written by .ci/office-tools.sh: the fonts of official documents, drawn with free ones -->'
    echo '<fontconfig>'
    office_alias '方正小标宋简体' 'AR PL UMing CN'
    office_alias '宋体' 'AR PL UMing CN'
    office_alias '仿宋_GB2312' 'AR PL UMing CN'
    office_alias '仿宋' 'AR PL UMing CN'
    office_alias '楷体_GB2312' 'AR PL UKai CN'
    office_alias '楷体' 'AR PL UKai CN'
    office_alias '黑体' 'WenQuanYi Micro Hei'
    echo '</fontconfig>'
  } > "$office_fonts"
  fc-cache -f >/dev/null 2>&1 || true
fi
