#!/bin/sh
# Draws the sample illustrations with ImageMagick 6 (convert). Run from this folder:
#   sh make-images.sh
# Each image is 1200x675, 8-bit PNG, well under 150 KB.
set -e
cd "$(dirname "$0")/images"
W=1200; H=675
OUT="-define png:compression-level=9 -define png:exclude-chunks=date,time -strip -depth 8"

# 1. Trials for everyone: a path of circles leading to an open doorway.
convert -size ${W}x${H} gradient:'#dbeef4'-'#bfe3d0' \
  -fill 'rgba(38,94,120,0.85)' -stroke none \
  -draw "circle 140,520 158,520" -draw "circle 240,470 256,470" -draw "circle 340,440 355,440" \
  -draw "circle 440,430 454,430" -draw "circle 540,440 553,440" -draw "circle 640,455 652,455" \
  -draw "circle 740,460 751,460" -draw "circle 840,445 850,445" \
  -fill 'rgba(255,255,255,0.9)' -stroke '#265e78' -strokewidth 10 \
  -draw "roundrectangle 900,170 1070,470 18,18" \
  -fill 'rgba(246,196,120,0.9)' -stroke none \
  -draw "polygon 915,185 1010,215 1010,455 915,455" \
  -fill 'rgba(255,255,255,0.35)' -draw "circle 260,160 360,160" -draw "circle 600,120 650,120" \
  $OUT trials-pathway.png

# 2. Recruitment: steady bars, then bars about 60 per cent shorter.
set -- 
CMD="convert -size ${W}x${H} gradient:'#fbf3ec-#f3dfd3' -stroke none"
X=120
for h in 380 372 386 378 150 146 156 152 160 ; do
  CMD="$CMD -fill 'rgba(201,92,72,0.85)' -draw \"roundrectangle $X,$((585-h)) $((X+80)),585 8,8\""
  X=$((X+110))
done
CMD="$CMD -fill '#7a4a3f' -draw \"rectangle 90,585 1110,591\""
CMD="$CMD -fill none -stroke 'rgba(122,74,63,0.6)' -strokewidth 4 -draw \"line 560,150 560,585\""
eval "$CMD $OUT recruitment-chart.png"

# 3. Cryo-EM: a ring of translucent spheres, like a protein complex, on a deep blue field.
CMD="convert -size ${W}x${H} radial-gradient:'#2d5b8c-#0f1e3a' -stroke none"
for a in 0 40 80 120 160 200 240 280 320; do
  x=$(awk -v a=$a 'BEGIN{printf "%d", 600+170*cos(a*3.14159/180)}')
  y=$(awk -v a=$a 'BEGIN{printf "%d", 337+170*sin(a*3.14159/180)}')
  CMD="$CMD -fill 'rgba(140,210,235,0.45)' -draw \"circle $x,$y $((x+78)),$y\""
  x2=$(awk -v a=$a 'BEGIN{printf "%d", 600+90*cos((a+20)*3.14159/180)}')
  y2=$(awk -v a=$a 'BEGIN{printf "%d", 337+90*sin((a+20)*3.14159/180)}')
  CMD="$CMD -fill 'rgba(250,220,150,0.35)' -draw \"circle $x2,$y2 $((x2+38)),$y2\""
done
CMD="$CMD -fill none -stroke 'rgba(255,255,255,0.25)' -strokewidth 2 -draw \"circle 600,337 900,337\""
eval "$CMD $OUT cryo-em-molecule.png"

# 4. Whole-body MRI: side view of a person on a bed sliding into a ring-shaped scanner.
convert -size ${W}x${H} gradient:'#eef2f6'-'#c9d6e3' -stroke none \
  -fill 'rgba(95,125,153,0.25)' -draw "roundrectangle 120,470 1080,490 10,10" \
  -fill '#5f7d99' -draw "roundrectangle 140,420 1060,448 14,14" \
  -fill 'rgba(60,90,120,0.9)' -draw "circle 250,380 282,380" \
  -draw "roundrectangle 285,362 800,414 24,24" \
  -fill '#9fb3c8' -draw "roundrectangle 560,110 840,520 60,60" \
  -fill '#b7c7d8' -draw "roundrectangle 590,140 810,490 44,44" \
  -fill 'rgba(255,255,255,0.55)' \
  -draw "rectangle 600,200 800,206" -draw "rectangle 600,250 800,256" \
  -draw "rectangle 600,300 800,306" -draw "rectangle 600,350 800,356" \
  -draw "rectangle 600,400 800,406" -draw "rectangle 600,450 800,456" \
  -fill 'rgba(255,255,255,0.35)' -draw "circle 980,170 1030,170" -draw "circle 1060,260 1080,260" \
  $OUT mri-scanner.png

# 5. Shearosomes: a cell squeezing through a narrow channel, small fragments trailing behind.
convert -size ${W}x${H} gradient:'#fbeef1'-'#f1d3dc' -stroke none \
  -fill 'rgba(170,60,90,0.35)' \
  -draw "path 'M 0,0 L 1200,0 L 1200,180 C 900,180 760,260 600,270 C 440,260 300,180 0,180 Z'" \
  -draw "path 'M 0,675 L 1200,675 L 1200,495 C 900,495 760,415 600,405 C 440,415 300,495 0,495 Z'" \
  -fill 'rgba(120,70,150,0.85)' -draw "ellipse 690,337 120,62 0,360" \
  -fill 'rgba(250,250,255,0.6)' -draw "circle 720,330 748,330" \
  -fill 'rgba(120,70,150,0.65)' \
  -draw "circle 520,318 534,318" -draw "circle 470,352 480,352" -draw "circle 420,326 429,326" \
  -draw "circle 360,360 367,360" -draw "circle 300,330 306,330" -draw "circle 240,350 245,350" \
  $OUT shearosomes-vessel.png

# 6. The 2021 report: overlapping pages with lines of text drawn as bars.
CMD="convert -size ${W}x${H} gradient:'#f1f4ee-#dde6d6' -stroke none"
CMD="$CMD -fill 'rgba(90,110,80,0.18)' -draw \"roundrectangle 430,95 830,615 10,10\""
CMD="$CMD -fill '#ffffff' -draw \"roundrectangle 400,70 800,590 10,10\""
CMD="$CMD -fill '#4f6b45' -draw \"rectangle 440,110 700,140\""
Y=185
for w in 320 300 320 260 320 310 180 320 290 320 240; do
  CMD="$CMD -fill '#b9c4b2' -draw \"rectangle 440,$Y $((440+w)),$((Y+12))\""
  Y=$((Y+34))
done
eval "$CMD $OUT report-pages.png"
