#!/bin/sh
# Make the sample guide's welcome video, its poster and its captions:
#
#   guide-content/media/videos/welcome.mp4      8 s, 640x360, H.264 (yuv420p, +faststart), silent AAC
#   guide-content/media/videos/welcome.jpg      poster (one frame of the first card)
#   guide-content/media/videos/welcome.<lang>.vtt   WebVTT captions in en, fr, es
#
# Four title cards on palette colours (guide-content/guide.yml), drawn with ffmpeg's drawtext;
# the only words in the picture are English; the captions carry the three languages.
# The encode is deterministic (bitexact flags, no metadata, one thread): rerunning with the same
# ffmpeg gives the same bytes.
#
# Needs: ffmpeg with libx264 and drawtext; fonts-noto-core (Noto Sans) or fonts-dejavu-core.
# Usage: sh tools/sample-media/make_video.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out="$repo/guide-content/media/videos"
mkdir -p "$out"

font=""
for f in /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf; do
  if [ -f "$f" ]; then font=$f; break; fi
done
[ -n "$font" ] || { echo "make_video.sh: install fonts-noto-core or fonts-dejavu-core" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "make_video.sh: install ffmpeg" >&2; exit 1; }

# Palette colours from guide.yml (tabs:), e.g. colour teal -> 0x00707a.
colour() {
  c=$(sed -n "/^tabs:/,/^[^ #]/s/^ *$1: *[\"']\{0,1\}#\([0-9A-Fa-f]\{6\}\).*/\1/p" "$repo/guide-content/guide.yml" | head -n 1)
  [ -n "$c" ] || { echo "make_video.sh: no colour '$1' in guide.yml" >&2; exit 1; }
  echo "0x$c"
}
red=$(colour red); orange=$(colour orange); olive=$(colour olive); green=$(colour green)
teal=$(colour teal); blue=$(colour blue); purple=$(colour purple); slate=$(colour slate)

# Timing: four cards of 2.3 s joined by 0.4 s cross-fades = 8.0 s.
card=2.3
fps=25

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# dt TEXT SIZE Y [COLOUR]: one centred line of text.
dt() {
  printf "drawtext=fontfile=%s:text='%s':fontsize=%s:fontcolor=%s:x=(w-text_w)/2:y=%s" \
    "$font" "$1" "$2" "${4:-white}" "$3"
}

# Card 2 shows the seven module colours as tabs under the title.
tabs=""
i=0
for c in $red $orange $olive $green $teal $blue $purple; do
  x=$((96 + i * 66))
  tabs="$tabs,drawbox=x=$x:y=206:w=54:h=54:color=$c:t=fill"
  i=$((i + 1))
done

cat > "$tmp/graph.txt" <<EOF
color=c=$teal:s=640x360:r=$fps:d=$card,
  $(dt 'HOW-TO GUIDE' 26 108 0xffffffcc),
  $(dt 'Social protection' 48 150),
  $(dt 'for migrants' 48 210),
  drawbox=x=270:y=290:w=100:h=6:color=white:t=fill,
  format=yuv420p[c1];
color=c=white:s=640x360:r=$fps:d=$card,
  $(dt '7 modules' 52 110 $slate),
  $(dt 'each with its own colour' 26 292 $slate)$tabs,
  format=yuv420p[c2];
color=c=$blue:s=640x360:r=$fps:d=$card,
  $(dt 'Voices' 44 82),
  $(dt 'Exercises' 44 152),
  $(dt 'Resources' 44 222),
  format=yuv420p[c3];
color=c=$green:s=640x360:r=$fps:d=$card,
  $(dt 'Works offline' 48 130),
  $(dt 'from the E-box' 34 200 0xffffffdd),
  format=yuv420p[c4];
[c1][c2]xfade=transition=fade:duration=0.4:offset=1.9[x1];
[x1][c3]xfade=transition=fade:duration=0.4:offset=3.8[x2];
[x2][c4]xfade=transition=fade:duration=0.4:offset=5.7,
  fade=t=in:st=0:d=0.4,fade=t=out:st=7.5:d=0.5,format=yuv420p[v];
anullsrc=r=48000:cl=mono,atrim=duration=8[a]
EOF

ffmpeg -nostdin -hide_banner -loglevel error -y \
  -filter_complex_script "$tmp/graph.txt" -map '[v]' -map '[a]' -t 8 \
  -c:v libx264 -preset medium -profile:v main -level 3.0 -crf 26 -g 50 -pix_fmt yuv420p -threads 1 \
  -c:a aac -b:a 32k -ac 1 -ar 48000 \
  -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 \
  -movflags +faststart "$out/welcome.mp4"

# Poster: a frame of the first card, after the fade-in.
ffmpeg -nostdin -hide_banner -loglevel error -y -ss 1.0 -i "$out/welcome.mp4" -frames:v 1 -q:v 3 \
  -threads 1 -fflags +bitexact -flags:v +bitexact -map_metadata -1 "$out/welcome.jpg"

# Captions: one cue per card; the boundaries fall in the middle of the cross-fades.
write_vtt() {
  lang=$1; shift
  {
    printf 'WEBVTT\n\n'
    printf '1\n00:00:00.000 --> 00:00:02.100\n%s\n\n' "$1"
    printf '2\n00:00:02.100 --> 00:00:04.000\n%s\n\n' "$2"
    printf '3\n00:00:04.000 --> 00:00:05.900\n%s\n\n' "$3"
    printf '4\n00:00:05.900 --> 00:00:08.000\n%s\n' "$4"
  } > "$out/welcome.$lang.vtt"
}

write_vtt en \
  "Welcome to the how-to guide
on social protection for migrants." \
  "Seven modules, each with its own colour." \
  "Voices, exercises and resources
in every module." \
  "Everything works offline from the E-box."

write_vtt fr \
  "Bienvenue dans le guide pratique
sur la protection sociale des migrants." \
  "Sept modules, chacun avec sa couleur." \
  "Des témoignages, des exercices
et des ressources dans chaque module." \
  "Tout fonctionne hors ligne,
depuis l’E-box."

write_vtt es \
  "Le damos la bienvenida a la guía sobre
la protección social de las personas migrantes." \
  "Siete módulos, cada uno con su color." \
  "Testimonios, ejercicios y recursos
en cada módulo." \
  "Todo funciona sin conexión
desde la E-box."

for f in welcome.mp4 welcome.jpg welcome.en.vtt welcome.fr.vtt welcome.es.vtt; do
  echo "guide-content/media/videos/$f ($(wc -c < "$out/$f") bytes)"
done
