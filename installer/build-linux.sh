#!/usr/bin/env bash
# Builds the Linux packages with the JDK's jlink + jpackage:
#   target/installer/app-image/so-tre-em/      the app-image (bin/so-tre-em, a trimmed Java runtime)
#   target/installer/so-tre-em_<version>_amd64.deb   unless --app-image-only
# Usage: installer/build-linux.sh [--app-image-only] [--no-maven]
#   --no-maven   use the jar and lib/ already in target/ (the integration test runs after `package`)
# Needs JDK 17+ (jlink, jpackage) and, for the .deb, dpkg-deb and fakeroot. Extra Maven flags: MVN_ARGS="-o".
set -euo pipefail

app_image_only=false
run_maven=true
for arg in "$@"; do
    case "$arg" in
        --app-image-only) app_image_only=true ;;
        --no-maven) run_maven=false ;;
        *) echo "unknown option: $arg (use --app-image-only, --no-maven)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
props=installer/package.properties
prop() { sed -n "s/^$1=//p" "$props"; }

if $run_maven; then
    # shellcheck disable=SC2086 # MVN_ARGS is a list of flags
    mvn -B -q ${MVN_ARGS:-} -DskipTests package
fi
main_jar=$(prop main.jar)
for needed in "target/$main_jar" target/lib target/classes/vn/sotreem/version.properties; do
    [[ -e "$needed" ]] || { echo "missing $needed: run 'mvn package' first" >&2; exit 1; }
done

# jpackage wants a plain numeric version (the .msi even major.minor.build): 0.1.0-SNAPSHOT -> 0.1.0.
version=$(sed -n 's/^version=//p' target/classes/vn/sotreem/version.properties)
version=${version%%-*}
if grep -q PLACEHOLDER installer/LICENSE-vi.txt; then
    echo "WARNING: installer/LICENSE-vi.txt is still the placeholder; replace it before releasing." >&2
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
# The launcher puts the main jar on the class path; its manifest's Class-Path finds lib/ beside it.
cp "target/$main_jar" "$out/input/"
cp -r target/lib "$out/input/lib"

echo "jlink: a runtime with $(prop modules)"
jlink --add-modules "$(prop modules)" --include-locales "$(prop locales)" \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$out/runtime"

name=$(prop linux.name)
echo "jpackage: app-image $name $version"
jpackage --type app-image --dest "$out/app-image" \
    --name "$name" --app-version "$version" \
    --input "$out/input" --main-jar "$main_jar" --main-class "$(prop main.class)" \
    --runtime-image "$out/runtime" \
    --java-options "$(prop java.options)" \
    --icon installer/icons/so-tre-em-256.png \
    --vendor "$(prop vendor)" --description "$(prop description)" --copyright "$(prop copyright)"
echo "app-image: $out/app-image/$name ($(du -sh "$out/app-image/$name" | cut -f1))"

if $app_image_only; then
    exit 0
fi
echo "jpackage: deb"
# From the app-image, so the runtime is linked once; the .desktop file in installer/linux gives the
# menu entry its Vietnamese name (jpackage fills in the launcher, icon and category).
jpackage --type deb --dest "$out" --app-image "$out/app-image/$name" \
    --name "$name" --app-version "$version" \
    --icon installer/icons/so-tre-em-256.png \
    --vendor "$(prop vendor)" --description "$(prop description)" --copyright "$(prop copyright)" \
    --license-file installer/LICENSE-vi.txt --resource-dir installer/linux \
    --linux-package-name "$name" --linux-shortcut --linux-menu-group Office \
    --linux-app-category misc
for deb in "$out"/*.deb; do
    echo "deb: $deb ($(du -h "$deb" | cut -f1))"
done
