#!/usr/bin/env bash
# GEİSEP Workbench: the two set-up commands of the README.
#   ./setup.sh run    install what is missing (Debian 12, apt-get), build, open the sample project
#   ./setup.sh test   install what is missing, build, run every test (ctest)
# Other: ./setup.sh build | sanitize | fuzz [SECONDS] | bench | screenshots | package
#   sanitize: every test again in a second build under AddressSanitizer and UBSan (CI runs it
#   after test; any report fails the run)
#   fuzz: builds the libFuzzer harnesses with clang 19 (build-fuzz) and runs each for SECONDS
#   (default 20; CI runs it after sanitize; tests/bench/fuzz.sh runs them longer)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6svg6 libgl-dev
  libgdal-dev gdal-bin python3-gdal libproj-dev proj-data libgeos-dev
  libsqlite3-dev sqlite3 catch2 libxlsxwriter-dev
  fonts-dejavu-core poppler-utils clang-format
  libpq-dev postgresql-15 postgresql-15-postgis-3
)

# Only for ./setup.sh fuzz: Debian 12's clang 19 (clang 14 and 16 lack std::expected with
# GCC 12's library) and its libFuzzer runtime.
FUZZ_PACKAGES=(clang-19 libclang-rt-19-dev)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    echo "All $((${#PACKAGES[@]} + $#)) packages are installed."
    return
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo: apt-get needs it." >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # [TARGET…]: only these (the run command needs just the two programs)
  local werror=OFF
  [[ -n ${CI:-} ]] && werror=ON
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEISEP_WERROR=$werror
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
}

# The sample project: Şahinbey and Şehitkamil from the real files the repository carries in
# data/ (data/SOURCES.md). It is built under a temporary name and renamed when complete, so a
# file under this name is always a whole sample.
sample() {
  local sample="$BUILD_DIR/sample/ornek-gaziantep.gpkg"
  if [[ ! -f $sample ]]; then
    mkdir -p "$(dirname "$sample")"
    "$BUILD_DIR/app/geisep-cli" sample "$sample" --data data >&2
  fi
  echo "$sample"
}

case ${1:-} in
  run)
    install_packages
    build geisep geisep-cli
    exec "$BUILD_DIR/app/geisep" "$(sample)"
    ;;
  test)
    install_packages
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
    ;;
  build)
    install_packages
    build
    ;;
  sanitize)
    install_packages
    BUILD_DIR=${SANITIZE_DIR:-build-sanitize}
    # Warnings are the normal build's business: under the sanitizers GCC 12 warns falsely
    # (maybe-uninitialized inside std::regex and std::function).
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEISEP_SANITIZE=ON \
      -DGEISEP_WERROR=OFF
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
    cd "$BUILD_DIR"
    # No recovery: the first report ends the process and fails its test. Leaks are reported
    # too. The package check is the normal build's business.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen \
      ctest --output-on-failure --parallel "$(nproc)" --timeout 1800 -E '^packaging'
    ;;
  fuzz)
    install_packages "${FUZZ_PACKAGES[@]}"
    BUILD_DIR=${FUZZ_DIR:-build-fuzz}
    CC=clang-19 CXX=clang++-19 cmake -S . -B "$BUILD_DIR" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEISEP_FUZZ=ON -DGEISEP_WERROR=OFF
    cmake --build "$BUILD_DIR" --parallel "$(nproc)" \
      $(for h in tests/fuzz/fuzz_*.cpp; do h=${h##*/}; echo --target "${h%.cpp}"; done)
    bash tests/fuzz/run.sh "$BUILD_DIR" "${2:-20}"
    ;;
  screenshots)
    build
    for lang in tr en; do
      QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/geisep" --lang "$lang" \
        --screenshot "docs/screenshots/main-empty-$lang.png"
      QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/geisep" --lang "$lang" \
        --screenshot "docs/screenshots/main-sample-$lang.png" "$(sample)"
      for part in style plan action layout; do
        QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/geisep" --lang "$lang" --show "$part" \
          --screenshot "docs/screenshots/$part-$lang.png" "$(sample)"
      done
    done
    # The rest of the plan work, in Turkish as planners see it.
    for part in indicators stakeholders overview goals unplanned designer print-preview attributes \
      filter charts chart-trend chart-pressure figures-xlsx; do
      QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/geisep" --lang tr --show "$part" \
        --screenshot "docs/screenshots/$part-tr.png" "$(sample)"
    done
    # The analyses and the drawing run on a copy, so the sample keeps only its own three runs
    # and no drawn layer.
    copy=$(mktemp -d)
    for part in coverage coverage-map pressure pressure-map projection draw; do
      cp "$(sample)" "$copy/ornek.gpkg"
      QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/geisep" --lang tr --show "$part" \
        --screenshot "docs/screenshots/$part-tr.png" "$copy/ornek.gpkg"
      rm -f "$copy"/ornek.gpkg*
    done
    rm -rf "$copy"
    # A Şanlıurfa project made in the window from nothing, step by step (the walkthrough test).
    GEISEP_WALKTHROUGH_SHOTS="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
      "$BUILD_DIR/tests/tests_app" "[walkthrough]"
    # Şahinbey's district fact sheet with its four charts, as printed.
    "$BUILD_DIR/app/geisep-cli" print "$(sample)" --layout "İlçe bilgi kartı" \
      --filter "ilçe = Şahinbey" --dpi 110 -o docs/screenshots/district-sheet-tr.png
    # One atlas page as printed (a mahalle with linked goals and an indicator), and the cover.
    "$BUILD_DIR/app/geisep-cli" print "$(sample)" --layout "Mahalle bilgi kartı" \
      --filter "ad = Şahintepe" --no-cover --dpi 110 -o docs/screenshots/atlas-page-tr.png
    "$BUILD_DIR/app/geisep-cli" print "$(sample)" --layout "Mahalle bilgi kartı" \
      --filter "ilçe = Şahinbey" --dpi 80 -o "$BUILD_DIR/atlas-cover.png" >/dev/null
    mv "$BUILD_DIR/atlas-cover-001.png" docs/screenshots/atlas-cover-tr.png
    rm -f "$BUILD_DIR"/atlas-cover-*.png
    ;;
  bench)
    install_packages
    build
    shopt -s nullglob
    # The long reliability runs (fuzz.sh, monkey.sh) have their own commands.
    benches=()
    for b in tests/bench/*.sh; do
      [[ $b == */fuzz.sh || $b == */monkey.sh ]] || benches+=("$b")
    done
    ((${#benches[@]})) || echo "No benchmarks yet."
    for b in "${benches[@]}"; do bash "$b" "$BUILD_DIR"; done
    ;;
  package)
    build
    (cd "$BUILD_DIR" && cpack -G DEB)
    ;;
  *)
    echo "usage: $0 run | test | build | sanitize | fuzz [SECONDS] | bench | screenshots | package" >&2
    exit 2
    ;;
esac
